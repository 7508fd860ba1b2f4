package it.fsr.isee.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.veneto.FattoreFamigliaBatch;
import it.fsr.isee.veneto.ServiceYear;
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
 * The households files read a chunk at a time ({@link HouseholdFiles#stream}) against the same files read whole
 * ({@link HouseholdFiles#read}): the same households and, priced by the batch, the same figures for every chunk size;
 * the same problems; a members file out of the households file's order told at its lines, and no chunk handed over
 * after a problem.
 */
class HouseholdStreamTest {
    private static final LocalDate DATE = LocalDate.of(2021, 11, 19);

    /** Generated households in order (fixed seed): 1–2 parents, 0–4 children (some at a nido), a grandparent now and then. */
    static List<List<String>> households(int n, long seed) {
        Random r = new Random(seed);
        List<List<String>> out = new ArrayList<>();
        String[] work = {"works", "unemployed", "not_working"};
        String[] housing = {"normal", "roofless", "houseless", "insecure", "inadequate"};
        String[] disability = {"none", "none", "none", "medium", "severe", "not_self_sufficient"};
        for (int i = 0; i < n; i++) {
            String id = "H" + i;
            boolean partner = r.nextInt(4) != 0;
            int head = 24 + r.nextInt(30);
            int partnerAge = 24 + r.nextInt(30);
            int youngest = partner ? Math.min(head, partnerAge) : head;
            int kids = r.nextInt(5);
            boolean twins = kids >= 2 && r.nextInt(5) == 0;
            int twinAge = r.nextInt(4);
            List<String> rows = new ArrayList<>();
            int size = 1 + (partner ? 1 : 0) + kids;
            int[] scaleRows = {100, 157, 204, 246, 285};
            int hundredths = (size <= 5 ? scaleRows[size - 1] : 285 + 35 * (size - 5)) + r.nextInt(31);
            long cents = r.nextInt(4_000_000);
            int[] ages = new int[kids];
            boolean minor = false;
            for (int k = 0; k < kids; k++) {
                ages[k] = twins && k < 2 ? twinAge : r.nextInt(Math.min(youngest - 18, 27));
                minor |= ages[k] < 18;
            }
            boolean widowed = !partner && minor && r.nextInt(3) == 0;
            rows.add(id + "," + cents / 100 + "." + String.format("%02d", cents % 100) + "," + hundredths / 100 + "." + String.format("%02d", hundredths % 100)
                    + "," + (widowed ? "yes" : "no") + "," + housing[r.nextInt(housing.length)]);
            rows.add(id + ",A,head," + head + ",," + disability[r.nextInt(disability.length)] + "," + work[r.nextInt(3)] + ",,no");
            if (partner) {
                rows.add(id + ",B,partner," + partnerAge + ",,none," + work[r.nextInt(3)] + ",,no");
            }
            for (int k = 0; k < kids; k++) {
                int age = ages[k];
                String student = age >= 19 && age <= 26 ? (r.nextBoolean() ? "yes" : "no") : "";
                rows.add(id + ",C" + k + ",child," + age + "," + student + "," + disability[r.nextInt(disability.length)] + ",," + (twins && k < 2 ? "T" : "")
                        + "," + (age <= 3 ? (r.nextBoolean() ? "yes" : "no") : ""));
            }
            out.add(rows);
        }
        return out;
    }

    /** Writes h.csv and m.csv; the households' first rows are the households file's, the others the members'. */
    static void write(Path dir, List<List<String>> households) throws Exception {
        StringBuilder h = new StringBuilder("household_id,isee,scale,widowed,housing\n");
        StringBuilder m = new StringBuilder("household_id,member_id,relationship,age,student,disability,work,twin_group,nursery\n");
        for (List<String> rows : households) {
            h.append(rows.get(0)).append('\n');
            for (String row : rows.subList(1, rows.size())) {
                m.append(row).append('\n');
            }
        }
        Files.writeString(dir.resolve("h.csv"), h, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("m.csv"), m, StandardCharsets.UTF_8);
    }

    private static HouseholdFiles.Options options(int threads) {
        return new HouseholdFiles.Options(DATE, true, null, threads, (phase, count) -> { });
    }

    private static FattoreFamigliaBatch.Options pricing() {
        return FattoreFamigliaBatch.Options.contribution(ServiceYear.starting(2021));
    }

    /** The batch's rows and child rows of one reading, in order. */
    private static List<Object> priced(List<HouseholdFiles.Read> chunks) {
        List<Object> out = new ArrayList<>();
        List<Object> children = new ArrayList<>();
        for (HouseholdFiles.Read read : chunks) {
            FattoreFamigliaBatch.Result r = FattoreFamigliaBatch.run(read.columns(), pricing());
            for (int i = 0; i < r.size(); i++) {
                out.add(r.row(i));
            }
            for (int k = 0; k < r.childCount(); k++) {
                children.add(r.child(k));
            }
        }
        out.addAll(children);
        return out;
    }

    @Test
    void everyChunkSizeGivesTheWholeReadingsHouseholdsAndFigures(@TempDir Path dir) throws Exception {
        write(dir, households(700, 17));
        Path h = dir.resolve("h.csv");
        Path m = dir.resolve("m.csv");
        HouseholdFiles.Read whole = HouseholdFiles.read(h, m, options(2));
        List<Object> expected = priced(List.of(whole));
        assertThat(whole.columns().size()).isEqualTo(700);
        // one child row for each member the file says attends a nido, with its id, under its household
        List<String> attending = Files.readAllLines(m).stream().filter(l -> l.endsWith(",yes")).map(l -> l.split(",")[0] + "/" + l.split(",")[1]).toList();
        assertThat(attending).isNotEmpty();
        assertThat(expected.stream().filter(x -> x instanceof FattoreFamigliaBatch.ChildRow).map(x -> (FattoreFamigliaBatch.ChildRow) x)
                .map(c -> c.householdId() + "/" + c.memberId()).toList()).containsExactlyInAnyOrderElementsOf(attending);
        FattoreFamigliaBatch.Result rescaled = FattoreFamigliaBatch.run(whole.columns(), FattoreFamigliaBatch.Options.rescaleOnly());
        assertThat(rescaled.priced()).isFalse();
        assertThat(FattoreFamigliaBatch.run(whole.columns(), pricing()).priced()).isTrue();
        for (int chunk : new int[] {1, 2, 3, 7, 64, 699, 700, 701, Integer.MAX_VALUE}) {
            for (int threads : new int[] {1, 3}) {
                List<HouseholdFiles.Read> chunks = new ArrayList<>();
                HouseholdFiles.Streamed s = HouseholdFiles.stream(h, m, options(threads), chunk, chunks::add);
                assertThat(s.households()).isEqualTo(700);
                assertThat(s.chunks()).as("chunk %d", chunk).isEqualTo(chunks.size()).isEqualTo((int) Math.min(700, (700L + chunk - 1) / chunk));
                List<String> ids = new ArrayList<>();
                chunks.forEach(c -> {
                    for (int k = 0; k < c.columns().size(); k++) {
                        ids.add(c.columns().id(k));
                    }
                });
                List<String> wholeIds = new ArrayList<>();
                for (int k = 0; k < whole.columns().size(); k++) {
                    wholeIds.add(whole.columns().id(k));
                }
                assertThat(ids).isEqualTo(wholeIds);
                List<Object> got = priced(chunks);
                assertThat(got).as("chunk %d, %d threads", chunk, threads).hasSameSizeAs(expected);
                for (int i = 0; i < got.size(); i++) {
                    assertThat(describe(got.get(i))).as("chunk %d, %d threads, row %d", chunk, threads, i).isEqualTo(describe(expected.get(i)));
                }
            }
        }
    }

    @Test
    void aWholeReadingOfMorePartsThanOneGivesTheSameFiguresAsSmallChunks(@TempDir Path dir) throws Exception {
        // 9,000 households: the whole reading joins two parts of the households file (8,192 and 808), a chunk of 500 one part
        write(dir, households(9_000, 23));
        Path h = dir.resolve("h.csv");
        Path m = dir.resolve("m.csv");
        HouseholdFiles.Read whole = HouseholdFiles.read(h, m, options(2));
        List<HouseholdFiles.Read> chunks = new ArrayList<>();
        HouseholdFiles.stream(h, m, options(1), 500, chunks::add);
        List<Object> expected = priced(chunks);
        List<Object> got = priced(List.of(whole));
        assertThat(got).hasSameSizeAs(expected);
        for (int i = 0; i < got.size(); i++) {
            assertThat(describe(got.get(i))).as("row %d", i).isEqualTo(describe(expected.get(i)));
        }
        assertThat(whole.columns().id(8_999)).isEqualTo("H8999");
        assertThat(whole.columns().id(8_192)).isEqualTo("H8192");
    }

    /** A row's components (its toString keeps them out of logs). */
    private static String describe(Object row) {
        if (row instanceof FattoreFamigliaBatch.Row r) {
            return List.of(r.householdId(), r.nationalScale(), r.ffScale(), r.isee(), r.iseeFf(), r.capApplied(), r.childrenAttending(),
                    r.perChild(), r.householdTotal(), r.exclusion()).toString();
        }
        FattoreFamigliaBatch.ChildRow c = (FattoreFamigliaBatch.ChildRow) row;
        return List.of(c.householdId(), c.memberId(), c.amount(), c.exclusion()).toString();
    }

    @Test
    void aFileOfOneChunkMayListItsMembersInAnyOrder(@TempDir Path dir) throws Exception {
        List<List<String>> hh = households(50, 3);
        StringBuilder h = new StringBuilder("household_id,isee,scale,widowed,housing\n");
        List<String> members = new ArrayList<>();
        for (List<String> rows : hh) {
            h.append(rows.get(0)).append('\n');
            members.addAll(rows.subList(1, rows.size()));
        }
        java.util.Collections.shuffle(members, new Random(5));
        Files.writeString(dir.resolve("h.csv"), h);
        Files.writeString(dir.resolve("m.csv"), "household_id,member_id,relationship,age,student,disability,work,twin_group,nursery\n"
                + String.join("\n", members) + "\n");
        List<HouseholdFiles.Read> chunks = new ArrayList<>();
        HouseholdFiles.stream(dir.resolve("h.csv"), dir.resolve("m.csv"), options(1), 50, chunks::add);
        write(dir, hh);
        List<Object> expected = priced(List.of(HouseholdFiles.read(dir.resolve("h.csv"), dir.resolve("m.csv"), options(1))));
        // the same households and children; a household's children in the order the members file lists them
        assertThat(priced(chunks).stream().map(HouseholdStreamTest::describe).sorted().toList())
                .isEqualTo(expected.stream().map(HouseholdStreamTest::describe).sorted().toList());
    }

    @Test
    void membersOutOfTheHouseholdsOrderAreToldAtTheirLinesAndNoChunkFollows(@TempDir Path dir) throws Exception {
        List<List<String>> hh = households(40, 9);
        write(dir, hh);
        // H3's members moved to the end of the members file: read in chunks of 10, they come after chunk 1 was closed
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("m.csv")));
        List<String> h3 = lines.stream().filter(l -> l.startsWith("H3,")).toList();
        lines.removeAll(h3);
        lines.addAll(h3);
        Files.write(dir.resolve("m.csv"), lines);
        List<HouseholdFiles.Read> chunks = new ArrayList<>();
        assertThatThrownBy(() -> HouseholdFiles.stream(dir.resolve("h.csv"), dir.resolve("m.csv"), options(2), 10, chunks::add))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    List<Violation> v = e.violations();
                    assertThat(v).filteredOn(x -> "FSR-HOUSEHOLDS-ORDER".equals(x.code())).hasSize(h3.size())
                            .allSatisfy(x -> assertThat(x.field()).startsWith("m.csv:").endsWith(": household_id"))
                            .allSatisfy(x -> assertThat(x.message()).contains("h.csv"));
                    assertThat(v).anySatisfy(x -> assertThat(x.field()).isEqualTo("h.csv:5: household_id"))
                            .anySatisfy(x -> assertThat(x.message()).contains("has no members in m.csv"));
                });
        assertThat(chunks).isEmpty();
        // read whole, the same file is good: its members may be in any order
        assertThat(HouseholdFiles.read(dir.resolve("h.csv"), dir.resolve("m.csv"), options(2)).columns().size()).isEqualTo(40);
    }

    @Test
    void aProblemInALaterChunkStopsTheChunksAndEveryProblemIsTold(@TempDir Path dir) throws Exception {
        List<List<String>> hh = households(60, 21);
        // household H35's ISEE is not a number; H52's head has an age beyond any
        hh.get(35).set(0, hh.get(35).get(0).replaceFirst("^H35,[^,]*,", "H35,abc,"));
        hh.get(52).set(1, hh.get(52).get(1).replaceFirst(",head,\\d+,", ",head,250,"));
        write(dir, hh);
        List<HouseholdFiles.Read> chunks = new ArrayList<>();
        assertThatThrownBy(() -> HouseholdFiles.stream(dir.resolve("h.csv"), dir.resolve("m.csv"), options(2), 10, chunks::add))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).anySatisfy(x -> assertThat(x.field()).isEqualTo("h.csv:37: isee"));
                    assertThat(e.violations()).anySatisfy(x -> assertThat(x.field()).endsWith(": age").startsWith("m.csv:"));
                });
        // chunks 1–3 (H0–H29) were handed over; none after the problem of chunk 4
        assertThat(chunks).hasSize(3);
        assertThat(chunks.get(2).columns().id(9)).isEqualTo("H29");
    }

    @Test
    void aHouseholdIdOfTwoChunksIsADuplicateAtBothLines(@TempDir Path dir) throws Exception {
        List<List<String>> hh = households(30, 4);
        // H25 is also H2: its rows renamed, in its own place (in order)
        List<String> renamed = new ArrayList<>();
        for (String row : hh.get(25)) {
            renamed.add(row.replaceFirst("^H25,", "H2,"));
        }
        hh.set(25, renamed);
        write(dir, hh);
        assertThatThrownBy(() -> HouseholdFiles.stream(dir.resolve("h.csv"), dir.resolve("m.csv"), options(1), 10, r -> { }))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(x -> {
                            assertThat(x.code()).isEqualTo("FSR-DUPLICATE-LINES");
                            assertThat(x.field()).isEqualTo("h.csv:27: household_id");
                            assertThat(x.message()).contains("4, 27");
                        }));
        // read whole: the same duplicate, at the same lines
        assertThatThrownBy(() -> HouseholdFiles.read(dir.resolve("h.csv"), dir.resolve("m.csv"), options(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(x -> assertThat(x.field()).isEqualTo("h.csv:27: household_id")));
    }

    @Test
    void aMissingColumnIsToldBeforeAnyRowIsRead(@TempDir Path dir) throws Exception {
        write(dir, households(20, 1));
        Files.writeString(dir.resolve("h.csv"), Files.readString(dir.resolve("h.csv")).replaceFirst("isee,", "isse,"));
        List<HouseholdFiles.Read> chunks = new ArrayList<>();
        assertThatThrownBy(() -> HouseholdFiles.stream(dir.resolve("h.csv"), dir.resolve("m.csv"), options(1), 5, chunks::add))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .allSatisfy(x -> assertThat(x.field()).startsWith("h.csv:1: "))
                        .anySatisfy(x -> assertThat(x.code()).isEqualTo("FSR-CSV-COLUMN-NEAR")));
        assertThat(chunks).isEmpty();
    }

    @Test
    void aChunkIsAtLeastOneHousehold(@TempDir Path dir) throws Exception {
        write(dir, households(2, 1));
        assertThatThrownBy(() -> HouseholdFiles.stream(dir.resolve("h.csv"), dir.resolve("m.csv"), options(1), 0, r -> { }))
                .isInstanceOf(ValidationException.class).hasMessageContaining("chunk");
    }

    @Test
    void theFilterTellsIdsNeverSeenAndKeepsThoseSeen() {
        IdFilter f = new IdFilter();
        for (int i = 0; i < 100_000; i++) {
            f.add("H" + i);
        }
        int falsePositives = 0;
        for (int i = 0; i < 100_000; i++) {
            assertThat(f.mightContain("H" + i)).isTrue();
            if (f.mightContain("K" + i)) {
                falsePositives++;
            }
        }
        // 2^29 bits and 7 probes for 100,000 ids: a false positive about once in 10^17
        assertThat(falsePositives).isZero();
        assertThat(IdFilter.hash("H1")).isNotEqualTo(IdFilter.hash("H2"));
    }

    private static List<Violation> problems(Path dir, String h, String m) throws Exception {
        Files.writeString(dir.resolve("h.csv"), h);
        Files.writeString(dir.resolve("m.csv"), m);
        try {
            HouseholdFiles.read(dir.resolve("h.csv"), dir.resolve("m.csv"), options(2));
            return List.of();
        } catch (ValidationException e) {
            return e.violations();
        }
    }

    @Test
    void theLibrarysRulesOfAHouseholdAtTheMembersLinesAndColumns(@TempDir Path dir) throws Exception {
        String h = "household_id,isee,scale\nH1,10000.00,2.04\nH2,10000.00,1.57\n";
        String header = "household_id,member_id,relationship,age,student,disability,work,twin_group,nursery\n";
        String good = header + "H1,A,head,40,,none,works,,no\nH1,B,partner,38,,none,works,,no\nH1,C,child,2,,none,,,yes\n"
                + "H2,A,head,30,,none,works,,no\nH2,B,child,9,,none,,,\n";
        assertThat(problems(dir, h, good)).isEmpty();
        // a child under 4 with no word on the nido: required; one of 4 or more: blank is no
        List<Violation> nursery = problems(dir, h, good.replace("H1,C,child,2,,none,,,yes", "H1,C,child,2,,none,,,"));
        assertThat(nursery).extracting(Violation::field).containsExactly("m.csv:4: nursery");
        List<Violation> three = problems(dir, h, good.replace("H1,C,child,2,,none,,,yes", "H1,C,child,3,,none,,,"));
        assertThat(three).extracting(Violation::field).containsExactly("m.csv:4: nursery");
        assertThat(problems(dir, h, good.replace("H1,C,child,2,,none,,,yes", "H1,C,child,4,,none,,,"))).isEmpty();
        // a member id twice in a household: the later row
        List<Violation> twice = problems(dir, h, good.replace("H1,C,child,2", "H1,B,child,2"));
        assertThat(twice).extracting(Violation::field).containsExactly("m.csv:4: member_id");
        assertThat(twice.get(0).message()).contains("line 3");
        // an age beyond any: at its line; a household the library refuses (two heads): at the member's line and column
        assertThat(problems(dir, h, good.replace("H2,B,child,9", "H2,B,child,201"))).extracting(Violation::field).contains("m.csv:6: age");
        List<Violation> heads = problems(dir, h, good.replace("H1,B,partner,38", "H1,B,head,38"));
        assertThat(heads).isNotEmpty().allSatisfy(v -> assertThat(v.field()).matches("(m\\.csv:[234]: .*|h\\.csv:2: .*)"));
        assertThat(heads).extracting(Violation::field).containsExactly("h.csv:2: members");
        // the library's rules of one member (Household.of): at that member's line of the members file, its column as the file names it
        assertThat(problems(dir, h, good.replace("H2,B,child,9", "H2,B,child,35"))).extracting(Violation::field).containsExactly("m.csv:6: age");
        assertThat(problems(dir, h, good.replace("H1,A,head,40,,none,works", "H1,A,head,40,,none,"))).extracting(Violation::field)
                .containsExactly("m.csv:2: work");
        assertThat(problems(dir, h, good.replace("H2,B,child,9,,none,,,", "H2,B,child,9,,none,,,yes"))).extracting(Violation::field)
                .containsExactly("m.csv:6: nursery");
        assertThat(problems(dir, h, good.replace("H2,B,child,9,,none,,,", "H2,B,child,21,,none,,,"))).extracting(Violation::field)
                .containsExactly("m.csv:6: student");
        // a scale the household cannot have: at the households file's line
        List<Violation> scale = problems(dir, h.replace("H2,10000.00,1.57", "H2,10000.00,1.00"), good);
        assertThat(scale).extracting(Violation::field).allSatisfy(f -> assertThat(f).startsWith("h.csv:3: "));
        // a household file row with a bad ISEE and the members of a household not in it, at once
        List<Violation> both = problems(dir, h.replace("H2,10000.00", "H2,diecimila"), good + "H9,A,head,50,,none,works,,no\n");
        assertThat(both).extracting(Violation::field).contains("h.csv:3: isee", "m.csv:7: household_id");
    }

    @Test
    void eachPhaseIsToldWithItsCount(@TempDir Path dir) throws Exception {
        write(dir, households(25, 8));
        List<String> phases = new ArrayList<>();
        HouseholdFiles.Options o = new HouseholdFiles.Options(DATE, true, null, 2, (phase, n) -> phases.add(phase + "=" + n));
        HouseholdFiles.stream(dir.resolve("h.csv"), dir.resolve("m.csv"), o, 10, r -> { });
        assertThat(phases).hasSize(3);
        assertThat(phases.get(0)).isEqualTo("households.read=25");
        assertThat(phases.get(1)).startsWith("members.read=");
        assertThat(phases.get(2)).isEqualTo("households.checked=25");
        assertThat(HouseholdFiles.read(dir.resolve("h.csv"), dir.resolve("m.csv"), o).ambiti()).hasSize(25).containsOnlyNulls();
        assertThat(HouseholdFiles.stream(dir.resolve("h.csv"), dir.resolve("m.csv"), o, 10, r -> { }).toString())
                .isEqualTo("Streamed[25 households, " + phases.get(1).substring("members.read=".length()) + " member rows, 3 chunks]");
    }

    @Test
    void aLargeChunkIsExactlyItsHouseholds(@TempDir Path dir) throws Exception {
        write(dir, households(25_000, 12));
        List<Integer> sizes = new ArrayList<>();
        HouseholdFiles.stream(dir.resolve("h.csv"), dir.resolve("m.csv"), options(2), 10_000, r -> sizes.add(r.columns().size()));
        assertThat(sizes).containsExactly(10_000, 10_000, 5_000);
    }

    @Test
    void aRowOfEitherFileWithAnotherLengthIsToldAlone(@TempDir Path dir) throws Exception {
        write(dir, households(30, 2));
        Files.writeString(dir.resolve("m.csv"), Files.readString(dir.resolve("m.csv")) + "H1,Z,child,3,,none,,,yes,extra\n");
        List<HouseholdFiles.Read> chunks = new ArrayList<>();
        assertThatThrownBy(() -> HouseholdFiles.stream(dir.resolve("h.csv"), dir.resolve("m.csv"), options(1), 10, chunks::add))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.code()).isEqualTo("FSR-CSV-FIELD-COUNT")));
        write(dir, households(30, 2));
        Files.writeString(dir.resolve("h.csv"), Files.readString(dir.resolve("h.csv")).replaceFirst("\nH5,", "\nH5,1,"));
        assertThatThrownBy(() -> HouseholdFiles.stream(dir.resolve("h.csv"), dir.resolve("m.csv"), options(1), 10, chunks::add))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("h.csv:7: row")));
        // no chunk after a row of another length
        assertThat(chunks).isEmpty();
    }
}
