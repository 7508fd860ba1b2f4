package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.EX;
import static it.fsr.cli.CliEndToEndTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a clerk can trust, through the command line: numbers read only when unambiguous, Excel's
 * Windows-1252, every problem in one round with its code, in Italian by default, and the output in the
 * dialect of the input.
 */
class CliInputsTest {
    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        return file(name, content, StandardCharsets.UTF_8);
    }

    private String file(String name, String content, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content.getBytes(cs));
        return p.toString();
    }

    private static void invalid(CliEndToEndTest.Run r, String... lines) {
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        for (String l : lines) {
            assertThat(r.err()).contains(l);
        }
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anAgeOfOnePointFiveInASemicolonFileIsAmbiguousNotFifteen() throws IOException {
        String h = file("h.csv", "household_id;isee;scale\nF1;9.000,00;1,57\n");
        String m = file("m.csv", "household_id;relationship;age;work\nF1;head;35;works\nF1;child;1.5;\n");
        invalid(run("fattore-famiglia", "--households", h, "--members", m, "--date", "2022-01-01"),
                "m.csv:3: age: è ambiguo: in un file con ';' il punto separa le migliaia solo prima di gruppi di tre cifre "
                        + "(scrivere 1,5 per uno e mezzo, 65.000 o 65000 per sessantacinquemila) (valore: 1.5) [FSR-CSV-AMBIGUOUS-NUMBER]");
    }

    @Test
    void aPopulationOfSixtyFivePointZeroIsAmbiguousAndSixtyFiveThousandIsRead() throws IOException {
        String bad = file("c.csv", "id;population;social_workers\nA;65.0;15\n");
        invalid(run("lep", "sociale", "--comuni", bad, "--year", "2025"), "c.csv:2: population: è ambiguo", "(valore: 65.0) [FSR-CSV-AMBIGUOUS-NUMBER]");
        String good = file("g.csv", "id;population;social_workers\nA;65.000;15\n");
        CliEndToEndTest.Run r = run("lep", "sociale", "--comuni", good, "--year", "2025");
        assertThat(r.code()).isZero();
        // ';' in, ';' out with the decimal comma: Italian Excel opens it in columns
        assertThat(r.out()).isEqualTo("id;inhabitants_per_worker;needed_6500;needed_5000;needed_4000;gap_6500;gap_5000;gap_4000;status;contribution_797\n"
                + "A;4333,33;10;13;17;0;0;2;lep_met;160000,00\n");
        assertThat(run("lep", "sociale", "--comuni", good, "--year", "2025", "--dialect", "plain").out())
                .endsWith("A,4333.33,10,13,17,0,0,2,lep_met,160000.00\n");
    }

    @Test
    void aDecimalInAWholeNumberColumnAndACommaInAPlainFileAreErrors() throws IOException {
        String semicolon = file("c.csv", "id;population;social_workers\nA;65000,0;15\n");
        invalid(run("lep", "sociale", "--comuni", semicolon, "--year", "2025"), "c.csv:2: population: deve essere un numero intero (senza decimali) "
                + "(valore: 65000,0) [FSR-CSV-DECIMAL-IN-INTEGER]");
        String comma = file("p.csv", "id,population,social_workers\nA,65000,\"1,5\"\n");
        invalid(run("lep", "sociale", "--comuni", comma, "--year", "2025"), "p.csv:2: social_workers: contiene una virgola in un numero "
                + "di un file con ','", "[FSR-CSV-COMMA-IN-NUMBER]");
    }

    @Test
    void aWindows1252FileFromExcelIsReadAndAForcedWrongEncodingIsAClearError() throws IOException {
        String cp = file("c.csv", "id;population;social_workers\nCittà di Cantù;65.000;15\n", Charset.forName("windows-1252"));
        CliEndToEndTest.Run r = run("lep", "sociale", "--comuni", cp, "--year", "2025");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Città di Cantù;4333,33");
        invalid(run("lep", "sociale", "--comuni", cp, "--year", "2025", "--encoding", "utf-8"),
                "c.csv:1: file: non è testo UTF-8 né Windows-1252", "[FSR-CSV-ENCODING]");
        assertThat(run("lep", "sociale", "--comuni", cp, "--year", "2025", "--encoding", "windows-1252").out()).contains("Città di Cantù");
        assertThat(run("lep", "sociale", "--comuni", cp, "--year", "2025", "--encoding", "latin-9").code()).isEqualTo(2);
    }

    @Test
    void aHeaderWithNoRowsIsInvalidNotAnEmptyResult() throws IOException {
        String s = file("s.properties", "year=2025\nbudget=1000\nprevious_area.MINORI=1\nprevious_area.ANZIANI=1\nprevious_area.DISABILI=1\n");
        String u = file("u.csv", "id,service_type,costs,authorised,seated_in_ambito\n");
        invalid(run("riparto", "--scenario", s, "--units", u), "u.csv:1: header: il file ha l'intestazione e nessuna riga di dati", "[FSR-CSV-NO-ROWS]");
    }

    @Test
    void aDuplicateIdNamesEveryLineItAppearsOn() throws IOException {
        String c = file("c.csv", "id,population,social_workers\nA,100,1\nB,100,1\nA,100,1\nA,100,1\n");
        invalid(run("lep", "sociale", "--comuni", c, "--year", "2025"),
                "c.csv:4: id: compare più di una volta (righe 2, 4, 5) (valore: A) [FSR-DUPLICATE-LINES]",
                "c.csv:5: id: compare più di una volta (righe 2, 4, 5) (valore: A) [FSR-DUPLICATE-LINES]");
        assertThat(run("lep", "sociale", "--comuni", c, "--year", "2025").err()).doesNotContain("c.csv:2:");
    }

    @Test
    void aScenarioErrorNamesTheKeyAsWrittenAndItsLineAlongsideTheUnitsFileProblems() throws IOException {
        String s = file("s.properties", "year=2025\nbudget=1000\nreserve=6%\nprevious_area.MINORI=1\nprevious_area.ANZIANI=1\nprevious_area.DISABILI=1\n");
        String u = file("u.csv", "id,service_type,costs,cudes,authorised,seated_in_ambito\nU1,AFFIDO,100,C1,yes,yes\n");
        CliEndToEndTest.Run r = run("riparto", "--scenario", s, "--units", u);
        invalid(r, "s.properties:3: reserve: supera il limite di legge del 5% (DGR XII/4793/2025) (valore: 6%) [FSR-RATE-CAP]",
                "u.csv:2: eligible_spend: è obbligatorio per AFFIDO");
        // every problem of every file in one round: a bad scenario value and a bad units cell together
        String s2 = file("s2.properties", "year=25\nbudget=1000\n");
        String u2 = file("u2.csv", "id,service_type,costs,authorised,seated_in_ambito\nU1,AFFIDO,abc,yes,\n");
        invalid(run("riparto", "--scenario", s2, "--units", u2), "s2.properties:1: year:", "u2.csv:2: costs: non è un numero (valore: abc)",
                "u2.csv:2: seated_in_ambito: il valore è obbligatorio (sì o no)");
    }

    @Test
    void messagesAreItalianByDefaultAndEnglishOnRequestWithTheSameCode() throws IOException {
        String c = file("c.csv", "id,population,social_workers\nA,-5,1\n");
        assertThat(run("lep", "sociale", "--comuni", c, "--year", "2025").err())
                .isEqualTo("c.csv:2: population: non può essere negativo (valore: -5) [FSR-NEGATIVE]\n");
        assertThat(run("lep", "sociale", "--comuni", c, "--year", "2025", "--lang", "en").err())
                .isEqualTo("c.csv:2: population: must not be negative (value: -5) [FSR-NEGATIVE]\n");
    }

    @Test
    void theItalianExcelRoundTripSemicolonInSemicolonOut() throws IOException {
        // the README's example: an Italian Excel file in, an Italian Excel file out, the same figures as the plain run
        CliEndToEndTest.Run it = run("contributo-nido", "--households", "src/test/resources/italian/households.csv", "--members",
                "src/test/resources/italian/members.csv", "--date", "2021-11-19", "--service-year", "2021/22");
        CliEndToEndTest.Run plain = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv",
                "--date", "2021-11-19", "--service-year", "2021/22");
        assertThat(it.err()).isEmpty();
        assertThat(it.out()).contains("F2;F2-2;2,34;3,5;10256,41;6857,14;471,43;granted;");
        assertThat(it.out().replace(',', '.').replace(';', ',')).isEqualTo(plain.out());
        String units = file("u.csv", "id;service_type;costs;cudes;authorised;seated_in_ambito;eligible_spend\nU1;AFFIDO;1.000,00;C1;sì;sì;1.000,00\n");
        String s = file("s.properties", "year=2025\nbudget=1.000,00\nprevious_area.MINORI=1\nprevious_area.ANZIANI=0\nprevious_area.DISABILI=0\n");
        assertThat(run("riparto", "--scenario", s, "--units", units).out()).contains("U1;C1;U1;;;MINORI;AFFIDO;PROPORTIONAL;CAPPED;;1000,00;1000,00;1000,00;");
    }

    @Test
    void theContributionReportTotalsPerHouseholdAndPerAmbito() throws IOException {
        String h = file("h.csv", "household_id,isee,scale,ambito\nA,2000.00,2.04,Ambito Verona 1\nB,2000.00,2.04,Ambito Verona 1\nC,2000.00,2.04,Ambito Legnago\n");
        String m = file("m.csv", "household_id,member_id,relationship,age,work,nursery\nA,a1,head,30,works,no\nA,a2,child,1,,yes\nA,a3,child,2,,yes\n"
                + "B,b1,head,30,works,no\nB,b2,child,1,,yes\nC,c1,head,30,works,no\nC,c2,child,1,,yes\n");
        CliEndToEndTest.Run r = run("contributo-nido", "--households", h, "--members", m, "--date", "2021-11-19", "--service-year", "2021/22",
                "--format", "text");
        assertThat(r.err()).isEmpty();
        // every child €600 (rescaled ISEE under €3,000): A two children, B one, C one
        assertThat(r.out()).contains("Totale per nucleo: A € 1.200,00; B € 600,00; C € 600,00")
                .contains("Totale per Ambito: Ambito Legnago € 600,00; Ambito Verona 1 € 1.800,00").contains("Totale: € 2.400,00");
    }
}
