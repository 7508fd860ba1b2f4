package it.fsr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential: the CSV report of a region (files read row by row into columns, the batch on every core) and
 * the report with explanations (each household rescaled and priced one by one, {@code --explain}) give the
 * same figures on the same generated households, in both dialects — for the Fattore Famiglia, the nursery
 * contribution and the ISEE from the DSU; and large inputs report progress on
 * standard error, which {@code --quiet} silences.
 */
class CliBatchPathTest {

    /** Generated households (fixed seed): 1–2 parents, 0–4 children (some at a nido, some students, twins), grandparents. */
    private static void write(Path dir, int n, long seed, boolean italian) throws Exception {
        Random r = new Random(seed);
        String sep = italian ? ";" : ",";
        StringBuilder h = new StringBuilder(String.join(sep, "household_id", "isee", "scale", "widowed", "housing") + "\n");
        StringBuilder m = new StringBuilder(String.join(sep, "household_id", "member_id", "relationship", "age", "student", "disability", "work",
                "twin_group", "nursery") + "\n");
        String[] housing = {"normal", "roofless", "houseless", "insecure", "inadequate"};
        String[] work = {"works", "unemployed", "not_working"};
        String[] disability = {"none", "none", "none", "medium", "severe", "not_self_sufficient"};
        for (int i = 0; i < n; i++) {
            String id = "H" + i;
            boolean partner = r.nextInt(4) != 0;
            int head = 24 + r.nextInt(30);
            int partnerAge = 24 + r.nextInt(30);
            int youngestParent = partner ? Math.min(head, partnerAge) : head;
            int kids = r.nextInt(5);
            boolean twins = kids >= 2 && r.nextInt(5) == 0;
            int twinAge = r.nextInt(4);
            int[] ages = new int[kids];
            boolean minor = false;
            for (int k = 0; k < kids; k++) {
                ages[k] = twins && k < 2 ? twinAge : r.nextInt(Math.min(youngestParent - 18, 27));
                minor |= ages[k] < 18;
            }
            boolean widowed = !partner && minor && r.nextInt(3) == 0;
            long cents = r.nextInt(4_000_000);
            String isee = (cents / 100) + (italian ? "," : ".") + String.format("%02d", cents % 100);
            boolean grandparent = r.nextInt(6) == 0;
            // a national scale the household could have: its size's row (DPCM 159/2013 all. 1) and up to 0.30 of maggiorazioni
            int size = 1 + (partner ? 1 : 0) + kids + (grandparent ? 1 : 0);
            int[] rows = {100, 157, 204, 246, 285};
            int hundredths = (size <= 5 ? rows[size - 1] : 285 + 35 * (size - 5)) + r.nextInt(31);
            String scale = (hundredths / 100) + (italian ? "," : ".") + String.format("%02d", hundredths % 100);
            h.append(String.join(sep, id, isee, scale, widowed ? "yes" : "no", housing[r.nextInt(housing.length)])).append('\n');
            m.append(String.join(sep, id, "A", "head", "" + head, "", disability[r.nextInt(disability.length)], work[r.nextInt(3)], "", "no"))
                    .append('\n');
            if (partner) {
                m.append(String.join(sep, id, "B", "partner", "" + partnerAge, "", "none", work[r.nextInt(3)], "", "no")).append('\n');
            }
            for (int k = 0; k < kids; k++) {
                int age = ages[k];
                String student = age >= 19 && age <= 26 ? (r.nextBoolean() ? "yes" : "no") : "";
                String nursery = age <= 3 ? (r.nextBoolean() ? "yes" : "no") : "";
                m.append(String.join(sep, id, "C" + k, "child", "" + age, student, disability[r.nextInt(disability.length)], "",
                        twins && k < 2 ? "T" : "", nursery)).append('\n');
            }
            if (grandparent) {
                m.append(String.join(sep, id, "G", "other", "" + (60 + r.nextInt(30)), "", "none", "", "", "")).append('\n');
            }
        }
        Files.writeString(dir.resolve("h.csv"), h, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("m.csv"), m, StandardCharsets.UTF_8);
    }

