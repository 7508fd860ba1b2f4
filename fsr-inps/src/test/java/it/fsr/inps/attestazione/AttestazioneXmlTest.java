package it.fsr.inps.attestazione;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.inps.CodiceFiscale;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Variant;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleInput;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.WorkStatus;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Attestations written from the shape of INPS's schema {@code ISEE_Attestazione} 1.4 (the WSDL/XSD of the e-service
 * ConsultazioneISEE v2.8 as published in github.com/pagopa/idpay-admissibility-assessor,
 * src/main/resources/wsdocs/inps/): read, chosen for a service, into fsr's calculators, and checked.
 */
public class AttestazioneXmlTest {
    static final CodiceFiscale LUCA = CodiceFiscale.of("RSSLCU18C15H501R", "cf");
    static final CodiceFiscale GIULIA = CodiceFiscale.of("RSSGLI22E50H501U", "cf");
    static final CodiceFiscale ANNA = CodiceFiscale.of("RSSNNA40M60H501V", "cf");
    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    public static byte[] resource(String name) {
        try (InputStream in = AttestazioneXmlTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Attestazione read(String name) {
        return AttestazioneXml.read(resource(name));
    }

    @Test
    void theOrdinaryIndicatorGoesIntoTheCalculatorsAsTheAttestationPrintsIt() {
        Attestazione a = read("minorenni.xml");
        assertThat(a.protocollo()).isEqualTo("INPS-ISEE-2026-00012345A-00");
        assertThat(a.nucleo()).extracting(Componente::rapporto).containsExactly("D", "F", "F");
        AttestazioneUsata used = a.perServizio(new Richiesta(Variant.ORDINARIO, null, MARCH, Difformita.NON_AMMESSE));
        IseeAttestation expected = IseeAttestation.of(Euro.parse("8928.57"), new BigDecimal("2.24"), Euro.parse("20000.00"));
        assertThat(used.attestazione()).isEqualTo(expected);
        assertThat(used.indicatore().calcolo().elemento()).isEqualTo("ISEEOrdinario");
        // into the Fattore Famiglia as any attestation: the same rescaling as the figures typed by hand
        Household h = Household.of("h", MARCH, Member.declarant(38, WorkStatus.WORKS), Member.child(7).withId("l"), Member.child(3).withId("g"));
        assertThat(FattoreFamiglia.rescale(h, used.attestazione())).isEqualTo(FattoreFamiglia.rescale(h, expected));
        // and into a Comune's schedule
        // and into a Comune's schedule: 8.00 × 8,928.57 / 30,000 = 2.38 an hour
        assertThat(monopoli().charge(User.of("u", used.attestazione().isee())).fee()).isEqualTo(Euro.parse("2.38"));
        assertThat(used.explanation().steps()).isNotEmpty();
    }

    @Test
    void theMinorenniIseeOfAChildWithTheAttractedParentIsHisBlock() {
        Attestazione a = read("minorenni.xml");
        AttestazioneUsata luca = a.perServizio(new Richiesta(Variant.MINORENNI, LUCA, MARCH, Difformita.NON_AMMESSE));
        assertThat(luca.attestazione().isee()).isEqualTo(Euro.parse("19548.87"));
        assertThat(luca.attestazione().scale()).isEqualByComparingTo("2.66");
        assertThat(luca.attestazione().ise()).contains(Euro.parse("52000.00"));
        assertThat(luca.indicatore().calcolo().elemento()).isEqualTo("ISEEMinAttr");
        Charge c = monopoli().charge(User.of("luca", luca.attestazione().isee()));
        assertThat(c.fee()).isEqualTo(Euro.parse("5.21")); // 8.00 × 19,548.87 / 30,000
        // Giulia's could not be computed: refused with the reason, never replaced by the ordinary one
        assertThatThrownBy(() -> a.perServizio(new Richiesta(Variant.MINORENNI, GIULIA, MARCH, Difformita.NON_AMMESSE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("FSR-INPS-NON-CALCOLABILE"));
    }

    @Test
    void theSociosanitaryIseeIsTheNucleoRistretto() {
        Attestazione a = read("sociosanitario.xml");
        AttestazioneUsata anna = a.perServizio(new Richiesta(Variant.SOCIOSANITARIO, ANNA, MARCH, Difformita.NON_AMMESSE));
        assertThat(anna.attestazione()).isEqualTo(IseeAttestation.of(Euro.parse("13233.33"), new BigDecimal("1.50"), Euro.parse("19850.00")));
        assertThat(anna.indicatore().tipo()).isEqualTo(TipoIndicatore.RISTRETTO);
        // the ordinary of the same DSU is the two-member nucleus
        assertThat(a.perServizio(new Richiesta(Variant.ORDINARIO, null, MARCH, Difformita.AMMESSE)).attestazione().isee())
                .isEqualTo(Euro.parse("20024.15"));
        // no residential block for her: the residenze ISEE is not in this attestation
        assertThatThrownBy(() -> a.perServizio(new Richiesta(Variant.RESIDENZE, ANNA, MARCH, Difformita.AMMESSE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("FSR-INPS-VARIANT-ABSENT"));
        assertThat(a.verifica().concorda()).isTrue();
    }

    @Test
    void omissioniAreUsedOnlyWhereTheEnteAdmitsThem() {
        Attestazione a = read("difformita.xml");
        assertThat(a.omissioni()).extracting(Omissione::tipo).containsExactly("PatrimoniMobiliariSopraSoglia");
        assertThatThrownBy(() -> a.perServizio(new Richiesta(Variant.ORDINARIO, null, MARCH, Difformita.NON_AMMESSE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("FSR-INPS-DIFFORMITA"));
        AttestazioneUsata used = a.perServizio(new Richiesta(Variant.ORDINARIO, null, MARCH, Difformita.AMMESSE));
        assertThat(used.attestazione().isee()).isEqualTo(Euro.parse("8928.57"));
        assertThat(used.explanation().steps()).anySatisfy(s -> assertThat(s.source()).isEqualTo("DPCM 159/2013 art. 11 c. 6"));
    }

    @Test
    void anAttestationIsRefusedOutsideItsValidityEveryReasonAtOnce() {
        Attestazione a = read("difformita.xml");
        assertThatThrownBy(() -> a.perServizio(new Richiesta(Variant.MINORENNI, GIULIA, LocalDate.of(2027, 1, 1), Difformita.NON_AMMESSE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("FSR-INPS-EXPIRED", "FSR-INPS-DIFFORMITA", "FSR-INPS-NON-CALCOLABILE"));
        assertThatThrownBy(() -> a.perServizio(new Richiesta(Variant.ORDINARIO, null, LocalDate.of(2026, 1, 14), Difformita.AMMESSE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("FSR-INPS-BEFORE-DSU"));
        assertThatThrownBy(() -> new Richiesta(Variant.MINORENNI, null, MARCH, Difformita.AMMESSE)).isInstanceOf(ValidationException.class);
    }

    @Test
    void verificaFindsTheSeededErrorWithBothFiguresAndTheArticle() {
        assertThat(read("minorenni.xml").verifica().concorda()).isTrue();
        Verifica v = read("errore.xml").verifica();
        assertThat(v.concorda()).isFalse();
        assertThat(v.differenze()).singleElement().satisfies(r -> {
            assertThat(r.voce()).isEqualTo("ISEE");
            assertThat(r.stampato()).isEqualByComparingTo("8928.75");
            assertThat(r.ricalcolato()).isEqualByComparingTo("8928.57");
            assertThat(r.fonte()).contains("DPCM 159/2013 art. 2 c. 2");
            assertThat(r.indicatore()).startsWith("ordinario");
        });
    }

    @Test
    void verificaChecksEveryLineOfTheModalitaDiCalcolo() {
        String xml = new String(resource("minorenni.xml"), StandardCharsets.UTF_8)
                // the ISR of the attracted block is not Σ incomes + figurativo − detrazioni; the franchigia of the ordinary exceeds art. 5 c. 4
                .replace("ISR=\"44000.00\" PatrimonioMobiliare", "ISR=\"44100.00\" PatrimonioMobiliare")
                .replace("DetrazionePatrimonioMobiliare=\"8000.00\"", "DetrazionePatrimonioMobiliare=\"11000.00\"")
                .replace("PatrimonioMobiliare=\"8000.00\"", "PatrimonioMobiliare=\"11000.00\"");
        Verifica v = AttestazioneXml.read(xml.getBytes(StandardCharsets.UTF_8)).verifica();
        assertThat(v.differenze()).extracting(RigaVerifica::voce)
                .containsExactlyInAnyOrder("franchigia patrimonio mobiliare (massimo)", "ISR (Valori)", "ISR", "ISE");
        assertThat(v.differenze()).filteredOn(r -> r.voce().startsWith("franchigia")).singleElement()
                .satisfies(r -> assertThat(r.ricalcolato()).isEqualByComparingTo("10000.00"));
    }

    @Test
    void theServiceSendsItAsBase64InsideItsAnswer() {
        String b64 = Base64.getMimeEncoder().encodeToString(resource("minorenni.xml"));
        String soap = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ConsultazioneAttestazioneResponse xmlns=\"http://inps.it/ConsultazioneISEE\"><ConsultazioneAttestazioneResult>"
                + "<Esito>OK</Esito><XmlEsitoAttestazione>" + b64 + "</XmlEsitoAttestazione>"
                + "</ConsultazioneAttestazioneResult></ConsultazioneAttestazioneResponse></soap:Body></soap:Envelope>";
        assertThat(AttestazioneXml.read(soap.getBytes(StandardCharsets.UTF_8))).isEqualTo(read("minorenni.xml"));
        assertThat(AttestazioneXml.read(b64.getBytes(StandardCharsets.US_ASCII))).isEqualTo(read("minorenni.xml"));
        String esito = "<EsitoAttestazione xmlns=\"http://inps.it/ISEERiforma\">"
                + new String(resource("minorenni.xml"), StandardCharsets.UTF_8).replaceFirst("(?s)<\\?xml.*?\\?>", "").replaceFirst("(?s)<!--.*?-->", "")
                + "<Ricerca><RicercaCF CodiceFiscale=\"BNCLRA87A41H501K\"/></Ricerca></EsitoAttestazione>";
        assertThat(AttestazioneXml.read(esito.getBytes(StandardCharsets.UTF_8))).isEqualTo(read("minorenni.xml"));
    }

    @Test
    void badInputIsEveryProblemAtOnceWithCodesAndNoPersonalData() {
        String xml = new String(resource("minorenni.xml"), StandardCharsets.UTF_8)
                .replace("CodiceFiscale=\"RSSGLI22E50H501U\"/>", "CodiceFiscale=\"RSSGLI22E50H501A\"/>")
                .replace("ISE=\"20000.00\" ScalaEquivalenza", "ISE=\"20.000,00\" ScalaEquivalenza")
                .replace("DataValidita=\"2026-12-31\"", "DataValidita=\"31/12/2026\"")
                .replace("<ISEEOrdinario DataRilascio", "<Bonus/><ISEEOrdinario DataRilascio");
        assertThatThrownBy(() -> AttestazioneXml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::code)
                            .contains("FSR-CF-CHECK", "FSR-XML-NOT-DECIMAL", "FSR-XML-NOT-DATE", "FSR-XML-UNKNOWN-ELEMENT");
                    assertThat(e.getMessage()).doesNotContain("RSSGLI22E50H501A").doesNotContain("GIULIA");
                });
        assertThatThrownBy(() -> AttestazioneXml.read("<a>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-XML-MALFORMED"));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Attestazione xmlns=\"http://inps.it/ISEERiforma\">&x;</Attestazione>";
        assertThatThrownBy(() -> AttestazioneXml.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-XML-MALFORMED"));
        assertThatThrownBy(() -> AttestazioneXml.read("<Dichiarazione xmlns=\"http://inps.it/ISEERiforma\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-XML-NOT-SCHEMA"));
        assertThat(read("minorenni.xml").toString()).doesNotContain("BNC").doesNotContain("8928");
    }

    /** The Monopoli SAD schedule of the README (DCC 65 del 11/12/2017), for the tests that price a user. */
    public static Schedule monopoli() {
        return ScheduleInput.read("monopoli.properties", """
                name=Monopoli SAD
                source=Comune di Monopoli, DCC 65 del 11/12/2017
                unit=ora
                cost=13,80
                isee=ordinario
                exempt_up_to=7.500,00
                segment.1=0|30.000,00|0|8,00
                full_cost_above=30.000,00
                """).schedule();
    }
}
