package it.fsr.lep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.allocation.RoundingPolicy;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Test;

/** The published FSC figures (fsr spec lep.md §2–3). */
class ResourcesTest {

    /** The decrees' published figures ({@code vectors/fsc-resources.csv}; its header gives the addresses). */
    @ParameterizedTest(name = "{0} {1} {2}: {3} users -> EUR {4}")
    @CsvFileSource(resources = "/vectors/fsc-resources.csv", numLinesToSkip = 1)
    void publishedResources(String service, int year, String comune, long users, String amount, String precision, String source) {
        UnitCost cost = service.equals("nidi") ? NurseryCoverage.unitCost(year, LepParameters.defaults())
                : TransportCoverage.unitCost(year, LepParameters.defaults());
        Euro computed = cost.amount(users);
        if (precision.equals("euro")) {
            assertThat(computed.toBigDecimal().setScale(0, java.math.RoundingMode.HALF_UP)).as(source)
                    .isEqualByComparingTo(amount);
        } else {
            assertThat(computed).as(source).isEqualTo(Euro.parse(amount));
        }
    }

    @Test
    void nurseryCostPerUserIsNotRounded() {
        UnitCost c = NurseryCoverage.unitCost(2023, LepParameters.defaults());
        assertThat(c.costPerUser()).isEqualByComparingTo("7668.0396109018");
        assertThat(c.amount(68)).isEqualTo(Euro.parse("521426.69"));
    }

    @Test
    void transportResourcesToTheCent() {
        // 2022: EUR 30,000,000 / 8,632 users = 3,475.4402...; 153 users -> 531,742.35
        assertThat(TransportCoverage.unitCost(2022, LepParameters.defaults()).amount(153)).isEqualTo(Euro.parse("531742.35"));
        // 2025: EUR 100,000,000 / 22,784 users = EUR 4,389.04 per user
        assertThat(TransportCoverage.unitCost(2025, LepParameters.defaults()).amount(1)).isEqualTo(Euro.parse("4389.04"));
        assertThatThrownBy(() -> TransportCoverage.unitCost(2024, LepParameters.defaults()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("lep.transport.users = 2024: no value published for this year");
    }

    @Test
    void monitoringReturnsTheMoneyOfUsersNotServed() {
        UnitCost c = NurseryCoverage.unitCost(2023, LepParameters.defaults());
        assertThat(c.toReturn(68, 60)).isEqualTo(Euro.parse("61344.32"));
        assertThat(c.toReturn(68, 70)).isEqualTo(Euro.ZERO);
    }

    @Test
    void aCompleteListSumsToTheTotalUnderLargestRemainder() {
        UnitCost c = UnitCost.of(Euro.ofEuros(1000), 3);
        Map<String, Long> users = new LinkedHashMap<>();
        users.put("A", 1L);
        users.put("B", 1L);
        users.put("C", 1L);
        assertThat(c.allocate(users, RoundingPolicy.LARGEST_REMAINDER)).containsEntry("A", Euro.parse("333.34"))
                .containsEntry("B", Euro.parse("333.33"));
        assertThat(c.allocate(users, RoundingPolicy.EACH_HALF_UP).values()).containsOnly(Euro.parse("333.33"));
    }

    @Test
    void thresholdsByYearAndPlacesNeeded() {
        NurseryReport r2024 = NurseryCoverage.assess("X", 1000, 200, 2024, LepParameters.defaults());
        assertThat(r2024.threshold()).isEqualTo(Rate.parsePercent("28.88"));
        assertThat(r2024.placesNeededThreshold()).isEqualTo(89);     // ceil(288.8) − 200
        assertThat(r2024.placesNeededLep()).isEqualTo(130);          // 330 − 200
        assertThat(r2024.belowThreshold()).isTrue();
        assertThat(r2024.coveragePercent()).isEqualByComparingTo("20.00");
        NurseryReport r2025 = NurseryCoverage.assess("X", 1000, 300, 2025, LepParameters.defaults());
        assertThat(r2025.threshold()).isEqualTo(Rate.ofPercent(33));
        assertThat(r2025.placesNeededThreshold()).isEqualTo(30);
        assertThat(NurseryCoverage.assess("Y", 1000, 400, 2025, LepParameters.defaults()).placesNeededLep()).isZero();
        assertThatThrownBy(() -> NurseryCoverage.assess("Z", 100, 10, 2021, LepParameters.defaults()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("lep.nursery.threshold = 2021: no value in force for this year");
    }

    @Test
    void transportCoverageAndUsersNeeded() {
        TransportReport t = TransportCoverage.assess("X", 200, 10, 2025, LepParameters.defaults());
        assertThat(t.usersNeeded()).hasValue(14);                   // ceil(11.59% × 200 = 23.18) − 10
        assertThat(t.coveragePercent()).isEqualByComparingTo("5.00");
        assertThatThrownBy(() -> TransportCoverage.assess("X", 10, 20, 2025, LepParameters.defaults()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("pupils_transported = 20: exceeds the pupils enrolled (10)");
    }

    @Test
    void baciniSumTheirComuniAndRejectUnknownOnes() {
        Map<String, long[]> comuni = new LinkedHashMap<>();
        comuni.put("A", new long[] {100, 10});
        comuni.put("B", new long[] {300, 150});
        Map<String, NurseryReport> b = NurseryCoverage.bacini(comuni, Map.of("AB", List.of("A", "B")), 2025, LepParameters.defaults());
        assertThat(b.get("AB").children()).isEqualTo(400);
        assertThat(b.get("AB").places()).isEqualTo(160);
        assertThat(b.get("AB").placesNeededLep()).isZero();          // 132 needed, 160 there
        assertThatThrownBy(() -> NurseryCoverage.bacini(comuni, Map.of("X", List.of("A", "Q")), 2025, LepParameters.defaults()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("bacini[X] = Q: names an unknown Comune");
    }
}
