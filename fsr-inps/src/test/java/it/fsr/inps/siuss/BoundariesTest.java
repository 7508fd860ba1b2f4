package it.fsr.inps.siuss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.inps.CodiceFiscale;
import it.fsr.inps.attestazione.AttestazioneXml;
import it.fsr.inps.attestazione.Difformita;
import it.fsr.inps.attestazione.Richiesta;
import it.fsr.isee.Variant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record's bounds exactly at their edges (INPS, WaaS SIUSS specifica tecnica v2.0.1, tabelle 2-9). */
class BoundariesTest {
    static final CodiceFiscale OP = CodiceFiscale.of("00623530136", "cf");

    @Test
    void theEntesTextsAtTheirEdges() {
        assertThatNoException().isThrownBy(() -> new Ente("x".repeat(32), "y".repeat(100), "E507", OP));
        assertThatThrownBy(() -> new Ente("x".repeat(33), null, "E507", OP)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Ente("C", "y".repeat(101), "E507", OP)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Ente("C", "", "E507", OP)).isInstanceOf(ValidationException.class);
        assertThatNoException().isThrownBy(() -> new Ente("C", "y", "E507", OP));
        // a flow's name at most 50 characters: an ente code of 32 gives 32 + 22
        assertThatThrownBy(() -> SiussFlussi.write(new Ente("x".repeat(32), null, "E507", OP), LocalDate.of(2026, 3, 5), 1, List.of(SiussFlussiTest.BEN),
                List.of(SiussRulesTest.monthly()), CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD)).isInstanceOf(ValidationException.class);
        assertThat(SiussFlussi.write(new Ente("x".repeat(30), null, "E507", OP), LocalDate.of(2026, 3, 5), 1, List.of(SiussFlussiTest.BEN),
                List.of(SiussRulesTest.monthly()), CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD).get(0).id()).hasSize(50);
    }

    @Test
    void theRecordsNumbersAtTheirEdges() {
        CodiceFiscale anna = SiussRulesTest.ANNA;
        for (int months : new int[] {1, 12}) {
            assertThat(SiussRulesTest.codes(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, anna, "A2.07", "S", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                    Euro.parse("0.01"), months))).isEmpty();
        }
        assertThat(SiussRulesTest.codes(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, anna, "A2.07", "x".repeat(32), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                Euro.parse("0.01"), 13))).containsExactly("FSR-RANGE");
        assertThat(SiussRulesTest.codes(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, anna, "A2.07", " ", LocalDate.of(2026, 1, 1), null, Euro.parse("0.01"), null)))
                .containsExactly("FSR-SIUSS-TEXT");
        assertThat(SiussRulesTest.codes(Prestazione.occasionale(Prestazione.ProvaMezzi.NESSUNA, anna, "A1.04", "CE", LocalDate.of(2026, 1, 1), Euro.parse("0.01"))
                .conQuote(Euro.parse("0.01"), Euro.ZERO, null))).isEmpty();
        assertThat(SiussRulesTest.codes(Prestazione.occasionale(Prestazione.ProvaMezzi.NESSUNA, anna, "A1.04", "CE", LocalDate.of(2026, 1, 1), Euro.parse("0.01"))
                .conQuote(null, null, Euro.parse("0.01")).conIsee("INPS-ISEE-2026-00098765B-01", LocalDate.of(2026, 1, 1), Euro.ZERO))).isEmpty();
        // a table's code of 5 and 10 characters, names of 10 and 200
        CodiciPrestazione t = CodiciPrestazione.read("t.csv", "codice,denominazione,valido_dal,fonte\nA1.01,Dieci car.,2015-01-01,x\nA1.01.0001,"
                + "n".repeat(200) + ",2015-01-01,x\n");
        assertThat(t.inVigore(LocalDate.of(2016, 1, 1))).containsExactly("A1.01", "A1.01.0001");
        assertThatThrownBy(() -> CodiciPrestazione.read("t.csv", "codice,denominazione,valido_dal,fonte\nA1.01.00001,Dieci car.,2015-01-01,x\n"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CodiciPrestazione.read("t.csv", "codice,denominazione,valido_dal,fonte\nA1.01," + "n".repeat(201) + ",2015-01-01,x\n"))
                .isInstanceOf(ValidationException.class);
        assertThat(new CodiciPrestazione.Codice("A", "B", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "s").inVigore(LocalDate.of(2020, 12, 31)))
                .isTrue();
    }

    @Test
    void anAttestationIsValidOnItsFirstAndLastDay() {
        var a = AttestazioneXml.read(it.fsr.inps.attestazione.AttestazioneXmlTest.resource("minorenni.xml"));
        assertThat(a.perServizio(new Richiesta(Variant.ORDINARIO, null, LocalDate.of(2026, 1, 15), Difformita.NON_AMMESSE)).attestazione().isee())
                .isEqualTo(Euro.parse("8928.57"));
        assertThat(a.perServizio(new Richiesta(Variant.ORDINARIO, null, LocalDate.of(2026, 12, 31), Difformita.NON_AMMESSE)).attestazione().ise())
                .contains(Euro.parse("20000.00"));
        assertThatThrownBy(() -> a.perServizio(new Richiesta(Variant.ORDINARIO, null, LocalDate.of(2027, 1, 1), Difformita.NON_AMMESSE)))
                .isInstanceOf(ValidationException.class);
        // a printed ISEE one cent from ISE / scale keeps the ISE; two cents and it is dropped
        String xml = new String(it.fsr.inps.attestazione.AttestazioneXmlTest.resource("minorenni.xml"), java.nio.charset.StandardCharsets.UTF_8);
        for (String[] c : new String[][] {{"8928.58", "present"}, {"8928.59", "absent"}}) {
            String moved = xml.replace("ScalaEquivalenza=\"2.24\" ISEE=\"8928.57\"", "ScalaEquivalenza=\"2.24\" ISEE=\"" + c[0] + "\"");
            var ise = AttestazioneXml.read(moved.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .perServizio(new Richiesta(Variant.ORDINARIO, null, LocalDate.of(2026, 3, 1), Difformita.NON_AMMESSE)).attestazione().ise();
            assertThat(ise.isPresent()).as(c[0]).isEqualTo(c[1].equals("present"));
        }
    }
}
