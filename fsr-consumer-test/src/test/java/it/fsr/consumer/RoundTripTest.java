package it.fsr.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.riparto.example.MonteOrfano2025;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.riparto.AmbitoRiparto;
import it.fsr.riparto.PlanComparison;
import it.fsr.riparto.RipartoPlan;
import it.fsr.riparto.RipartoScenario;
import it.fsr.riparto.ServiceUnit;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.veneto.BudgetCheck;
import it.fsr.isee.veneto.ContributionDecision;
import it.fsr.isee.Disability;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.FattoreFamigliaBatch;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.HouseholdColumns;
import it.fsr.isee.veneto.HouseholdContributions;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.RescaledIsee;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.veneto.WorkStatus;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleCheck;
import it.fsr.isee.compartecipazione.ScheduleComparison;
import it.fsr.isee.compartecipazione.ScheduleInput;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.Relationship;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.jackson.FsrModule;
import it.fsr.json.contract.Documents;
import it.fsr.lep.LepParameters;
import it.fsr.lep.NurseryCoverage;
import it.fsr.lep.NurseryReport;
import it.fsr.lep.SocialWorkerReport;
import it.fsr.lep.SocialWorkers;
import it.fsr.lep.TransportCoverage;
import it.fsr.lep.TransportReport;
import it.fsr.piano.fundmap.FundMap;
import it.fsr.lep.monitoring.Rendicontazione;
import it.fsr.piano.pnrr.Tranches;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every public result type fsr's calculators return, and the inputs a service receives, through a stock
 * {@code ObjectMapper} with the modules it finds (the documents of fsr-json's contract): written, read back, written
 * again to the same JSON. The
 * engines' outputs that are written and never read are refused when read. Run twice by the build — module
 * path and class path — each run records its JSON and the second compares it with the first's.
 */
class RoundTripTest {
    private static final ObjectMapper MAPPER = FsrService.MAPPER;
    private static final LocalDate DATE = LocalDate.of(2021, 11, 19);

    /** A document's declared type for the mapper: its class, or a list of its element class. */
    private static JavaType type(Object[] document) {
        return document[2] == null ? MAPPER.constructType((Class<?>) document[1])
                : MAPPER.getTypeFactory().constructCollectionType(List.class, (Class<?>) document[2]);
    }

    @Test
    void everyReadableTypeRoundTripsToTheSameJson() throws Exception {
        StringBuilder record = new StringBuilder();
        for (Map.Entry<String, Object[]> e : Documents.readable().entrySet()) {
            Object value = e.getValue()[0];
            JavaType type = type(e.getValue());
            String json = MAPPER.writeValueAsString(value);
            Object back = MAPPER.readValue(json, type);
            assertThat(MAPPER.writeValueAsString(back)).as(e.getKey()).isEqualTo(json);
            if (value instanceof Record || value instanceof Rate || value instanceof List<?> l && (l.isEmpty() || l.get(0) instanceof Record)) {
                if (!json.contains("\"explanation\"")) {
                    assertThat(back).as(e.getKey()).isEqualTo(value);
                }
            }
            record.append(e.getKey()).append('=').append(json).append('\n');
        }
        for (Map.Entry<String, Object> e : Documents.writeOnly().entrySet()) {
            String json = MAPPER.writeValueAsString(e.getValue());
            assertThat(json).as(e.getKey()).startsWith("{").doesNotContain("\"zero\"");
            assertThatThrownBy(() -> MAPPER.readValue(json, e.getValue().getClass())).as(e.getKey())
                    .isInstanceOfSatisfying(ValidationException.class,
                            x -> assertThat(x.violations().get(0).code()).isEqualTo("FSR-JSON-WRITE-ONLY"));
            record.append(e.getKey()).append('=').append(json).append('\n');
        }
        assertThat(record.toString()).contains("\"reserve\":\"21121.53\"", "\"amount\":\"471.43\"", "\"isee\":\"7368.42\"");
        compareWithTheOtherPath(record.toString());
    }

    /** The module-path run writes its JSON; the class-path run finds it and must write the same. */
    private static void compareWithTheOtherPath(String json) throws Exception {
        String path = System.getProperty("fsr.consumer.path", "unknown");
        assertThat(FsrModule.class.getModule().isNamed()).as("fsr-jackson is a named module on the module path only")
                .isEqualTo(path.equals("module"));
        Path dir = Path.of("target", "round-trip");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(path + ".json"), json, StandardCharsets.UTF_8);
        Path other = dir.resolve(path.equals("module") ? "class.json" : "module.json");
        if (path.equals("class") && Files.exists(other)) {
            assertThat(json).isEqualTo(Files.readString(other, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aStockMapperWithoutTheModuleCannotReadAnAmountOrARateThroughAPrivateConstructor() {
        ObjectMapper stock = new ObjectMapper();
        assertThatThrownBy(() -> stock.readValue("1000", Euro.class)).hasMessageContaining("Euro");
        assertThatThrownBy(() -> stock.readValue("12.5", Rate.class)).hasMessageContaining("Rate");
        assertThat(MAPPER.getRegisteredModuleIds()).contains(FsrModule.class.getName());
    }
}
