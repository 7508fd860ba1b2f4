package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.EX;
import static it.fsr.cli.CliEndToEndTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isee}: the ISEE from the DSU, one row per household, as the command-line reference fixes it. */
class DsuCliTest {
    static final String D_HEADER = "household_id,rent,home_value,home_mortgage,other_real_estate,deposits_balance,deposits_average,"
            + "other_financial,government_bonds\n";
    static final String M_HEADER = "household_id,member_id,relationship,age,disability,worked_6_months,employee_income,pension_income,"
            + "other_income,public_benefits,maintenance_received,maintenance_paid,disability_expenses,agricultural_income\n";

    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        return CliEndToEndTest.write(dir, name, content);
    }

    /** The University of Turin's couple: ISEE 7,368.42 (per-earner deductions), one row per household. */
    @Test
    void theExampleDsusGiveOneRowPerHousehold() {
        CliEndToEndTest.Run r = run("isee", "--households", EX + "dsu.csv", "--members", EX + "dsu-membri.csv", "--date", "2025-06-10");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "household_id,variant,purpose,isr,isp,ise,scale,isee,componente_aggiuntiva,isee_final",
                "torino,ordinario,ordinario,17000.00,13000.00,19600.00,2.66,7368.42,0.00,7368.42",
                "pensionata,ordinario,ordinario,12215.30,50333.33,22281.97,1.50,14854.65,0.00,14854.65",
                "famiglia3,ordinario,ordinario,25960.00,36666.67,33293.33,3.55,9378.40,0.00,9378.40");
    }

    /**
     * DPCM 159/2013 art. 5 c. 4 lett. a): a flat of 25,000 bought in the year with the accounts' money (balance 10,000, average
     * 30,000) counts the balance: ISEE 22,800.00 instead of 26,800.00; purchases of exactly the gap leave the average; a row
     * with the average above the balance and {@code asset_increases} empty is told at its line, with its code.
     */
    @Test
    void theYearsPurchasesDecideWhetherTheBalanceOrTheAverageCounts() throws IOException {
        String d = file("d.csv", D_HEADER.strip() + ",asset_increases\nbought,0,0,0,25000,10000,30000,0,0,25000\n"
                + "gap,0,0,0,25000,10000,30000,0,0,20000\n");
        String m = file("m.csv", M_HEADER + "bought,1,declarant,40,none,yes,20000,0,0,0,0,0,0,0\ngap,1,declarant,40,none,yes,20000,0,0,0,0,0,0,0\n");
        CliEndToEndTest.Run r = run("isee", "--households", d, "--members", m, "--date", "2025-06-10");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("bought,ordinario,ordinario,17000.00,29000.00,22800.00,1.00,22800.00")
                .contains("gap,ordinario,ordinario,17000.00,49000.00,26800.00,1.00,26800.00");

        String unstated = file("u.csv", D_HEADER.strip() + ",asset_increases\nbought,0,0,0,25000,10000,30000,0,0,\n");
        CliEndToEndTest.Run bad = run("isee", "--households", unstated, "--members", m, "--date", "2025-06-10");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("u.csv:2: asset_increases").contains("FSR-DSU-ASSET-INCREASES-REQUIRED").contains("0 se nessuno");
    }

    @Test
    void residenzeAddsTheChildrensComponentiAndTheDonations() {
        CliEndToEndTest.Run r = run("isee", "--households", EX + "dsu-rsa.csv", "--members", EX + "dsu-rsa-membri.csv", "--variant",
                "residenze", "--other-children", EX + "dsu-rsa-figli.csv", "--date", "2025-06-10", "--explain", "--format", "text");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("826,14").contains("19.680,79").contains("esonero per disabilità").contains("art. 6 c. 3");
    }

    @Test
    void theItalianDialectIsReadAndWrittenBack() throws IOException {
        String d = file("d.csv", "household_id;rent;home_value;home_mortgage;other_real_estate;deposits_balance;deposits_average;"
                + "other_financial;government_bonds\nA;8.400,00;0;0;0;23.000,00;21.000,00;0;0\n");
        String m = file("m.csv", "household_id;member_id;relationship;age;disability;worked_6_months;employee_income;pension_income;"
                + "other_income;public_benefits;maintenance_received;maintenance_paid;disability_expenses;agricultural_income\n"
                + "A;1;declarant;45;none;sì;15.000,00;0;0;0;0;0;0;0\nA;2;spouse;43;none;sì;15.000;0;0;0;0;0;0;0\n"
                + "A;3;child;12;none;no;0;0;0;0;0;0;0;0\nA;4;child;20;none;no;0;0;0;0;0;0;0;0\n");
        CliEndToEndTest.Run r = run("isee", "--households", d, "--members", m, "--date", "2025-06-10");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("A;ordinario;ordinario;17000,00;13000,00;19600,00;2,66;7368,42;0,00;7368,42");
    }

    @Test
    void everyProblemOfEveryFileIsToldWithItsLineAndCode() throws IOException {
        String d = file("d.csv", D_HEADER + "A,-1,0,0,0,0,0,0,0\nB,0,0,0,0,0,0,0,0\n");
        String m = file("m.csv", M_HEADER
                + "A,1,declarant,45,none,yes,100,0,0,0,0,0,0,0\n"
                + "B,1,spouse,45,none,yes,100,0,0,0,0,0,0,0\n"
                + "B,2,gnc,45,none,yes,100,0,0,0,0,0,0,0\n");
        CliEndToEndTest.Run r = run("isee", "--households", d, "--members", m, "--date", "2025-06-10", "--lang", "en");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("d.csv:2: rent: must not be negative (value: -1) [FSR-NEGATIVE]")
                .contains("m.csv: household_id=B: relationship: a nucleus needs exactly one declarant (found 0) (value: B) [FSR-DSU-DECLARANT]")
                // a non-cohabiting parent may stand in the ordinary ISEE for the single-parent check (DPCM 159/2013 all. 1 b), with his case
                .contains("m.csv:4: gnc_case: a value is required for a non-cohabiting parent (attracted, married_other, children_other, "
                        + "maintenance_ordered, excluded, estranged) [FSR-DSU-GNC-CASE-REQUIRED]");
        CliEndToEndTest.Run sociosanitario = run("isee", "--households", d, "--members", m, "--date", "2025-06-10", "--lang", "en",
                "--variant", "sociosanitario");
        assertThat(sociosanitario.err()).contains("m.csv:4: relationship: a non-cohabiting parent belongs only to the ordinario (for the "
                + "single-parent check), minorenni or universita ISEE (value: gnc) [FSR-DSU-GNC-VARIANT]");
    }

    /** The household checks of a DSU are told in the same round as the problems of its rows (issue 24 item 6). */
    @Test
    void aHouseholdWithABrokenRowStillHasItsHouseholdChecksTold() throws IOException {
        String d = file("d2.csv", D_HEADER + "B,0,0,0,0,0,0,0,0\n");
        String m = file("m2.csv", M_HEADER
                + "B,a,declarant,45,none,yes,abc,0,0,0,0,0,0,0\n"
                + "B,b,declarant,40,none,yes,100,0,0,0,0,0,0,0\n"
                + "B,c,spouse,40,none,yes,100,0,0,0,0,0,0,0\n"
                + "B,d,spouse,40,none,yes,100,0,0,0,0,0,0,0\n");
        CliEndToEndTest.Run r = run("isee", "--households", d, "--members", m, "--date", "2025-06-10", "--lang", "en");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("m2.csv:2: employee_income: is not a number")
                .contains("household_id=B: relationship: a nucleus needs exactly one declarant (found 2) (value: B) [FSR-DSU-DECLARANT]")
                .contains("household_id=B: relationship: a nucleus has at most one spouse of the declarant (found 2) (value: B) [FSR-DSU-SPOUSES]");
    }

    /** Without --explain the ordinary ISEE goes through the columnar batch: the same figures as with the explanation. */
    @Test
    void theBatchPathAndTheExplainedPathGiveTheSameFigures() {
        CliEndToEndTest.Run fast = run("isee", "--households", EX + "dsu.csv", "--members", EX + "dsu-membri.csv", "--date", "2025-06-10");
        CliEndToEndTest.Run explained = run("isee", "--households", EX + "dsu.csv", "--members", EX + "dsu-membri.csv", "--date",
                "2025-06-10", "--explain");
        List<String> a = fast.out().lines().skip(1).toList();
        List<String> b = explained.out().lines().skip(1).map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 10))).toList();
        assertThat(a).hasSize(3).isEqualTo(b);
        CliEndToEndTest.Run family = run("isee", "--households", EX + "dsu.csv", "--members", EX + "dsu-membri.csv", "--date", "2025-06-10",
                "--purpose", "family-2026");
        assertThat(family.code()).isEqualTo(3);
        assertThat(family.err()).contains("dsu.csv:2: --date").contains("FSR-DSU-FAMILY-DATE");
    }

    @Test
    void bonusNidoNeedsTheAuuColumnAndAnUnknownVariantIsBadUsage() {
        CliEndToEndTest.Run r = run("isee", "--households", EX + "dsu.csv", "--members", EX + "dsu-membri.csv", "--purpose", "bonus-nido");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("auu").contains("FSR-CSV-COLUMN-MISSING");
        CliEndToEndTest.Run u = run("isee", "--households", EX + "dsu.csv", "--members", EX + "dsu-membri.csv", "--variant", "rsa");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("ordinario, minorenni, sociosanitario, residenze, universita");
    }
}
