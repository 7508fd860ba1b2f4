package it.fsr.inps.attestazione;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attestation's blocks read or refused by their shape (ISEE_Attestazione 1.4): the omissioni's detail, a
 * variation's disputes and protocol, a person's one indicator, the attracted nucleus, the residential ristretto block;
 * an ISEE corrente said by the ridotto alone.
 */
class AttestazioneShapesTest {
    static String xml(String name) {
        return new String(AttestazioneXmlTest.resource(name), StandardCharsets.UTF_8);
    }

    static List<String> codes(String xml) {
        try {
            AttestazioneVariantsTest.read(xml);
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
    }

    @Test
    void theOmissionisDetailIsCheckedByItsShape() {
        String d = xml("difformita.xml");
        assertThat(codes(d)).isEmpty();
        assertThat(codes(d.replace("Saldo3112=\"4200\"", "Saldo3112=\"4200\" Altro=\"1\""))).containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        String ae = d.replace("</OmissioneDifformita>", "<RedditoAE TipoModelloAE=\"730\" RedditoComplessivoIRPEFAE=\"1000\"/></OmissioneDifformita>");
        assertThat(codes(ae)).isEmpty();
        assertThat(codes(ae.replace("RedditoComplessivoIRPEFAE=\"1000\"", "RedditoComplessivoIRPEFAE=\"1000\" Nota=\"x\"")))
                .containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
    }

    @Test
    void aVariationsDisputesAndProtocol() {
        String v = xml("sociosanitario.xml").replace("</Ordinario>", "</Ordinario><Variazione TipoVariazione=\"Contestazione\" "
                + "NumeroProtocolloDSUVariata=\"INPS-ISEE-2026-00012344A-00\" DataPresentazioneDSUVariata=\"2026-01-10\">"
                + "<DiscordanzeContestazione CFDiscordanza=\"RSSNNA40M60H501V\" TipologiaDiscordanza=\"1\"/></Variazione>");
        assertThat(codes(v)).isEmpty();
        assertThat(AttestazioneVariantsTest.read(v).variazione()).hasValueSatisfying(x -> assertThat(x.protocolloDsuVariata())
                .isEqualTo("INPS-ISEE-2026-00012344A-00"));
        assertThat(codes(v.replace("TipologiaDiscordanza=\"1\"", "TipologiaDiscordanza=\"1\" Esito=\"x\""))).containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        assertThat(codes(v.replace("INPS-ISEE-2026-00012344A-00", "DSU-12"))).containsExactly("FSR-INPS-PROTOCOL");
    }

    @Test
    void aPersonHasOneIndicatorOfItsShape() {
        String m = xml("minorenni.xml");
        assertThat(codes(m.replace("<ISEENonCalcolabile/>", "<ISEENonCalcolabile/><ISEENonCalcolabile/>"))).contains("FSR-XML-CHOICE");
        assertThat(codes(m.replace("<ISEENonCalcolabile/>", ""))).contains("FSR-XML-CHOICE");
        assertThat(codes(m.replace("<ISEENonCalcolabile/>", "<ISEENonCalcolabile Motivo=\"x\"/>"))).containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        assertThat(codes(m.replace("<ISEENonCalcolabile/>", "<ISEEOrd Motivo=\"x\"/>"))).containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        // a computed block without its modalità di calcolo
        assertThat(codes(m.replaceFirst("(?s)<ModalitaCalcoloISEEMinAttr .*?/>", ""))).contains("FSR-XML-MISSING-ELEMENT");
    }

    @Test
    void theAttractedNucleusIsCheckedByItsShape() {
        String m = xml("minorenni.xml");
        String attracted = m.replaceFirst("<ISEEMinAttr DataRilascio=\"2026-01-16\">", "<ISEEMinAttr DataRilascio=\"2026-01-16\"><NucleoFamiliareAttratto>"
                + "<ElementoNucleoAttratto RapportoConDichiarante=\"D\" Cognome=\"VERDI\" Nome=\"PAOLO\" CodiceFiscale=\"VRDPLA80B12F205X\"/>"
                + "</NucleoFamiliareAttratto>");
        assertThat(codes(attracted)).isEmpty();
        assertThat(codes(attracted.replace("<NucleoFamiliareAttratto>", "<NucleoFamiliareAttratto Numero=\"1\">")))
                .containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        assertThat(codes(attracted.replace("\"/></NucleoFamiliareAttratto>", "\" Eta=\"46\"/></NucleoFamiliareAttratto>")))
                .containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        assertThat(codes(attracted.replace("RapportoConDichiarante=\"D\" Cognome=\"VERDI\" Nome=\"PAOLO\"",
                "RapportoConDichiarante=\"ZIO\" Cognome=\"VERDI\" Nome=\"PAOLO\""))).containsExactly("FSR-XML-NOT-ONE-OF");
    }

    @Test
    void theResidentialRistrettoBlockIsCheckedByItsShape() {
        String res = xml("sociosanitario.xml").replace("</ISEERistretto>", "</ISEERistretto><ISEESocioSanResRistretto><ComponenteSocioSanitarieRes "
                + "Cognome=\"ROSSI\" Nome=\"ANNA\" CodiceFiscale=\"RSSNNA40M60H501V\"><ISEERistretto/></ComponenteSocioSanitarieRes></ISEESocioSanResRistretto>");
        assertThat(codes(res)).isEmpty();
        assertThat(codes(res.replace("<ISEESocioSanResRistretto>", "<ISEESocioSanResRistretto Numero=\"1\">"))).containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        assertThat(codes(res.replace("Nome=\"ANNA\" CodiceFiscale=\"RSSNNA40M60H501V\"><ISEERistretto/>",
                "Nome=\"ANNA\" CodiceFiscale=\"RSSNNA40M60H501V\" Eta=\"86\"><ISEERistretto/>"))).containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        assertThat(codes(res.replace("<ComponenteSocioSanitarieRes Cognome=\"ROSSI\" Nome=\"ANNA\" CodiceFiscale=\"RSSNNA40M60H501V\"><ISEERistretto/>"
                + "</ComponenteSocioSanitarieRes>", ""))).containsExactly("FSR-XML-MISSING-ELEMENT");
    }

    @Test
    void anIseeCorrenteSaidByTheRidottoAloneIsCorrente() {
        String s = xml("sociosanitario.xml");
        assertThat(AttestazioneVariantsTest.read(s).corrente()).isFalse();
        assertThat(AttestazioneVariantsTest.read(s.replace("<Ridotto CodiceFiscaleBeneficiario", "<Ridotto Corrente=\"SI\" CodiceFiscaleBeneficiario"))
                .corrente()).isTrue();
        assertThat(AttestazioneXml.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)))).isEqualTo(AttestazioneVariantsTest.read(s));
    }
}
