package it.fsr.isee.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.IseeCorrente;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ISEE corrente's request files (DPCM 159/2013 art. 9; D.L. 34/2019 art. 28-bis) read into the library's requests:
 * the period, each member's event and current incomes, the current assets all or none; every problem of the files
 * and of each request at its file, line and column.
 */
class CorrenteFilesTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = CorrenteFilesTest.class.getResourceAsStream(name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    private static DsuFiles.Options options() {
        return DsuFiles.Options.of(LocalDate.of(2025, 6, 1), Variant.MINORENNI, Purpose.values()[Purpose.values().length - 1]);
    }

    @Test
    void theRequestsOfTheExamples() throws Exception {
        List<CorrenteFiles.Case> cases = CorrenteFiles.read(resource("dsu.csv"), resource("dsu-membri.csv"), null, resource("isee-corrente-richieste.csv"),
                resource("isee-corrente-variazioni.csv"), options());
        assertThat(cases).extracting(c -> c.dsu().id()).containsExactly("torino", "pensionata", "famiglia3");
        IseeCorrente.Request torino = cases.get(0).request();
        assertThat(torino.period()).isEqualTo(IseeCorrente.Period.LAST_TWO_MONTHS);
        assertThat(torino.filingDate()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(torino.ordinaryValidUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(torino.events()).containsOnlyKeys("T1");
        assertThat(torino.events().get("T1")).containsExactly(IseeCorrente.Event.PERMANENT_JOB_LOST);
        assertThat(torino.currentMembers()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("T1");
            assertThat(m.publicBenefits()).isEqualTo(Euro.parse("1100.00"));
            assertThat(m.employeeIncome()).isEqualTo(Euro.ZERO);
            assertThat(m.age()).isEqualTo(45);
        });
        assertThat(torino.currentAssets()).isNull();
        IseeCorrente.Request pensionata = cases.get(1).request();
        assertThat(pensionata.period()).isNull();
        assertThat(pensionata.currentAssets().depositsBalance()).isEqualTo(Euro.parse("4000.00"));
        assertThat(pensionata.currentAssets().governmentBonds()).isEqualTo(Euro.parse("60000.00"));
        assertThat(pensionata.currentAssets().homeValue()).isEqualTo(Euro.parse("95000.00"));
        IseeCorrente.Request famiglia3 = cases.get(2).request();
        assertThat(famiglia3.events()).isEmpty();
        assertThat(famiglia3.currentMembers()).singleElement().satisfies(m -> assertThat(m.employeeIncome()).isEqualTo(Euro.parse("19000.00")));
        assertThat(cases.get(0).toString()).isEqualTo("Case[…]");
    }

    private List<String> fields(String requests, String changes) throws Exception {
        Path r = dir.resolve("r.csv");
        Path c = dir.resolve("c.csv");
        Files.writeString(r, requests);
        Files.writeString(c, changes);
        try {
            CorrenteFiles.read(resource("dsu.csv"), resource("dsu-membri.csv"), null, r, c, options());
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Test
    void everyProblemAtItsFileLineAndColumn() throws Exception {
        String rHeader = "household_id,filing_date,ordinary_valid_until,period,home_value,home_mortgage,other_real_estate,deposits_balance,"
                + "deposits_average,other_financial,government_bonds\n";
        String cHeader = "household_id,member_id,event,employee_income,pension_income,other_income,public_benefits,maintenance_received,"
                + "maintenance_paid,disability_expenses,agricultural_income\n";
        String torino = "torino,2025-11-03,2025-12-31,2_months,,,,,,,\n";
        String pensionata = "pensionata,2025-09-15,2025-12-31,,95000,0,0,4000,3500,0,60000\n";
        String famiglia = "famiglia3,2025-10-20,2025-12-31,12_months,,,,,,,\n";
        String t1 = "torino,T1,permanent_job_lost,0,0,0,1100,0,0,0,0\n";
        String f1 = "famiglia3,F1,,19000,0,0,0,0,0,0,0\n";
        assertThat(fields(rHeader + torino + pensionata + famiglia, cHeader + t1 + f1)).isEmpty();
        // each value of a request and of a change
        assertThat(fields(rHeader + torino.replace("2025-11-03", "3 nov") + pensionata + famiglia, cHeader + t1 + f1)).containsExactly("r.csv:2: filing_date");
        assertThat(fields(rHeader + torino.replace("2025-12-31", "") + pensionata + famiglia, cHeader + t1 + f1))
                .containsExactly("r.csv:2: ordinary_valid_until");
        assertThat(fields(rHeader + torino.replace("2_months", "3_mesi") + pensionata + famiglia, cHeader + t1 + f1)).containsExactly("r.csv:2: period");
        assertThat(fields(rHeader + torino + pensionata.replace(",4000,", ",,") + famiglia, cHeader + t1 + f1))
                .containsExactly("r.csv:3: deposits_balance");
        assertThat(fields(rHeader + torino + pensionata + famiglia, cHeader + t1.replace("permanent_job_lost", "vinto") + f1)).containsExactly("c.csv:2: event");
        assertThat(fields(rHeader + torino + pensionata + famiglia, cHeader + t1.replace(",1100,", ",mille,") + f1)).containsExactly("c.csv:2: public_benefits");
        // a request twice, a change twice, a household of neither file, a household with no request
        assertThat(fields(rHeader + torino + pensionata + famiglia + torino, cHeader + t1 + f1)).contains("r.csv:5: household_id");
        assertThat(fields(rHeader + torino + pensionata + famiglia, cHeader + t1 + f1 + t1)).contains("c.csv:4: member_id");
        assertThat(fields(rHeader + torino + pensionata + famiglia + "roma,2025-11-03,2025-12-31,2_months,,,,,,,\n", cHeader + t1 + f1))
                .containsExactly("r.csv:5: household_id");
        assertThat(fields(rHeader + torino + pensionata + famiglia, cHeader + t1 + f1 + "roma,R1,,0,0,0,0,0,0,0,0\n")).containsExactly("c.csv:4: household_id");
        assertThat(fields(rHeader + torino + pensionata, cHeader + t1 + f1)).containsExactly("r.csv: household_id");
        // a request's own rule, at its line: two months × 6 need a lost permanent job or lost benefits
        assertThat(fields(rHeader + torino + pensionata + famiglia, cHeader + t1.replace("permanent_job_lost", "job_suspended_or_reduced") + f1))
                .containsExactly("r.csv:2: period");
        // a change for someone not in the nucleus: at that change's line, its event and its member id
        assertThat(fields(rHeader + torino + pensionata + famiglia, cHeader + t1 + f1 + "torino,T9,permanent_job_lost,0,0,0,0,0,0,0,0\n"))
                .containsExactly("c.csv:4: event", "c.csv:4: member_id");
        // a file's header: told alone
        assertThat(fields(rHeader.replace("filing_date", "data") + torino, cHeader + t1)).allSatisfy(f -> assertThat(f).startsWith("r.csv:1: "));
        assertThat(fields(rHeader + torino + pensionata + famiglia, cHeader.replace("event,", "evento,") + t1 + f1))
                .allSatisfy(f -> assertThat(f).startsWith("c.csv:1: "));
    }
}
