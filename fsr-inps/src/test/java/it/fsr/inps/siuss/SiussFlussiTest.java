package it.fsr.inps.siuss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.inps.CodiceFiscale;
import it.fsr.inps.attestazione.AttestazioneUsata;
import it.fsr.inps.attestazione.AttestazioneXml;
import it.fsr.inps.attestazione.Difformita;
import it.fsr.inps.attestazione.Richiesta;
import it.fsr.isee.Variant;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.User;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SIUSS flows PS-PSA (INPS, WaaS SIUSS specifica tecnica v2.0.1, allegato B, github.com/INPS-it/WaaS.Comuni),
 * validated against INPS's PS_PSA_SINA201812.xsd: the Comune's loop from the attestation to the flow.
 */
class SiussFlussiTest {
    static final Ente ENTE = new Ente("C_E506", "Comune di Lecco", "E507", CodiceFiscale.of("00623530136", "cf"));
    static final CodiceFiscale ANNA = CodiceFiscale.of("RSSNNA40M60H501V", "cf");
    static final Beneficiario BEN = new Beneficiario(ANNA, "ROSSI", "ANNA", 1940, "H501", Beneficiario.Genere.FEMMINA, "380", null,
            List.of(new Beneficiario.Indirizzo("03", "097042", "380")));