    /** The rows of a CSV report without its explanation column. */
    private static List<List<String>> figures(String csv) {
        CsvTable t = CsvTable.parse("out.csv", csv);
        List<List<String>> out = new ArrayList<>();
        for (CsvRow row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (String c : t.header()) {
                if (!c.equals("explanation")) {
                    cells.add(row.text(c).orElse(""));
                }
            }
            out.add(cells);
        }
        out.add(0, t.header().stream().filter(c -> !c.equals("explanation")).toList());
        return out;
    }

    @Test
    void theBatchReportEqualsTheOneByOneReport(@TempDir Path dir) throws Exception {
        for (boolean italian : new boolean[] {false, true}) {
            write(dir, 3_000, italian ? 7 : 11, italian);
            String h = dir.resolve("h.csv").toString();
            String m = dir.resolve("m.csv").toString();
            for (String[] command : new String[][] {{"fattore-famiglia"}, {"contributo-nido", "--service-year", "2021/22"}}) {
                List<String> base = new ArrayList<>(List.of(command));
                base.addAll(List.of("--households", h, "--members", m, "--date", "2021-11-19"));
                CliEndToEndTest.Run batch = CliEndToEndTest.run(base.toArray(new String[0]));
                List<String> explained = new ArrayList<>(base);
                explained.add("--explain");
                CliEndToEndTest.Run one = CliEndToEndTest.run(explained.toArray(new String[0]));
                assertThat(batch.err()).as(batch.err()).isEmpty();
                assertThat(batch.code()).isZero();
                assertThat(one.code()).isZero();
                assertThat(figures(batch.out())).as(command[0] + (italian ? " ;" : " ,")).isEqualTo(figures(one.out()));
                assertThat(batch.out().lines().count()).isGreaterThan(3_000);
            }
        }
    }

    @Test
    void theDsuBatchReportEqualsTheOneByOneReport(@TempDir Path dir) throws Exception {
        for (boolean italian : new boolean[] {false, true}) {
            Random r = new Random(italian ? 5 : 9);
            String sep = italian ? ";" : ",";
            StringBuilder d = new StringBuilder(String.join(sep, "household_id", "rent", "home_value", "home_mortgage", "other_real_estate",
                    "deposits_balance", "deposits_average", "other_financial", "government_bonds", "figurative_income", "asset_increases") + "\n");
            StringBuilder m = new StringBuilder(String.join(sep, "household_id", "member_id", "relationship", "age", "disability",
                    "worked_6_months", "employee_income", "pension_income", "other_income", "public_benefits", "maintenance_received",
                    "maintenance_paid", "disability_expenses", "agricultural_income") + "\n");
            for (int i = 0; i < 2_000; i++) {
                String id = "D" + i;
                boolean rents = r.nextBoolean(); // a rented home or an owned one, never both (DPCM 159/2013 art. 4 c. 4 lett. a; art. 5 c. 2)
                String rent = amount(r, 900_000, italian);
                String home = amount(r, 30_000_000, italian);
                String mortgage = amount(r, 8_000_000, italian);
                d.append(String.join(sep, id, rents ? rent : "0", rents ? "0" : home, rents ? "0" : mortgage, "0",
                        amount(r, 5_000_000, italian), amount(r, 5_000_000, italian), amount(r, 3_000_000, italian), amount(r, 8_000_000, italian),
                        amount(r, 100_000, italian), amount(r, 2_000_000, italian))).append('\n'); // the year's purchases (art. 5 c. 4 lett. a)
                m.append(String.join(sep, id, "d", "declarant", "" + (30 + r.nextInt(50)), r.nextInt(10) == 0 ? "severe" : "none",
                        r.nextBoolean() ? "yes" : "no", amount(r, 4_000_000, italian), amount(r, 2_000_000, italian), amount(r, 500_000, italian),
                        amount(r, 300_000, italian), "0", amount(r, 200_000, italian), "0", "0")).append('\n');
                if (r.nextBoolean()) {
                    m.append(String.join(sep, id, "s", "spouse", "" + (30 + r.nextInt(50)), "none", r.nextBoolean() ? "yes" : "no",
                            amount(r, 3_000_000, italian), "0", "0", "0", "0", "0", "0", "0")).append('\n');
                }
                for (int k = 0; k < r.nextInt(4); k++) {
                    m.append(String.join(sep, id, "c" + k, "child", "" + r.nextInt(25), r.nextInt(20) == 0 ? "medium" : "none", "no", "0", "0",
                            "0", "0", "0", "0", "0", "0")).append('\n');
                }
            }
            Files.writeString(dir.resolve("d.csv"), d, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("dm.csv"), m, StandardCharsets.UTF_8);
            String[] args = {"isee", "--households", dir.resolve("d.csv").toString(), "--members", dir.resolve("dm.csv").toString(), "--date",
                "2025-09-01"};
            CliEndToEndTest.Run batch = CliEndToEndTest.run(args);
            List<String> explained = new ArrayList<>(List.of(args));
            explained.add("--explain");
            CliEndToEndTest.Run one = CliEndToEndTest.run(explained.toArray(new String[0]));
            assertThat(batch.err()).isEmpty();
            assertThat(batch.code()).isZero();
            assertThat(figures(batch.out())).isEqualTo(figures(one.out()));
            assertThat(batch.out().lines().count()).isEqualTo(2_001);
        }
    }

