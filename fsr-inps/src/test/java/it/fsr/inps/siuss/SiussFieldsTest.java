package it.fsr.inps.siuss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the PS-PSA record names the field that breaks it, at the prestazione's place in the list
 * ({@code prestazione[2].data_inizio}); the flow is a whole XML document (declaration, every element closed), with
 * each figure the record asks for.
 */
class SiussFieldsTest {
    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    private static List<String> fields(Prestazione... p) {
        try {
            SiussFlussi.write(SiussRulesTest.ENTE, SiussRulesTest.DAY, 1, List.of(SiussFlussiTest.BEN), List.of(p), CodiciPrestazione.defaults(),
                    SiussFlussi.Modalita.UPLOAD);
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    private static Prestazione monthly(LocalDate start, Euro monthly) {
        return Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, SiussRulesTest.ANNA, "A2.07", "SAD-1", start, null, monthly, null);
    }

    private static Prestazione once(LocalDate day, Euro amount) {
        return Prestazione.occasionale(Prestazione.ProvaMezzi.NESSUNA, SiussRulesTest.ANNA, "A1.04", "CE-1", day, amount);
    }

    @Test
    void eachRuleNamesItsFieldAtThePrestazionesPlace() {
        Prestazione good = monthly(MARCH, Euro.parse("276.00"));
        assertThat(fields(good, monthly(null, Euro.parse("276.00")))).containsExactly("prestazione[2].data_inizio");
        assertThat(fields(monthly(MARCH, null))).containsExactly("prestazione[1].importo_mensile");
        assertThat(fields(monthly(MARCH, Euro.ZERO))).containsExactly("prestazione[1].importo_mensile");
        assertThat(fields(once(null, Euro.parse("10.00")))).containsExactly("prestazione[1].data_erogazione");
        assertThat(fields(once(MARCH, null))).containsExactly("prestazione[1].importo");
        assertThat(fields(once(MARCH, Euro.ZERO))).containsExactly("prestazione[1].importo");
        assertThat(fields(good.conIsee(null, LocalDate.of(2026, 1, 1), null))).contains("prestazione[1].protocollo_dsu");
        assertThat(fields(good.conIsee("INPS-ISEE-2026-00098765B-01", null, null))).containsExactly("prestazione[1].data_dsu");
        // the end in another year, or before the start
        assertThat(fields(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, SiussRulesTest.ANNA, "A2.07", "SAD-1", MARCH, LocalDate.of(2027, 1, 1),
                Euro.parse("1.00"), null))).containsExactly("prestazione[1].data_fine");
        assertThat(fields(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, SiussRulesTest.ANNA, "A2.07", "SAD-1", MARCH, MARCH,
                Euro.parse("1.00"), 12))).isEmpty();
        assertThat(fields(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, SiussRulesTest.ANNA, "A2.07", "SAD-1", MARCH, null,
                Euro.parse("1.00"), 13))).containsExactly("prestazione[1].mesi");
    }

    @Test
    void theFlowsFramingIsCheckedBeforeAnyRecord() {
        assertThatThrownBy(() -> SiussFlussi.write(null, null, 0, List.of(SiussFlussiTest.BEN), List.of(monthly(MARCH, Euro.parse("1.00"))), null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("ente", "data_invio", "codici", "modalita", "progressivo"));
        assertThatThrownBy(() -> SiussFlussi.write(SiussRulesTest.ENTE, SiussRulesTest.DAY, 10_000_000, List.of(SiussFlussiTest.BEN),
                List.of(monthly(MARCH, Euro.parse("1.00"))), CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("progressivo"));
        assertThat(SiussFlussi.write(SiussRulesTest.ENTE, SiussRulesTest.DAY, 9_999_999, List.of(SiussFlussiTest.BEN),
                List.of(monthly(MARCH, Euro.parse("1.00"))), CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD)).hasSize(1);
        // a beneficiary listed twice: the second is the problem
        assertThat(fieldsOf(List.of(SiussFlussiTest.BEN, SiussFlussiTest.BEN))).containsExactly("beneficiario[2].codice_fiscale");
    }

    private static List<String> fieldsOf(List<Beneficiario> beneficiari) {
        try {
            SiussFlussi.write(SiussRulesTest.ENTE, SiussRulesTest.DAY, 1, beneficiari, List.of(monthly(MARCH, Euro.parse("1.00"))),
                    CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD);
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Test
    void theFlowIsAWholeDocumentWithEachFigure() throws Exception {
        Prestazione p = Prestazione.periodica(Prestazione.ProvaMezzi.ISEE, SiussRulesTest.ANNA, "A2.07", "SAD-1", MARCH, LocalDate.of(2026, 12, 31),
                Euro.parse("276.00"), 10).conIsee("INPS-ISEE-2026-00098765B-01", LocalDate.of(2026, 1, 15), null);
        Flusso f = SiussFlussi.write(SiussRulesTest.ENTE, SiussRulesTest.DAY, 1, List.of(SiussFlussiTest.BEN), List.of(p), CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.UPLOAD).get(0);
        String text = f.text();
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").endsWith("</Flusso>");
        assertThat(text).contains("AnnoProtocolloDSU=\"2026\"", "DataDSU=\"2026-01-15\"", "PeriodoErogazione=\"10\"", "ImportoMensile=\"276.00\"",
                "DataFinePrestazione=\"2026-12-31\"", "</Beneficiario>");
        // a parser reads it whole
        javax.xml.parsers.DocumentBuilderFactory dbf = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        org.w3c.dom.Document doc = dbf.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("Flusso");
        assertThat(doc.getElementsByTagNameNS("*", "PrestazioniSociali").getLength()).isEqualTo(1);
        // the schema refuses what is not a flow
        assertThatThrownBy(() -> SiussFlussi.validate(text.replace("AnnoProtocolloDSU=\"2026\"", "AnnoProtocolloDSU=\"26\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-XML-SCHEMA"));
        assertThatThrownBy(() -> SiussFlussi.validate("<Flusso".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class);
    }
}
