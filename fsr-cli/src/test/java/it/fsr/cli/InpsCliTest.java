package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.EX;
import static it.fsr.cli.CliEndToEndTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isee verifica}, {@code isee --dsu-xml} and {@code siuss}: the Comune's loop on the command line, from INPS's
 * attestation to the SIUSS flow (INPS, WaaS SIUSS specifica tecnica v2.0.1, github.com/INPS-it/WaaS.Comuni).
 */
class InpsCliTest {
    @TempDir
    Path dir;

    static final String[] ENTE = {"--ente", "C_E506", "--sede", "E507", "--operatore", "00623530136", "--data-invio", "2026-04-30"};

    @Test
    void verificaGivesARowPerAttestationAndExitOneWhenALineDiffers() {
        CliEndToEndTest.Run r = run("isee", "verifica", "--attestazione", EX + "inps-attestazioni");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().toList()).hasSize(4).anySatisfy(l -> assertThat(l).startsWith("errore.xml,INPS-ISEE-2026-00012345A-00,2,19,1,differisce,")
                .contains("8928.75 ≠ 8928.57"));
        assertThat(r.err()).contains("1 attestazioni");
        CliEndToEndTest.Run one = run("isee", "verifica", "--attestazione", EX + "inps-attestazione.xml");
        assertThat(one.code()).isZero();
        assertThat(one.out()).contains("concorda");
    }

    @Test
    void aDsuInInpsXmlGivesTheRowOfItsCsvTwin() {
        CliEndToEndTest.Run xml = run("isee", "--dsu-xml", EX + "inps-dsu.xml");
        CliEndToEndTest.Run csv = run("isee", "--households", EX + "inps-dsu.csv", "--members", EX + "inps-dsu-membri.csv", "--date", "2026-01-20");
        assertThat(xml.code()).isZero();
        assertThat(xml.out()).isEqualTo(csv.out()).contains("CAF2026-000123,ordinario,ordinario,24900.00,33000.00,31500.00,3.26,9662.58,0.00,9662.58");
    }

    @Test
    void siussWritesTheFlowValidatedAgainstInpsSchema() throws IOException {
        Path out = dir.resolve("flusso.xml");
        CliEndToEndTest.Run r = run(concat("siuss", "--decisioni", EX + "siuss-decisioni.csv", "--beneficiari", EX + "siuss-beneficiari.csv", "-o",
                out.toString()));
        assertThat(r.code()).isZero();
        byte[] xml = Files.readAllBytes(out);
        it.fsr.inps.siuss.SiussFlussi.validate(xml);
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains("Nome=\"C_E506.PSA.20260430.0000001\"", "ImportoQuotaEnte=\"205.40\"");
        // one flow per prestazione for WaaS's application cooperation
        CliEndToEndTest.Run coop = run(concat("siuss", "--decisioni", EX + "siuss-decisioni.csv", "--beneficiari", EX + "siuss-beneficiari.csv",
                "--cooperazione", "--cartella", dir.toString(), "--progressivo", "7"));
        assertThat(coop.code()).isZero();
        assertThat(dir.resolve("C_E506.PSA.20260430.0000007.xml")).exists();
        assertThat(dir.resolve("C_E506.PSA.20260430.0000008.xml")).exists();
    }

    @Test
    void aWrongCodiceFiscaleOrAmountWritesNothing() throws IOException {
        Path d = dir.resolve("d.csv");
        Files.writeString(d, Files.readString(Path.of(EX + "siuss-decisioni.csv")).replace("205.40,70.60", "205.40,70.00")
                .replace("A1.04", "A7.77"));
        Path b = dir.resolve("b.csv");
        Files.writeString(b, Files.readString(Path.of(EX + "siuss-beneficiari.csv")).replace("BNCLRA87A41H501K", "BNCLRA87A41H501X"));
        Path out = dir.resolve("flusso.xml");
        Files.writeString(out, "previous");
        CliEndToEndTest.Run r = run(concat("siuss", "--decisioni", d.toString(), "--beneficiari", b.toString(), "-o", out.toString()));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("b.csv:3: codice_fiscale", "FSR-CF-CHECK", "d.csv:2: quota_ente", "FSR-SIUSS-QUOTE", "d.csv:3: codice_prestazione",
                "FSR-SIUSS-CODE").doesNotContain("BNCLRA87A41H501X");
        assertThat(Files.readString(out)).isEqualTo("previous");
        CliEndToEndTest.Run usage = run("siuss", "--decisioni", d.toString(), "--beneficiari", b.toString());
        assertThat(usage.code()).isEqualTo(2);
    }

    static String[] concat(String... head) {
        String[] all = new String[head.length + ENTE.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(ENTE, 0, all, head.length, ENTE.length);
        return all;
    }
}
