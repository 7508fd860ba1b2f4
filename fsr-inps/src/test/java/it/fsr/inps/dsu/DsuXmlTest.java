package it.fsr.inps.dsu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuParameters;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.io.DsuFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DSU in INPS's schema {@code ISEE_Dichiarazione} 1.3 (as published in github.com/pagopa/idpay-admissibility-assessor,
 * src/main/resources/wsdocs/inps/ISEE_Dichiarazione.xsd; our own document written from its shape) and its twin in fsr's
 * CSV give the same DSU and the same ISEE.
 */
class DsuXmlTest {
    @TempDir
    Path dir;

    static byte[] resource(String name) {
        try (InputStream in = DsuXmlTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theXmlAndItsCsvTwinAreTheSameDsuAndTheSameIsee() throws IOException {
        Dsu xml = DsuXml.read(resource("famiglia.xml"), DsuParameters.defaults());
        Path d = dir.resolve("famiglia.csv");
        Path m = dir.resolve("famiglia-membri.csv");
        Files.write(d, resource("famiglia.csv"));
        Files.write(m, resource("famiglia-membri.csv"));
        List<Dsu> csv = DsuFiles.readDsus(d, m, null, DsuFiles.Options.of(LocalDate.of(2026, 1, 20), Variant.ORDINARIO, Purpose.ORDINARIO));
        assertThat(csv).hasSize(1);
        assertThat(xml).isEqualTo(csv.get(0));
        DsuResult a = DsuCalculator.compute(xml, Variant.ORDINARIO, Purpose.ORDINARIO);
        DsuResult b = DsuCalculator.compute(csv.get(0), Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(a.iseeFinal()).isEqualTo(b.iseeFinal());
        assertThat(a.scale()).isEqualByComparingTo(b.scale());
        // the figures, by hand: ISR = (22,000 + 1,500 + 600 − 20% × 22,000 capped at 3,000) + (15,000 − 1,200 − 3,000) − rent 7,000 = 24,900
        assertThat(a.isr()).isEqualTo(it.fsr.core.money.Euro.parse("24900.00"));
    }

    @Test
    void whatFsrCannotReadIsAnErrorNamingIt() {
        String xml = new String(resource("famiglia.xml"), StandardCharsets.UTF_8)
                .replace("<Operazione Tipo=\"N\"/>", "<Operazione Tipo=\"R\"/>")
                .replace("RedditoIRPEF=\"15000\" LavoroDipendente=\"15000\"", "RedditoIRPEF=\"15000\" LavoroDipendente=\"15000\" SpeseCollabDomestici=\"900\"")
                .replace("<CondizioniNucleo FlagLavoroGenitori=\"true\" FlagUnicoGenitore=\"false\"/>", "")
                .replace("TipoRapporto=\"03\"", "TipoRapporto=\"07\" Valore=\"5000\"")
                .replace("<AssegniPeriodici AssegniFigli=\"1200\"/>", "<AssegniPeriodici AssegniFigli=\"1200\" Bonus=\"1\"/>");
        assertThatThrownBy(() -> DsuXml.read(xml.getBytes(StandardCharsets.UTF_8), DsuParameters.defaults()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .contains("FSR-DSU-XML-OPERATION", "FSR-DSU-XML-UNSUPPORTED", "FSR-DSU-XML-WORK", "FSR-DSU-XML-BONDS", "FSR-XML-UNKNOWN-ATTRIBUTE"));
        String attestation = "<Attestazione xmlns=\"http://inps.it/ISEERiforma\"/>";
        assertThatThrownBy(() -> DsuXml.read(attestation.getBytes(StandardCharsets.UTF_8), DsuParameters.defaults()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-XML-NOT-SCHEMA"));
    }
}
