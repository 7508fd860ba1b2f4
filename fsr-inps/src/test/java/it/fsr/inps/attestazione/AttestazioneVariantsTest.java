package it.fsr.inps.attestazione;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.inps.CodiceFiscale;
import it.fsr.isee.Variant;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The attestation's other blocks (ISEE_Attestazione 1.4): a minor with a componente aggiuntiva, the università and
 * residential blocks, the ISEE corrente's validity, a variation; each chosen for its service as DPCM 159/2013 artt. 6-9 say.
 */
class AttestazioneVariantsTest {
    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    static String minorenni() {
        return new String(AttestazioneXmlTest.resource("minorenni.xml"), StandardCharsets.UTF_8);
    }

    static String socio() {
        return new String(AttestazioneXmlTest.resource("sociosanitario.xml"), StandardCharsets.UTF_8);
    }

    static Attestazione read(String xml) {
        return AttestazioneXml.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMinorWithAComponenteAggiuntivaHasItAddedToTheIsee() {
        // Giulia's block: ISEEMinAgg, ISE 20,000 / 2.24 = 8,928.57 + the father's componente aggiuntiva 1,250.00 = 10,178.57
        String xml = minorenni().replace("<ISEENonCalcolabile/>", """
                <ISEEMinAgg DataRilascio="2026-01-16">
                  <ComponenteAgguntiva><ComponenteAttrattaAggiuntiva Cognome="VERDI" Nome="PAOLO" CodiceFiscale="VRDPLA80B12F205X" ValoreComponenteAggiuntiva="1250.00"/></ComponenteAgguntiva>
                  <Valori ISE="20000.00" ScalaEquivalenza="2.24" ISEE="10178.57" ISR="20000.00" ISP="0.00"/>
                  <ModalitaCalcoloISEEMinAggr SommaRedditiComponenti="24000.00" RedditoFigurativoPatrimonioMobiliare="0.00" Detrazioni="4000.00"
                      ISR="20000.00" PatrimonioMobiliare="8000.00" DetrazionePatrimonioMobiliare="8000.00" PatrimonioImmobiliare="0.00"
                      DetrazionePatrimonioImmobiliare="0.00" ISP="0.00" ISE="20000.00" ParametroNucleo="2.04" Maggiorazioni="0.20" ScalaEquivalenza="2.24"/>
                </ISEEMinAgg>""");
        Attestazione a = read(xml);
        assertThat(a.verifica().concorda()).isTrue();
        AttestazioneUsata giulia = a.perServizio(new Richiesta(Variant.MINORENNI, AttestazioneXmlTest.GIULIA, MARCH, Difformita.NON_AMMESSE));
        assertThat(giulia.attestazione().isee()).isEqualTo(Euro.parse("10178.57"));
        // the ISEE is not ISE / scale: the ISE is not passed on (a rescaling would drop the componente aggiuntiva)
        assertThat(giulia.attestazione().ise()).isEmpty();
        assertThat(giulia.indicatore().calcolo().componentiAggiuntive()).containsExactly(new java.math.BigDecimal("1250.00"));
        // the same attestation with the componente left out of the ISEE: verifica names the line
        Verifica wrong = read(xml.replace("ISEE=\"10178.57\"", "ISEE=\"8928.57\"")).verifica();
        assertThat(wrong.differenze()).extracting(RigaVerifica::voce).containsExactly("ISEE");
        assertThat(wrong.differenze().get(0).regola()).contains("componenti aggiuntive");
    }

    @Test
    void theUniversityAndResidentialBlocksPointToTheRightFigures() {
        CodiceFiscale luca = AttestazioneXmlTest.LUCA;
        String uni = minorenni().replace("</ISEEMin>", "</ISEEMin><ISEEUni><StudenteUniversitario Cognome=\"VERDI\" Nome=\"LUCA\" CodiceFiscale=\""
                + luca.value() + "\"><ISEEOrd/></StudenteUniversitario></ISEEUni>");
        AttestazioneUsata student = read(uni).perServizio(new Richiesta(Variant.UNIVERSITA, luca, MARCH, Difformita.NON_AMMESSE));
        assertThat(student.indicatore().esito()).isEqualTo(Indicatore.Esito.COME_ORDINARIO);
        assertThat(student.attestazione().isee()).isEqualTo(Euro.parse("8928.57"));
        CodiceFiscale anna = AttestazioneXmlTest.ANNA;
        // residential, ordinary nucleus: ISEEOrd is the ordinary ISEE
        String res = socio().replace("</ISEEOrdinario>", "</ISEEOrdinario><ISEESocioSanRes><ComponenteSocioSanitarieRes Cognome=\"ROSSI\" Nome=\"ANNA\" CodiceFiscale=\""
                + anna.value() + "\"><ISEEOrd/></ComponenteSocioSanitarieRes></ISEESocioSanRes>");
        assertThat(read(res).perServizio(new Richiesta(Variant.RESIDENZE, anna, MARCH, Difformita.NON_AMMESSE)).attestazione().isee())
                .isEqualTo(Euro.parse("20024.15"));
        // residential, nucleo ristretto: ISEERistretto inside the residential block is the ristretto's ISEE
        String resRistretto = socio().replace("</ISEERistretto>", "</ISEERistretto><ISEESocioSanResRistretto><ComponenteSocioSanitarieRes Cognome=\"ROSSI\" "
                + "Nome=\"ANNA\" CodiceFiscale=\"" + anna.value() + "\"><ISEERistretto/></ComponenteSocioSanitarieRes></ISEESocioSanResRistretto>");
        AttestazioneUsata rsa = read(resRistretto).perServizio(new Richiesta(Variant.RESIDENZE, anna, MARCH, Difformita.NON_AMMESSE));
        assertThat(rsa.indicatore().esito()).isEqualTo(Indicatore.Esito.COME_RISTRETTO);
        assertThat(rsa.attestazione().isee()).isEqualTo(Euro.parse("13233.33"));
        // residential ristretto not computable: refused
        String nc = resRistretto.replace("\"><ISEERistretto/></ComponenteSocioSanitarieRes>", "\"><ISEENonCalcolabile/></ComponenteSocioSanitarieRes>");
        assertThatThrownBy(() -> read(nc).perServizio(new Richiesta(Variant.RESIDENZE, anna, MARCH, Difformita.NON_AMMESSE)))
                .isInstanceOf(ValidationException.class);
        // someone who is not among the minors
        assertThatThrownBy(() -> read(minorenni()).perServizio(new Richiesta(Variant.MINORENNI, anna, MARCH, Difformita.NON_AMMESSE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-INPS-VARIANT-ABSENT"));
    }

    @Test
    void anIseeCorrenteIsValidUntilItsOwnEndAndAVariationIsRead() {
        String corrente = minorenni().replace("<Ordinario>", "<Ordinario Corrente=\"SI\">")
                .replace("DataValidita=\"2026-12-31\"", "DataValidita=\"2026-12-31\" DataScadenzaDSUCorrente=\"2026-07-14\"")
                .replace("</Ordinario>", "</Ordinario><Variazione TipoVariazione=\"Ricalcolo\" NumeroProtocolloDSUVariata=\"INPS-ISEE-2026-00012344A-00\" "
                        + "DataPresentazioneDSUVariata=\"2026-01-10\"/>");
        Attestazione a = read(corrente);
        assertThat(a.corrente()).isTrue();
        assertThat(a.validaFinoA()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(a.variazione()).hasValueSatisfying(v -> {
            assertThat(v.tipo()).isEqualTo("Ricalcolo");
            assertThat(v.dataDsuVariata()).isEqualTo(LocalDate.of(2026, 1, 10));
        });
        assertThatThrownBy(() -> a.perServizio(new Richiesta(Variant.ORDINARIO, null, LocalDate.of(2026, 7, 15), Difformita.AMMESSE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-INPS-EXPIRED"));
        assertThat(a.perServizio(new Richiesta(Variant.ORDINARIO, null, LocalDate.of(2026, 7, 14), Difformita.AMMESSE)).explanation().steps().get(0).source())
                .contains("art. 9");
        assertThat(a).isEqualTo(read(corrente)).hasSameHashCodeAs(read(corrente)).isNotEqualTo(read(minorenni()));
        assertThat(a.dichiarante().value()).isEqualTo("BNCLRA87A41H501K");
        assertThat(a.dataPresentazione()).isEqualTo(LocalDate.of(2026, 1, 15));
    }
}