    @Test
    void theCompartecipazioneReportEqualsTheOneByOneReport(@TempDir Path dir) throws Exception {
        for (String schedule : new String[] {"compartecipazione-monopoli.properties", "compartecipazione-teramo.properties"}) {
            for (boolean italian : new boolean[] {false, true}) {
                Random r = new Random(schedule.length() + (italian ? 1 : 0));
                String sep = italian ? ";" : ",";
                StringBuilder u = new StringBuilder(String.join(sep, "user_id", "isee", "isee_ff", "units") + "\n");
                for (int i = 0; i < 5_000; i++) {
                    u.append(String.join(sep, "U" + i, amount(r, 6_000_000, italian), r.nextInt(3) == 0 ? amount(r, 4_000_000, italian) : "",
                            r.nextBoolean() ? "" : String.valueOf(1 + r.nextInt(60)))).append('\n');
                }
                Files.writeString(dir.resolve("u.csv"), u, StandardCharsets.UTF_8);
                String[] args = {"compartecipazione", "--schedule", CliEndToEndTest.EX + schedule, "--users", dir.resolve("u.csv").toString()};
                CliEndToEndTest.Run batch = CliEndToEndTest.run(args);
                List<String> explained = new ArrayList<>(List.of(args));
                explained.add("--explain");
                CliEndToEndTest.Run one = CliEndToEndTest.run(explained.toArray(new String[0]));
                assertThat(batch.err()).isEmpty();
                assertThat(batch.code()).isZero();
                assertThat(figures(batch.out())).as(schedule).isEqualTo(figures(one.out()));
                assertThat(batch.out().lines().count()).isEqualTo(5_001);
            }
        }
    }

    private static String amount(Random r, int maxCents, boolean italian) {
        long c = r.nextInt(maxCents);
        return c / 100 + (italian ? "," : ".") + String.format("%02d", c % 100);
    }

    @Test
    void largeInputsReportProgressOnStandardErrorUnlessQuiet(@TempDir Path dir) throws Exception {
        write(dir, Progress.LARGE, 3, false);
        String[] args = {"fattore-famiglia", "--households", dir.resolve("h.csv").toString(), "--members", dir.resolve("m.csv").toString(),
            "--date", "2021-11-19"};
        CliEndToEndTest.Run loud = CliEndToEndTest.run(args);
        assertThat(loud.code()).isZero();
        assertThat(loud.err()).contains("fsr: nuclei letti: 100,000", "fsr: righe scritte: 100,000");
        assertThat(loud.out()).doesNotContain("fsr:").startsWith("household_id,");
        List<String> quiet = new ArrayList<>(List.of(args));
        quiet.add("--quiet");
        CliEndToEndTest.Run silent = CliEndToEndTest.run(quiet.toArray(new String[0]));
        assertThat(silent.err()).isEmpty();
        assertThat(silent.out()).isEqualTo(loud.out());
    }
}
