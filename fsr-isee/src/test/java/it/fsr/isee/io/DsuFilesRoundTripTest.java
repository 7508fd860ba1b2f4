package it.fsr.isee.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuMember;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential: the DSU files of the command line's {@code isee} (DPCM 159/2013, quadri A–FC8 as columns) read into the
 * same DSUs the library builds from the values directly — every column at its place, in both dialects, in one part and
 * in several; and every value that is wrong told at its file, line and column, all at once.
 */
class DsuFilesRoundTripTest {
    static final LocalDate DATE = LocalDate.of(2025, 9, 1);
    @TempDir
    Path dir;

    record Case(List<Dsu> dsus, String households, String members) {
    }

    private static String euro(long cents, boolean italian) {
        String s = Euro.ofCents(cents).toString();
        return italian ? s.replace('.', ',') : s;
    }

    static Case generate(int n, long seed, boolean italian) {
        Random r = new Random(seed);
        String sep = italian ? ";" : ",";
        StringBuilder d = new StringBuilder(String.join(sep, "household_id", "rent", "home_value", "home_mortgage", "other_real_estate",
                "deposits_balance", "deposits_average", "other_financial", "government_bonds", "figurative_income", "donations", "asset_increases"))
                .append('\n');
        StringBuilder m = new StringBuilder(String.join(sep, "household_id", "member_id", "relationship", "age", "disability", "worked_6_months",
                "employee_income", "pension_income", "other_income", "public_benefits", "maintenance_received", "maintenance_paid",
                "disability_expenses", "agricultural_income")).append('\n');
        List<Dsu> dsus = new ArrayList<>();
        Disability[] dis = {Disability.NONE, Disability.NONE, Disability.MEDIUM, Disability.SEVERE};
        for (int i = 0; i < n; i++) {
            String id = "D" + i;
            List<DsuMember> members = new ArrayList<>();
            int count = 1 + r.nextInt(5);
            for (int k = 0; k < count; k++) {
                Relationship rel = k == 0 ? Relationship.DECLARANT : k == 1 && r.nextBoolean() ? Relationship.SPOUSE : Relationship.CHILD;
                int age = rel == Relationship.CHILD ? r.nextInt(25) : 30 + r.nextInt(50);
                Disability ds = dis[r.nextInt(dis.length)];
                boolean worked = r.nextBoolean();
                long[] a = new long[8];
                for (int x = 0; x < 8; x++) {
                    a[x] = r.nextInt(3) == 0 ? r.nextInt(3_000_000) : 0;
                }
                members.add(new DsuMember(id + "m" + k, rel, age, ds, worked, false, false, null, null, Euro.ofCents(a[0]), Euro.ofCents(a[1]),
                        Euro.ofCents(a[2]), Euro.ofCents(a[3]), Euro.ofCents(a[4]), Euro.ofCents(a[5]), Euro.ofCents(a[6]), Euro.ofCents(a[7])));
                List<String> cells = new ArrayList<>(List.of(id, id + "m" + k, rel.code(), String.valueOf(age), ds.name().toLowerCase(),
                        worked ? "yes" : "no"));
                for (long x : a) {
                    cells.add(euro(x, italian));
                }
                m.append(String.join(sep, cells)).append('\n');
            }
            boolean rents = r.nextBoolean();
            long rent = rents ? r.nextInt(900_000) : 0;
            long home = rents ? 0 : r.nextInt(30_000_000);
            long mortgage = rents ? 0 : Math.min(home, r.nextInt(8_000_000));
            long other = r.nextInt(2) == 0 ? 0 : r.nextInt(10_000_000);
            long balance = r.nextInt(5_000_000);
            long average = r.nextInt(5_000_000);
            long fin = r.nextInt(3_000_000);
            long bonds = r.nextInt(4) == 0 ? r.nextInt(8_000_000) : 0;
            long figurative = r.nextInt(100_000);
            long donations = r.nextInt(5) == 0 ? r.nextInt(500_000) : 0;
            long increases = r.nextInt(4) == 0 ? r.nextInt(2_000_000) : 0;
            d.append(String.join(sep, id, euro(rent, italian), euro(home, italian), euro(mortgage, italian), euro(other, italian),
                    euro(balance, italian), euro(average, italian), euro(fin, italian), euro(bonds, italian), euro(figurative, italian),
                    euro(donations, italian), euro(increases, italian))).append('\n');
            dsus.add(Dsu.of(id, DATE, members).withRent(Euro.ofCents(rent)).withHome(Euro.ofCents(home), Euro.ofCents(mortgage))
                    .withOtherRealEstate(Euro.ofCents(other)).withDeposits(Euro.ofCents(balance), Euro.ofCents(average))
                    .withFinancial(Euro.ofCents(fin), Euro.ofCents(bonds)).withFigurativeIncome(Euro.ofCents(figurative))
                    .withDonations(Euro.ofCents(donations)).withAssetIncreases(Euro.ofCents(increases)));
        }
        return new Case(dsus, d.toString(), m.toString());
    }

