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
    }

    @Test
    void contributoNidoAndFattoreFamiglia() throws IOException {
        Run c = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date", "2021-11-19");
        assertThat(c.err()).isEmpty();
        assertThat(c.out()).isEqualTo(expected("contributo-nido.csv"));
        Run f = run("fattore-famiglia", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date", "2021-11-19");
        assertThat(f.out()).isEqualTo(expected("fattore-famiglia.csv"));
    }

    @Test
    void lepSocialeNidiTrasporto() throws IOException {
        assertThat(run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025").out()).isEqualTo(expected("lep-sociale.csv"));
        assertThat(run("lep", "nidi", "--comuni", EX + "lep-nidi.csv", "--year", "2023").out()).isEqualTo(expected("lep-nidi-2023.csv"));
        assertThat(run("lep", "trasporto", "--comuni", EX + "lep-trasporto.csv", "--year", "2022").out()).isEqualTo(expected("lep-trasporto-2022.csv"));
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
                + "Palazzolo sull'Oglio,MINORI,AFFIDO,PROPORTIONAL,FUNDED,,60000.00,60000.00,60000.00,365,0.00,41841.59,69.74");
        Run whatIf = run("riparto", "--scenario", EX + "riparto-scenario.properties", "--units", EX + "riparto-units.csv",
                "--compare", EX + "riparto-scenario-whatif.properties");
        assertThat(whatIf.out()).startsWith("unit_id,name,amount_a,amount_b,difference,status_a,status_b\n")
                .contains("U03,ADM Il Girasole,8000.00,8000.00,0.00,CAPPED,CAPPED");
        Run en = run("demo", "--lang", "en", "--format", "md", "--explain");
        assertThat(en.out()).contains("# FSR 2025 riparto plan — Ambito 6 Monte Orfano").contains("## Explanation per service unit");
    }

    @Test
    void theSameCsvInBothDialectsGivesTheSameResult() {
        Run plain = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date", "2021-11-19");
        Run it = run("contributo-nido", "--households", "src/test/resources/italian/households.csv", "--members",
                "src/test/resources/italian/members.csv", "--date", "2021-11-19");
        assertThat(it.err()).isEmpty();
        assertThat(it.out()).isEqualTo(plain.out());
        assertThat(run("regione", "--fund", "1000000", "--ambiti", "src/test/resources/italian/regione-ambiti.csv", "--year", "2025").out())
                .isEqualTo(run("regione", "--fund", "1000000", "--ambiti", EX + "regione-ambiti.csv", "--year", "2025").out());
    }

    @Test
    void helpAndExplainAndFormats() {
        assertThat(run().out()).contains("usage: java -jar fsr.jar <command>");
        Run explained = run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025", "--explain");
        assertThat(explained.out().lines().findFirst().orElseThrow()).endsWith(",explanation");
        assertThat(explained.out()).contains("Contributo L. 178/2020 c. 797: € 160.000,00");
        Run md = run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025", "--format", "md", "--lang", "en");
        assertThat(md.out()).contains("| Ambito A | 4333.33 |");
        Run params = run("params", "--year", "2025");
        assertThat(params.out()).contains("lep.nursery.threshold,33%,2025-01-01,").contains("ff.nursery.max,1300.00,2024-09-01");
    }
}
