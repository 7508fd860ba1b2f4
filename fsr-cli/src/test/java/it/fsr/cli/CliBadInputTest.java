package it.fsr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: the right exit code, every problem as file:line: column: problem [CODE], nothing on stdout.
 * These runs ask for English messages ({@code --lang en}); {@link CliInputsTest} checks the Italian default.
 */
class CliBadInputTest {
    @TempDir
    Path dir;

    private static CliEndToEndTest.Run run(String... args) {
        String[] withLang = java.util.Arrays.copyOf(args, args.length + 2);
        withLang[args.length] = "--lang";
        withLang[args.length + 1] = "en";
        return CliEndToEndTest.run(withLang);
    }

    private String file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    private static void assertInvalid(CliEndToEndTest.Run r, String... messages) {
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        for (String m : messages) {
            assertThat(r.err()).contains(m);
        }
    }

    @Test
    void aWrongHeader() throws IOException {
        String c = file("c.csv", "id,populaton,social_workers\nA,100,1\n");
        assertInvalid(run("lep", "sociale", "--comuni", c, "--lang", "en"), "c.csv:1: header: the required column is missing", "c.csv:1: populaton: is not a known column: did you mean population?");
    }

    @Test
    void aNonNumberANegativeAmountAndAnUnknownEnumValueAllAtOnce() throws IOException {
        String h = file("h.csv", "household_id,isee,scale,housing\nF1,abc,1.00,normal\nF2,-5,1.00,castle\n");
        String m = file("m.csv", "household_id,member_id,relationship,age,nursery\nF1,a,head,30,no\nF2,b,boss,40,no\n");
        CliEndToEndTest.Run r = run("contributo-nido", "--households", h, "--members", m, "--date", "2022-01-01", "--service-year", "2021/22");
        assertInvalid(r, "h.csv:2: isee: is not a number (value: abc) [FSR-CSV-NOT-A-NUMBER]", "h.csv:3: isee: must not be negative (value: -5)",
                "h.csv:3: housing: is not one of normal, roofless, houseless, insecure, inadequate (value: castle)",
                "m.csv:3: relationship: is not one of declarant, spouse, child, other, gnc (value: boss)");
    }

    @Test
    void anImpossibleFamilyIsPlacedOnItsLine() throws IOException {
        // an extra field with something in it is a row of the wrong shape (an empty one is Excel's trailing column, dropped)
        String h = file("h.csv", "household_id,isee,scale\nF1,1000,1.57\nF2,1000,1.00,x\n");
        String m = file("m.csv", "household_id,member_id,relationship,age,nursery\nF1,a,head,30,no\nF1,b,child,40,no\nF2,c,child,3,yes\n");
        CliEndToEndTest.Run r = run("contributo-nido", "--households", h, "--members", m, "--date", "2022-01-01", "--service-year", "2021/22");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("h.csv:3: row: the header has 3 columns (value: 4) [FSR-CSV-FIELD-COUNT]");
    }

    @Test
    void aChildOlderThanTheHead() throws IOException {
        String h = file("h.csv", "household_id,isee,scale\nF1,1000,1.57\n");
        String m = file("m.csv", "household_id,relationship,age\nF1,head,30\nF1,child,40\n");
        assertInvalid(run("fattore-famiglia", "--households", h, "--members", m, "--date", "2022-01-01"),
                // at the member's own line of the members file (before: the households file's line)
                "m.csv:3: age: a child must be younger than the head and the partner (30) (value: 40)");
    }

    @Test
    void theContributionNeedsMemberIdsAttendanceAndTheFactsItsRulesRead() throws IOException {
        String h = file("h.csv", "household_id,isee,scale,widowed\nF1,9000,2.04,no\nF2,9000,1.57,yes\n");
        String noColumns = file("m0.csv", "household_id,relationship,age\nF1,head,30\n");
        assertInvalid(run("contributo-nido", "--households", h, "--members", noColumns, "--service-year", "2021/22"),
                "m0.csv:1: header: the required column is missing", "(value: member_id)", "(value: nursery)");
        String m = file("m.csv", "household_id,member_id,relationship,age,work,nursery\n"
                + "F1,a,head,30,,no\nF1,b,child,2,,\nF1,c,child,5,,yes\nF1,c,other,70,,no\nF2,d,head,40,works,no\nF2,e,partner,38,works,no\n");
        assertInvalid(run("contributo-nido", "--households", h, "--members", m, "--date", "2022-01-01", "--service-year", "2021/22"),
                "m.csv:3: nursery: a value is required (yes or no) for a member under 4: does the child attend a recognised 0-3 service?",
                "m.csv:5: member_id: is a duplicate member of household F1 (also on line 4) (value: c)");
        String m2 = file("m2.csv", "household_id,member_id,relationship,age,work,nursery\n"
                + "F1,a,head,30,,no\nF1,b,child,2,,yes\nF1,c,child,5,,yes\nF2,d,head,40,works,no\nF2,e,partner,38,works,no\n");
        assertInvalid(run("contributo-nido", "--households", h, "--members", m2, "--date", "2022-01-01", "--service-year", "2021/22"),
                "m2.csv:2: work: is not stated: the head of a household with minor children needs a work status (works, unemployed, not_working)",
                "m2.csv:4: nursery: the child attending a 0-3 service must be under 4 at the date (age 5) (value: yes)",
                "h.csv:3: widowed: applies only to a single parent (no partner) with minor children (value: yes)");
    }

    @Test
    void aRaggedRowAndAnEmptyFile() throws IOException {
        String c = file("c.csv", "id,population,social_workers\nA,100\n");
        assertInvalid(run("lep", "sociale", "--comuni", c), "c.csv:2: row: the header has 3 columns (value: 2) [FSR-CSV-FIELD-COUNT]");
        String empty = file("e.csv", "");
        assertInvalid(run("lep", "sociale", "--comuni", empty), "e.csv:1: header: the file is empty");
    }

    @Test
    void negativeFiguresInTheDomainAreReportedOnTheirLine() throws IOException {
        String c = file("c.csv", "id,pupils_enrolled,pupils_transported\nA,10,20\n");
        assertInvalid(run("lep", "trasporto", "--comuni", c, "--year", "2025"), "c.csv:2: pupils_transported: exceeds the pupils enrolled (10) (value: 20)");
        String u = file("u.csv", "id,service_type,costs,cudes,authorised,seated_in_ambito\nU1,AFFIDO,100,C1,yes,yes\n");
        String s = file("s.properties", "year=2025\nbudget=1000\nreserve=7%\nprevious_area.MINORI=1\nprevious_area.ANZIANI=1\nprevious_area.DISABILI=1\n");
        assertInvalid(run("riparto", "--scenario", s, "--units", u), "s.properties:3: reserve: is above its legal cap of 5% (DGR XII/4793/2025) (value: 7%) [FSR-RATE-CAP]",
                "u.csv:2: eligible_spend: is required for AFFIDO");
    }

    @Test
    void badUsageExitsWithTwo() {
        CliEndToEndTest.Run missing = run("lep", "sociale", "--comuni", "no-such-file.csv");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("file not found: no-such-file.csv");
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("lep", "sociale", "--bogus", "x").err()).contains("unknown option --bogus");
        assertThat(run("lep", "nidi", "--comuni", CliEndToEndTest.EX + "lep-nidi.csv").err()).contains("missing option --year");
        assertThat(run("demo", "--format", "pdf").code()).isEqualTo(2);
    }
}