    private List<Dsu> read(Case c, int threads) throws Exception {
        Path h = dir.resolve("d.csv");
        Path m = dir.resolve("m.csv");
        Files.writeString(h, c.households(), StandardCharsets.UTF_8);
        Files.writeString(m, c.members(), StandardCharsets.UTF_8);
        DsuFiles.Options o = new DsuFiles.Options(DATE, Variant.ORDINARIO, Purpose.ORDINARIO, it.fsr.isee.dsu.DsuParameters.defaults(), null, threads,
                (p, n) -> { });
        assertThat(DsuFiles.read(h, m, null, o).size()).isEqualTo(c.dsus().size());
        return DsuFiles.readDsus(h, m, null, o);
    }

    @Test
    void theFilesGiveTheDsusOfTheirValues() throws Exception {
        for (boolean italian : new boolean[] {false, true}) {
            Case c = generate(300, italian ? 3 : 4, italian);
            assertThat(read(c, 1)).isEqualTo(c.dsus());
            assertThat(read(c, 3)).isEqualTo(c.dsus());
        }
    }

    private List<String> problems(String households, String members) throws Exception {
        Path h = dir.resolve("d.csv");
        Path m = dir.resolve("m.csv");
        Files.writeString(h, households, StandardCharsets.UTF_8);
        Files.writeString(m, members, StandardCharsets.UTF_8);
        try {
            DsuFiles.readDsus(h, m, null, DsuFiles.Options.of(DATE, Variant.ORDINARIO, Purpose.ORDINARIO));
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Test
    void eachWrongValueAtItsFileLineAndColumn() throws Exception {
        Case c = generate(3, 9, false);
        String[] hLines = c.households().split("\n");
        String[] mLines = c.members().split("\n");
        String[] hHeader = hLines[0].split(",");
        // each column of the households file, one at a time, on the second DSU
        for (int col = 1; col < hHeader.length; col++) {
            String[] cells = hLines[2].split(",", -1);
            cells[col] = "dieci";
            String bad = hLines[0] + "\n" + hLines[1] + "\n" + String.join(",", cells) + "\n" + hLines[3] + "\n";
            assertThat(problems(bad, c.members())).as(hHeader[col]).contains("d.csv:3: " + hHeader[col]);
        }
        String[] mHeader = mLines[0].split(",");
        for (int col = 2; col < mHeader.length; col++) {
            String[] cells = mLines[1].split(",", -1);
            cells[col] = col == 3 ? "131" : "x";
            List<String> lines = new ArrayList<>(List.of(mLines));
            lines.set(1, String.join(",", cells));
            assertThat(problems(c.households(), String.join("\n", lines) + "\n")).as(mHeader[col]).contains("m.csv:2: " + mHeader[col]);
        }
        // a member of no household, a household without members, a household twice: all at once
        String orphan = c.members() + "NESSUNO,x1,child,3,none,no,0,0,0,0,0,0,0,0\n";
        assertThat(problems(c.households(), orphan)).contains("m.csv:" + (mLines.length + 1) + ": household_id");
        String twice = c.households() + hLines[1] + "\n";
        assertThat(problems(twice, c.members())).contains("d.csv:" + (hLines.length + 1) + ": household_id");
        assertThat(problems(c.households().replace("rent,", "affitto,"), c.members())).isNotEmpty()
                .allSatisfy(f -> assertThat(f).startsWith("d.csv:1: "));
    }

    @Test
    void aResidentialServicesDsuWithTheChildrenOutsideTheNucleus() throws Exception {
        Path h = dir.resolve("rsa.csv");
        Path m = dir.resolve("rsa-membri.csv");
        Path oc = dir.resolve("rsa-figli.csv");
        Files.writeString(h, "household_id,rent,home_value,home_mortgage,other_real_estate,deposits_balance,deposits_average,other_financial,"
                + "government_bonds,figurative_income,donations,capoluogo_metropolitano,auu\n"
                + "pensionata,0,95000,0,0,18000,16500,0,60000,215.30,30000,yes,0\n");
        Files.writeString(m, "household_id,member_id,relationship,age,disability,worked_6_months,employee_income,pension_income,other_income,"
                + "public_benefits,maintenance_received,maintenance_paid,disability_expenses,agricultural_income,beneficiary,residential,dependent\n"
                + "pensionata,P1,declarant,84,not_self_sufficient,no,0,16000,0,0,0,0,3000,0,yes,yes,no\n");
        Files.writeString(oc, "household_id,child_id,ise,scale,exempt\npensionata,figlio1,31000,2.04,none\npensionata,figlia2,18000,1.00,disability\n");
        DsuFiles.Options o = DsuFiles.Options.of(LocalDate.of(2025, 6, 10), Variant.RESIDENZE, Purpose.ORDINARIO);
        List<Dsu> read = DsuFiles.readDsus(h, m, oc, o);
        assertThat(read).singleElement().satisfies(d -> {
            assertThat(d.outside()).extracting(it.fsr.isee.dsu.OutsidePerson::id).containsExactly("figlio1", "figlia2");
            assertThat(d.outside().get(0).ise()).isEqualTo(Euro.parse("31000.00"));
            assertThat(d.outside().get(0).scale()).isEqualByComparingTo("2.04");
            assertThat(d.outside().get(1).exemption()).isEqualTo(it.fsr.isee.dsu.OutsidePerson.Exemption.DISABILITY);
            assertThat(d.members().get(0).beneficiary()).isTrue();
            assertThat(d.members().get(0).residential()).isTrue();
            assertThat(d.members().get(0).dependent()).isFalse();
            assertThat(d.capoluogoMetropolitano()).isTrue();
            assertThat(d.donations()).isEqualTo(Euro.parse("30000.00"));
        });
        assertThat(DsuFiles.read(h, m, oc, o).size()).isEqualTo(1);
        // a child outside of no household and a bad scale, at their lines
        Files.writeString(oc, "household_id,child_id,ise,scale,exempt\npensionata,figlio1,31000,due,none\naltra,figlia2,18000,1.00,nessuna\n");
        assertThatThrownBy(() -> DsuFiles.readDsus(h, m, oc, o)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::field).contains("rsa-figli.csv:2: scale", "rsa-figli.csv:3: household_id"));
    }

    @Test
    void aRegionsFilesReadInPartsGiveTheSameDsus() throws Exception {
        Case c = generate(40_000, 77, false);
        List<Dsu> one = read(c, 1);
        assertThat(read(c, 2)).isEqualTo(one).hasSize(40_000);
    }

    @Test
    void theRulesOfADsuAtTheirFilesLines() throws Exception {
        String d = "household_id,rent,home_value,home_mortgage,other_real_estate,deposits_balance,deposits_average,other_financial,government_bonds\n"
                + "A,0,0,0,0,0,0,0,0\nB,0,0,0,0,0,0,0,0\n";
        String header = "household_id,member_id,relationship,age,disability,worked_6_months,employee_income,pension_income,other_income,"
                + "public_benefits,maintenance_received,maintenance_paid,disability_expenses,agricultural_income\n";
        String good = header + "A,a1,declarant,40,none,yes,0,0,0,0,0,0,0,0\nB,b1,declarant,40,none,yes,0,0,0,0,0,0,0,0\n";
        assertThat(problems(d, good)).isEmpty();
        // two declarants: the household's relationship, in the members file
        assertThat(problems(d, good + "A,a2,declarant,38,none,yes,0,0,0,0,0,0,0,0\n")).contains("m.csv: household_id=A: relationship");
        // two spouses, one row of them wrong: both checks still told
        assertThat(problems(d, good + "B,b2,spouse,38,none,yes,0,0,0,0,0,0,0,0\nB,b3,spouse,38,none,forse,0,0,0,0,0,0,0,0\n"))
                .contains("m.csv: household_id=B: relationship", "m.csv:5: worked_6_months");
        assertThat(problems(d, good + "A,a3,declarant,38,none,forse,0,0,0,0,0,0,0,0\n")).contains("m.csv: household_id=A: relationship");
        // a member id twice in a DSU: the later row
        assertThat(problems(d, good + "A,a1,child,8,none,no,0,0,0,0,0,0,0,0\n")).contains("m.csv:4: member_id");
        // a member's rule of the library (a child older than the declarant): at the member's line
        assertThat(problems(d, good + "A,a4,child,60,none,no,0,0,0,0,0,0,0,0\n")).anySatisfy(f -> assertThat(f).startsWith("m.csv:4: "));
        // a household with no member
        assertThat(problems(d + "C,0,0,0,0,0,0,0,0\n", good)).contains("d.csv:4: household_id");
    }

    @Test
    void aDsusOwnRulesAtTheLinesTheyComeFrom() throws Exception {
        String d = "household_id,rent,home_value,home_mortgage,other_real_estate,deposits_balance,deposits_average,other_financial,government_bonds\n"
                + "A,0,0,0,0,0,0,0,0\nB,500000,120000,0,0,0,0,0,0\n";
        String header = "household_id,member_id,relationship,age,disability,worked_6_months,employee_income,pension_income,other_income,"
                + "public_benefits,maintenance_received,maintenance_paid,disability_expenses,agricultural_income,gnc_case\n";
        String good = header + "A,a1,declarant,40,none,yes,0,0,0,0,0,0,0,0,\nB,b1,declarant,40,none,yes,0,0,0,0,0,0,0,0,\n";
        List<String> found = problems(d, good + "A,a2,child,4,none,no,0,0,0,0,0,0,0,0,\nA,g1,non_cohabiting_parent,45,none,yes,0,0,0,0,0,0,0,0,\n");
        // a member's rule at the member's line, the DSU's own rule (rent and an owned home at once) at the household's line
        assertThat(found).containsExactly("m.csv:5: gnc_case", "d.csv:3: rent", "d.csv:3: home_value");
        // an outside person who is no non-cohabiting parent of a minor's DSU: the outside persons file, by household
        Path h = dir.resolve("min.csv");
        Path m = dir.resolve("min-membri.csv");
        Path oc = dir.resolve("min-fuori.csv");
        Files.writeString(h, d.substring(0, d.indexOf("\nB,") + 1));
        Files.writeString(m, header + "A,a1,declarant,40,none,yes,0,0,0,0,0,0,0,0,\nA,a2,child,4,none,no,0,0,0,0,0,0,0,0,\n");
        Files.writeString(oc, "household_id,child_id,ise,scale,exempt\nA,x1,31000,2.04,none\n");
        assertThatThrownBy(() -> DsuFiles.readDsus(h, m, oc, DsuFiles.Options.of(DATE, Variant.MINORENNI, Purpose.ORDINARIO)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("min-fuori.csv: household_id=A: child_id"));
    }
}