    static byte[] resource(String name) {
        try (InputStream in = SiussFlussiTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static AttestazioneUsata anna() {
        return AttestazioneXml.read(resource("/it/fsr/inps/attestazione/sociosanitario.xml"))
                .perServizio(new Richiesta(Variant.SOCIOSANITARIO, ANNA, LocalDate.of(2026, 3, 1), Difformita.NON_AMMESSE));
    }

    @Test
    void theComunesLoopFromTheAttestationToAValidFlow() {
        AttestazioneUsata used = anna();
        Charge charge = it.fsr.inps.attestazione.AttestazioneXmlTest.monopoli().charge(new User("anna", used.attestazione().isee(), null, new BigDecimal("20")));
        // 8.00 × 13,233.33 / 30,000 = 3.53 an hour, 20 hours: she pays 70.60, the Comune 276.00 − 70.60 = 205.40
        assertThat(charge.userTotal()).isEqualTo(Euro.parse("70.60"));
        Prestazione p = Prestazione.daCompartecipazione(ANNA, "A2.07", "SAD-2026-0031", charge, used, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31), 10).conPresaInCarico(Prestazione.AreaUtenza.DISABILITA);
        List<Flusso> flows = SiussFlussi.write(ENTE, LocalDate.of(2026, 3, 5), 1, List.of(BEN), List.of(p), CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.UPLOAD);
        assertThat(flows).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("C_E506.PSA.20260305.0000001");
            assertThat(f.text()).contains("NumeroProtocolloDSU=\"INPS-ISEE-2026-00098765B-01\"", "AnnoProtocolloDSU=\"2026\"",
                    "DataDSU=\"2026-02-02\"", "CodicePrestazione=\"A2.07\"", "DenominazionePrestazione=\"Assistenza domiciliare socio-assistenziale\"",
                    "ImportoMensile=\"276.00\"", "ImportoQuotaEnte=\"205.40\"", "ImportoQuotaUtente=\"70.60\"", "PresaCarico=\"1\"", "AreaUtenza=\"2\"");
            SiussFlussi.validate(f.xml());
            assertThat(f.toString()).doesNotContain("RSS");
        });
    }

    @Test
    void applicationCooperationSendsOneBeneficiaryAndOnePrestazionePerFlow() {
        AttestazioneUsata used = anna();
        Prestazione a = Prestazione.occasionale(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A1.04", "CE-1", LocalDate.of(2026, 4, 10), Euro.parse("300.00"))
                .conIsee(used.protocollo(), used.dataDsu(), Euro.parse("9360.00")).conQuote(Euro.parse("300.00"), null, null);
        Prestazione b = Prestazione.occasionale(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A1.06", "BS-7", LocalDate.of(2026, 4, 20), Euro.parse("50.00"));
        List<Flusso> flows = SiussFlussi.write(ENTE, LocalDate.of(2026, 4, 30), 41, List.of(BEN), List.of(a, b), CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.COOPERAZIONE);
        assertThat(flows).extracting(Flusso::id).containsExactly("C_E506.PSA.20260430.0000041", "C_E506.PS.20260430.0000042");
        assertThat(flows.get(1).text()).contains("PresenzaProvaMezzi=\"4\"").doesNotContain("NumeroProtocolloDSU");
        assertThat(new String(java.util.Base64.getDecoder().decode(flows.get(0).base64()), StandardCharsets.UTF_8)).isEqualTo(flows.get(0).text());
    }

    @Test
    void badInputIsEveryProblemAtOnceAndNothingIsWritten() {
        Prestazione wrong = Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A9.99", "", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 31), Euro.parse("100.00"), 13)
                .conIsee("INPS-ISEE-2026-00098765B-01", null, null).conQuote(Euro.parse("60.00"), Euro.parse("30.00"), null)
                .conPresaInCarico(null);
        Prestazione stranger = Prestazione.occasionale(Prestazione.ProvaMezzi.NESSUNA, CodiceFiscale.of("RSSMRA85T10A562S", "cf"), "A1.04", "X", LocalDate.of(2026, 3, 1), Euro.ZERO);
        assertThatThrownBy(() -> SiussFlussi.write(ENTE, LocalDate.of(2026, 3, 5), 1, List.of(BEN), List.of(wrong, stranger),
                CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::code).containsExactlyInAnyOrder("FSR-SIUSS-YEAR", "FSR-RANGE", "FSR-SIUSS-CODE",
                            "FSR-SIUSS-DSU", "FSR-SIUSS-QUOTE", "FSR-SIUSS-AREA", "FSR-SIUSS-TEXT", "FSR-SIUSS-BENEFICIARY", "FSR-SIUSS-PERIODIC");
                    assertThat(e.violations()).extracting(Violation::field).contains("prestazione[1].codice_prestazione", "prestazione[2].codice_fiscale");
                    assertThat(e.getMessage()).doesNotContain("RSSMRA85T10A562S");
                });
        assertThatThrownBy(() -> CodiceFiscale.of("RSSMRA85T10A562T", "codice_fiscale"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-CF-CHECK"));
        assertThatThrownBy(() -> new Beneficiario(ANNA, "ROSSI", "ANNA", 1940, "ROMA", Beneficiario.Genere.FEMMINA, "IT", null,
                List.of(new Beneficiario.Indirizzo(null, null, "380"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("luogo_nascita", "cittadinanza", "codice_regione", "codice_comune"));
    }

    @Test
    void theSchemaRefusesAFlowThatIsNotItsShape() {
        String bad = "<Flusso xmlns=\"http://inps.it/Casellario\"><IdentificazioneFlusso Nome=\"x\"/></Flusso>";
        assertThatThrownBy(() -> SiussFlussi.validate(bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-XML-SCHEMA"));
    }

    @Test
    void codiciFiscaliPassOrFailTheirControlCharacter() {
        // the classic example of the Agenzia delle Entrate's algorithm, an omocodia of it, an entity's 11 digits
        assertThat(CodiceFiscale.problem("RSSMRA85T10A562S")).isNull();
        assertThat(CodiceFiscale.problem("rssmra85t10a562s ")).isNull();
        assertThat(CodiceFiscale.problem("00623530136")).isNull();
        assertThat(CodiceFiscale.problem("00623530137")).isEqualTo("FSR-CF-CHECK");
        assertThat(CodiceFiscale.problem("RSSMRA85T10A56")).isEqualTo("FSR-CF-FORMAT");
        assertThat(CodiceFiscale.of("RSSMRA85T10A562S", "cf").toString()).isEqualTo("RSS*************");
    }
}
