package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.EX;
import static it.fsr.cli.CliEndToEndTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isee-corrente}: the ordinary and the current ISEE side by side (DPCM 159/2013 art. 9 as replaced by D.L.
 * 34/2019 art. 28-bis; DPCM 14 gennaio 2025 n. 13 for the assets case), from the DSU files, a request per household
 * and the members whose situation changed.
 */
class IseeCorrenteCliTest {
    private static final String R_HEADER = "household_id,filing_date,ordinary_valid_until,period\n";
    private static final String C_HEADER = "household_id,member_id,event,employee_income,pension_income,other_income,public_benefits,"
            + "maintenance_received,maintenance_paid,disability_expenses,agricultural_income\n";

    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        return CliEndToEndTest.write(dir, name, content);
    }

    /**
     * The example households: Turin's declarant loses his permanent job (NASpI 1,100 a month × 6 − 1,000 = 5,600, with
     * the spouse's 12,000 and the rent's 7,000: ISR 10,600, ISEE 13,200 / 2.66 = 4,962.41, valid six months); the
     * pensioner's deposits fall by 14,000 (ISP 50,333.33 → 36,333.33, −27.8% &gt; 20%: ISEE 12,987.98 until 31 December);
     * famiglia3's wages fall from 28,000 to 19,000 with no event (ISR −34.7% &gt; 25%).
     */
    @Test
    void theExampleRequestsGiveBothIseeSideBySide() {
        CliEndToEndTest.Run r = run("isee-corrente", "--households", EX + "dsu.csv", "--members", EX + "dsu-membri.csv", "--requests",
                EX + "isee-corrente-richieste.csv", "--changes", EX + "isee-corrente-variazioni.csv", "--date", "2025-06-10");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "household_id,ordinary_isr,ordinary_isp,ordinary_isee,current_isr,current_isp,scale,current_isee,conditions,valid_until,status,reason",
                "torino,17000.00,13000.00,7368.42,10600.00,13000.00,2.66,4962.41,event isr_change,2026-05-03,accolto,",
                "pensionata,12215.30,50333.33,14854.65,12215.30,36333.33,1.50,12987.98,isp_change,2025-12-31,accolto,",
                "famiglia3,25960.00,36666.67,9378.40,16960.00,36666.67,3.55,6843.19,isr_change,2026-04-20,accolto,");
    }

    @Test
    void theExplanationNamesTheEventAndTheValidity() {
        CliEndToEndTest.Run r = run("isee-corrente", "--households", EX + "dsu.csv", "--members", EX + "dsu-membri.csv", "--requests",
                EX + "isee-corrente-richieste.csv", "--changes", EX + "isee-corrente-variazioni.csv", "--date", "2025-06-10", "--explain",
                "--format", "text");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("perdita del lavoro dipendente a tempo indeterminato").contains("2 mesi × 6")
                .contains("ISEE corrente valido fino al").contains("art. 9 c. 4");
    }

    /** No event and a 7% fall of the ISR: the row says why, the run ends with 1. */
    @Test
    void aRequestWithNoConditionIsRefusedWithTheReason() throws IOException {
        String rq = file("r.csv", R_HEADER + "famiglia3,2025-10-20,2025-12-31,12_mesi\n");
        String ch = file("c.csv", C_HEADER + "famiglia3,F1,,26000,0,0,0,0,0,0,0\n");
        String d = file("d.csv", DsuCliTest.D_HEADER + "famiglia3,0,150000,40000,0,11000,9000,0,0\n");
        String m = file("m.csv", DsuCliTest.M_HEADER + "famiglia3,F1,declarant,41,none,yes,28000,0,0,0,0,0,0,0\n"
                + "famiglia3,F2,spouse,39,none,no,0,0,0,1200,0,0,0,0\n");
        CliEndToEndTest.Run r = run("isee-corrente", "--households", d, "--members", m, "--requests", rq, "--changes", ch, "--date", "2025-06-10");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("famiglia3,,,,,,,,,,rifiutato,").contains("FSR-CORRENTE-NO-CONDITION").contains("25%");
        assertThat(r.err()).contains("1 richieste di ISEE corrente respinte");
    }

    /** Every problem of the request files at once, at its file and line. */
    @Test
    void badRequestsAreToldAtTheirLines() throws IOException {
        String rq = file("r.csv", R_HEADER + "torino,2019-11-03,2019-12-31,2_months\nnessuno,2019-11-03,2019-12-31,3_months\n"
                + "pensionata,2019-09-15,2019-12-31,12_months\n");
        String ch = file("c.csv", C_HEADER + "torino,T9,permanent_job_lost,0,0,0,1100,0,0,0,0\n"
                + "pensionata,P1,benefits_interrupted,0,12000,0,0,0,0,0,0\n");
        CliEndToEndTest.Run r = run("isee-corrente", "--households", EX + "dsu.csv", "--members", EX + "dsu-membri.csv", "--requests", rq,
                "--changes", ch, "--date", "2019-06-10", "--lang", "en");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("r.csv:3: period").contains("3_months")
                .contains("r.csv:3: household_id").contains("nessuno")
                .contains("c.csv:2: member_id: is not a member of the nucleus (value: T9)")
                .contains("c.csv:3: event").contains("FSR-CORRENTE-EVENT-NOT-YET")
                .contains("r.csv: household_id: has no request in r.csv (value: famiglia3)").contains("FSR-CORRENTE-NO-REQUEST");
    }
}
