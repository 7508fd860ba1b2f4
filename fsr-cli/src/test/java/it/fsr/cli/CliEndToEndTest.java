package it.fsr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each command on its example files (src/main/resources/examples), compared with expected files written
 * by hand from the spec's figures (src/test/resources/expected; the figures are derived in the comments
 * of the library tests: FattoreFamigliaScaleTest, SocialWorkersTest, ResourcesTest, RegionalRipartoTest).
 */
class CliEndToEndTest {
    static final String EX = "src/main/resources/examples/";

    record Run(int code, String out, String err) {
    }

    /** Writes a UTF-8 file into {@code dir}, returning its path. */
    static String write(java.nio.file.Path dir, String name, String content) throws IOException {
        java.nio.file.Path p = dir.resolve(name);
        java.nio.file.Files.write(p, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return p.toString();
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String expected(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/expected/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void regione() throws IOException {
        Run r = run("regione", "--fund", "1.000.000,00", "--ambiti", EX + "regione-ambiti.csv", "--year", "2025");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(expected("regione.csv"));
        // --explain explains each Ambito's parts, with each criterion's act (it was ignored)
        Run explained = run("regione", "--fund", "1.000.000,00", "--ambiti", EX + "regione-ambiti.csv", "--year", "2025", "--explain",
                "--format", "text");
        assertThat(explained.code()).isZero();
        assertThat(explained.out()).contains("Quota dell'Ambito A del fondo di € 1.000.000,00: € 683.333,33")
                .contains("Criterio minori in affido (peso 10%)").contains("DGR XII/4793 del 28/07/2025");
    }

    @Test
    void contributoNidoAndFattoreFamiglia() throws IOException {
        // one row per child at the nido (twins F4-3 and F4-4 both paid), households with none excluded with the reason;
        // F6: couple + child of 1, FF 2.0 + 0.7 + 0.2 = 2.9, 30,615 / 2.9 = 10,556.90, 600 − 7,556.90 / 30 = 348.10
        Run c = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date", "2021-11-19",
                "--service-year", "2021/22");
        assertThat(c.err()).isEmpty();
        assertThat(c.out()).isEqualTo(expected("contributo-nido.csv"));
        assertThat(c.out()).contains("F1,,1.00,1.6,15000.00,9375.00,,excluded,no_child_attending\n")
                .contains("F4,F4-3,2.66,4.3,9022.56,5581.40,513.95,granted,\nF4,F4-4,2.66,4.3,9022.56,5581.40,513.95,granted,\n");
        Run f = run("fattore-famiglia", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date", "2021-11-19");
        assertThat(f.out()).isEqualTo(expected("fattore-famiglia.csv"));
    }

    @Test
    void theContributionEditionIsTheServiceYearAndAnUnknownOneIsInvalidInput() {
        Run autumn2022 = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date", "2022-10-03",
                "--service-year", "2021/22");
        // F2 applied in autumn 2022 for the 2021/22 year: 471.43 by DGR 1609/2021, not 671.43 by DGR 1277/2022 (800 -> 400)
        assertThat(autumn2022.out()).contains("F2,F2-2,2.34,3.5,10256.41,6857.14,471.43,granted,").doesNotContain("671.43");
        Run unknown = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date", "2025-10-01",
                "--service-year", "2026/27");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("ff.nursery.").contains("anno educativo 2026/27").contains("load the act for this period as a parameter")
                .contains("[FSR-PARAM-MISSING]");
        Run missing = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv");
        assertThat(missing.code()).isEqualTo(2);
        // usage errors in the report's language: Italian by default (before: English only)
        assertThat(missing.err()).contains("manca l'opzione --service-year").contains("Eseguire 'java -jar fsr.jar help'");
        assertThat(run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--lang", "en").err())
                .contains("missing option --service-year");
        assertThat(run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--service-year", "2021").code())
                .isEqualTo(2);
    }

    @Test
    void lepSocialeWithAmbitiPoolsTheContributionOnce() {
        // the six Comuni of Monte Orfano (populations rounded, workers invented): pooled 59,900 and 11.5 workers,
        // 40,000 × (11.5 − 59,900 / 6,500) = 91,384.62; the per-Comune contribution column stays blank, and each Comune's own
        // figure is shown as its share, information only (their sum 90,553.85 is below the Ambito's, so none is scaled)
        Run r = run("lep", "sociale", "--comuni", EX + "lep-sociale-ambiti.csv", "--year", "2025");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Adro,7200.00,2,2,2,1,1,1,below_objective,,0.00\n").contains("Capriolo,4700.00,2,2,3,0,0,1,lep_met,,19753.85\n")
                .endsWith("ambito:Monte Orfano,5208.70,10,12,15,0,0.5,3.5,objective_met,91384.62,\n");
    }

    @Test
    void lepSocialeNidiTrasporto() throws IOException {
        assertThat(run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025").out()).isEqualTo(expected("lep-sociale.csv"));
        assertThat(run("lep", "nidi", "--comuni", EX + "lep-nidi.csv", "--year", "2023").out()).isEqualTo(expected("lep-nidi-2023.csv"));
        assertThat(run("lep", "trasporto", "--comuni", EX + "lep-trasporto.csv", "--year", "2022").out()).isEqualTo(expected("lep-trasporto-2022.csv"));

    }

    /**
     * {@code lep rendicontazione}: what each Comune justifies and gives back (L. 178/2020 c. 791-792; L. 234/2021 c. 172-174):
     * Comune A closed its 2,000 gap to the objective with 2,000 of its 10,000 and gives back nothing; Montesilvano 8 users
     * not served × 7,668.04; every missing figure of a share at its cell.
     */
    @Test
    void lepRendicontazioneGivesWhatIsJustifiedAndRecoveredPerComuneAndRegion(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        Run r = run("lep", "rendicontazione", "--comuni", EX + "lep-rendicontazione.csv", "--year", "2023");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Comune A,Abruzzo,sociale,10000.00,10000.00,0.00,gap_closed\n")
                .contains("Montesilvano,Abruzzo,nidi,521426.69,460082.37,61344.32,users_not_served\n")
                .contains(",Abruzzo,sociale,50000.00,35000.00,15000.00,total\n");
        String bad = write(dir, "r.csv", "comune,share,assigned,spending,standard_need,workers,population,reported_use,users_assigned\n"
                + "A,sociale,100,90,,1,1000,10,\nB,nidi,100,,,,,,3\nC,mensa,100,,,,,,\n");
        Run b = run("lep", "rendicontazione", "--comuni", bad, "--year", "2023", "--lang", "en");
        assertThat(b.code()).isEqualTo(3);
        assertThat(b.out()).isEmpty();
        assertThat(b.err()).contains("r.csv:2: standard_need").contains("r.csv:3: users_served").contains("r.csv:3: unit_cost")
                .contains("r.csv:4: share");
    }

    /**
     * {@code --total}: the year's national resources over the year's national users (DM 26/04/2023: €175,000,000 for 22,822
     * users), never over the file's users: one Comune of 68 users gets 68 × 7,668.04… = 521,426.69 (before: the whole
     * 175,000,000); a total of 350,000,000 doubles it. The transport's 2022 total over 8,632 users: 153 users → 531,742.35.
     */
    @Test
    void aTotalIsSplitOverTheYearsNationalUsersNotTheFilesOwn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        String one = write(dir, "uno.csv", "id,children_3_36m,places,bacino,additional_users\nMontesilvano,1500,180,Pescara Nord,68\n");
        assertThat(run("lep", "nidi", "--comuni", one, "--year", "2023", "--total", "175000000").out()).contains(",68,521426.69\n");
        assertThat(run("lep", "nidi", "--comuni", one, "--year", "2023", "--total", "350000000").out()).contains(",68,1042853.38\n");
        String t = write(dir, "t.csv", "id,pupils_enrolled,pupils_transported,additional_users\nComune A,200,10,153\n");
        assertThat(run("lep", "trasporto", "--comuni", t, "--year", "2022", "--total", "30000000").out()).contains(",153,531742.35\n");
    }

    @Test
    void demoAndRipartoPrintThePianoDiRiparto() {
        Run demo = run("demo");
        assertThat(demo.code()).isZero();
        assertThat(demo.out()).contains("Piano di riparto FSR 2025 — Ambito 6 Monte Orfano")
                .contains("Fondo di riequilibrio/riserva (5%)                        € 21.121,53")
                .contains("Da ripartire tra le aree                                  € 367.514,62")
                .contains("Verifica: assegnato € 367.514,62 + restituito € 0,00 + riserva € 21.121,53 + inclusione € 33.794,45 = budget € 422.430,60");
        Run csv = run("riparto", "--scenario", EX + "riparto-scenario.properties", "--units", EX + "riparto-units.csv");
        assertThat(csv.out()).contains("U01,030100,Affido familiare e in comunità - Palazzolo,Comune di Palazzolo sull'Oglio,"
                + "Palazzolo sull'Oglio,MINORI,AFFIDO,PROPORTIONAL,FUNDED,,60000.00,60000.00,60000.00,365,0.00,46218.07,77.03,,");
        Run whatIf = run("riparto", "--scenario", EX + "riparto-scenario.properties", "--units", EX + "riparto-units.csv",
                "--compare", EX + "riparto-scenario-whatif.properties");
        assertThat(whatIf.out()).startsWith("unit_id,name,amount_a,amount_b,difference,status_a,status_b\n")
                .contains("U03,ADM Il Girasole,8000.00,8000.00,0.00,CAPPED,CAPPED");
        Run en = run("demo", "--lang", "en", "--format", "md", "--explain");
        assertThat(en.out()).contains("# FSR 2025 riparto plan — Ambito 6 Monte Orfano").contains("## Explanation per service unit");
    }

    @Test
    void theSameCsvInBothDialectsGivesTheSameResult() {
        Run plain = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date", "2021-11-19",
                "--service-year", "2021/22");
        Run it = run("contributo-nido", "--households", "src/test/resources/italian/households.csv", "--members",
                "src/test/resources/italian/members.csv", "--date", "2021-11-19", "--service-year", "2021/22", "--dialect", "plain");
        assertThat(it.err()).isEmpty();
        assertThat(it.out()).isEqualTo(plain.out());
        assertThat(run("regione", "--fund", "1000000", "--ambiti", "src/test/resources/italian/regione-ambiti.csv", "--year", "2025",
                "--dialect", "plain").out())
                .isEqualTo(run("regione", "--fund", "1000000", "--ambiti", EX + "regione-ambiti.csv", "--year", "2025").out());
    }

    @Test
    void helpAndExplainAndFormats() {
        // the overview in Italian, the default language; in English with --lang en
        assertThat(run().out()).contains("uso: java -jar fsr.jar <comando>");
        assertThat(run("help", "--lang", "en").out()).contains("usage: java -jar fsr.jar <command>");
        Run explained = run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025", "--explain");
        assertThat(explained.out().lines().findFirst().orElseThrow()).endsWith(",explanation");
        assertThat(explained.out()).contains("Contributo L. 178/2020 c. 797: € 160.000,00");
        Run md = run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025", "--format", "md", "--lang", "en");
        assertThat(md.out()).contains("| Ambito A | 4333.33 |");
        Run params = run("params", "--year", "2025");
        assertThat(params.out()).contains("lep.nursery.threshold,33%,2025-01-01,").contains("ff.nursery.max,1300.00,2024-09-01")
                .contains("ff.nursery.max,1300.00,2024-09-01,2025-08-31,").contains(",fsr\n");
        assertThat(run("params", "--year", "2022").out()).contains("ff.nursery.max,600.00,2021-09-01").contains("ff.nursery.max,800.00,2022-09-01");
    }
}
