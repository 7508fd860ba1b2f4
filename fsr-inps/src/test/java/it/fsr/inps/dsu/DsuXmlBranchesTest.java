package it.fsr.inps.dsu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.inps.XmlFiles;
import it.fsr.inps.attestazione.AttestazioneXml;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reading of the DSU's quadri (ISEE_Dichiarazione 1.3) and each refusal, on variants of {@code famiglia.xml}. */
class DsuXmlBranchesTest {
    @TempDir
    Path dir;

    static String famiglia() {
        return new String(DsuXmlTest.resource("famiglia.xml"), StandardCharsets.UTF_8);
    }

    static Dsu read(String xml) {
        return DsuXml.read(xml.getBytes(StandardCharsets.UTF_8), DsuParameters.defaults());
    }

    static List<String> codes(String xml) {
        try {
            read(xml);
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
    }

    @Test
    void theMainHomeAndTheIncreasesAndTheNucleoRistretto() {
        String owner = famiglia().replace("FlagAbitazione=\"false\"", "FlagAbitazione=\"true\"")
                .replace("<Abitazione TipoAbitazione=\"001\">", "<Abitazione TipoAbitazione=\"000\">")
                .replaceFirst("(?s)<Locazione .*?</Locazione>", "")
                .replace("<PatrimonioMobiliare FlagPossessoRapportoFinanziario=\"true\">",
                        "<PatrimonioMobiliare FlagPossessoRapportoFinanziario=\"true\" FlagIncremento=\"true\"><Incremento IncrementoImmobiliare=\"3000\"/>");
        Dsu d = read(owner);
        // 50% of an IMU value of 60,000 is the main home with its residual mortgage of 10,000; no rent
        assertThat(d.homeValue()).isEqualTo(Euro.parse("30000.00"));
        assertThat(d.homeMortgage()).isEqualTo(Euro.parse("10000.00"));
        assertThat(d.otherRealEstate()).isEqualTo(Euro.ZERO);
        assertThat(d.rent()).isEqualTo(Euro.ZERO);
        // each member declares 3,000 of real estate bought in the year: the nucleus's increases are 6,000
        assertThat(d.assetIncreases()).isEqualTo(Euro.parse("6000.00"));
        // the modello ridotto names the beneficiary of a sociosanitary service
        String ridotto = famiglia().replace("</ModelloBase>", "</ModelloBase><ModelloBase Tipo=\"RID\"><NucleoRistretto>"
                + "<ComponenteNucleoRistretto CodiceFiscale=\"RSSTMS15P15L219X\" FlagBeneficiario=\"true\" RelazioneConBeneficiario=\"B\"/>"
                + "</NucleoRistretto><Abitazione TipoAbitazione=\"999\"/></ModelloBase>");
        Dsu r = read(ridotto);
        assertThat(r.members()).filteredOn(m -> m.beneficiary()).singleElement().satisfies(m -> assertThat(m.id()).isEqualTo("C3"));
        assertThat(DsuCalculator.compute(r, Variant.SOCIOSANITARIO, Purpose.ORDINARIO).nucleus()).contains("C3");
    }

    @Test
    void eachQuadroFsrDoesNotReadIsRefusedByName() {
        assertThat(codes(famiglia().replace("RapportoConDichiarante=\"P\"", "x").replace("<ComponenteNucleo RapportoConDichiarante=\"F\" FlagAssenzaReddito=\"true\">\n      <FoglioComponenteNucleo CodiceFiscale=\"RSSLSE23L47L219G\">",
                "<ComponenteNucleo RapportoConDichiarante=\"GNC\" FlagAssenzaReddito=\"true\">\n      <FoglioComponenteNucleo CodiceFiscale=\"RSSLSE23L47L219G\">")))
                .contains("FSR-DSU-XML-UNSUPPORTED");
        assertThat(codes(famiglia().replace("<CondizioniNucleo", "<Universitario CodiceFiscaleBeneficiario=\"RSSTMS15P15L219X\" PresenzaGenitori=\"1\"/><CondizioniNucleo")))
                .contains("FSR-DSU-XML-UNSUPPORTED");
        assertThat(codes(famiglia().replace("<Sottoscrizione", "<ISEECorrente/><Sottoscrizione"))).contains("FSR-DSU-XML-UNSUPPORTED");
        assertThat(codes(famiglia().replace("<Disabilita GradoDisabilita=\"DIM\"", "<Disabilita RettaVersata=\"1200\" GradoDisabilita=\"DIM\"")))
                .containsExactly("FSR-DSU-XML-UNSUPPORTED");
        assertThat(codes(famiglia().replace("<RedditiDaDichiarare TrattamentiAssistenziali=\"600\"/>",
                "<RedditiDaDichiarare TrattamentiAssistenziali=\"600\" RedditiIRAP=\"900\"/>"))).containsExactly("FSR-DSU-XML-UNSUPPORTED");
        assertThat(codes(famiglia().replace("<AssegniPeriodici AssegniFigli=\"1200\"/>", "<AssegniPeriodici AssegniFigli=\"1200\" AssegniGenitore=\"5\"/>")))
                .containsExactly("FSR-DSU-XML-UNSUPPORTED");
    }

    @Test
    void whatTheDsuSaysMustAgreeWithItself() {
        assertThat(codes(famiglia().replace("FlagUnicoGenitore=\"false\"/>", "FlagUnicoGenitore=\"false\" NumeroFigli=\"3\"/>")))
                .containsExactly("FSR-DSU-XML-CHILDREN");
        assertThat(codes(famiglia().replace("RedditoIRPEF=\"23500\"", "RedditoIRPEF=\"20000\""))).containsExactly("FSR-DSU-XML-INCOME");
        assertThat(codes(famiglia().replaceFirst("(?s)<Locazione .*?</Locazione>", ""))).containsExactly("FSR-XML-MISSING-ELEMENT");
        assertThat(codes(famiglia().replace("QuotaPosseduta=\"50\"", "QuotaPosseduta=\"150\""))).containsExactly("FSR-XML-NOT-DECIMAL");
        assertThat(codes(famiglia().replace("DataNascita=\"2023-07-07\"", "DataNascita=\"2027-07-07\""))).containsExactly("FSR-XML-NOT-DATE");
        assertThat(codes(famiglia().replace("Canone=\"8400\"", "Canone=\"8.400\""))).containsExactly("FSR-XML-NOT-AMOUNT");
        assertThat(codes(famiglia().replace("FlagConvivenzaAnagrafica=\"false\" AttivitaSoggetto", "FlagConvivenzaAnagrafica=\"forse\" AttivitaSoggetto")))
                .containsExactly("FSR-XML-NOT-BOOLEAN");
        assertThat(codes(famiglia().replace("TipoRapporto=\"01\"", "TipoRapporto=\"42\""))).containsExactly("FSR-XML-NOT-ONE-OF");
        assertThat(codes(famiglia().replaceFirst("(?s)<Sottoscrizione .*?/>", ""))).contains("FSR-XML-MISSING-ELEMENT");
        assertThat(codes(famiglia().replace("<ModelloBase Tipo=\"ORD\">", "<ModelloBase Tipo=\"RID\">"))).contains("FSR-XML-MISSING-ELEMENT");
        // before the bond exclusion a rapporto 07 is other financial assets
        Dsu old = read(famiglia().replace("DataSottoscrizione=\"2026-01-20\"", "DataSottoscrizione=\"2024-01-20\"")
                .replace("TipoRapporto=\"03\" Identificativo=\"LIB-0001\" CodiceFiscaleOperatore=\"00000000000\" Saldo3112=\"11000\" ConsistenzaMedia=\"10000\"",
                        "TipoRapporto=\"07\" Identificativo=\"BFP-1\" CodiceFiscaleOperatore=\"00000000000\" Valore=\"11000\""));
        assertThat(old.otherFinancial()).isEqualTo(Euro.parse("11000.00"));
        assertThat(old.members().get(0).age()).isEqualTo(42);
    }

    @Test
    void aFolderOfDocumentsIsReadAndEachProblemNamesItsFile() throws Exception {
        Files.write(dir.resolve("a.xml"), DsuXmlTest.resource("famiglia.xml"));
        Files.writeString(dir.resolve("b.xml"), famiglia().replace("Canone=\"8400\"", "Canone=\"molto\""));
        Files.writeString(dir.resolve("note.txt"), "not read");
        assertThatThrownBy(() -> XmlFiles.read(dir, bytes -> DsuXml.read(bytes, DsuParameters.defaults())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).startsWith("b.xml: ")));
        Files.delete(dir.resolve("b.xml"));
        assertThat(XmlFiles.read(dir, bytes -> DsuXml.read(bytes, DsuParameters.defaults()))).singleElement()
                .satisfies(r -> assertThat(r.file()).isEqualTo("a.xml"));
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> XmlFiles.read(empty, AttestazioneXml::read)).isInstanceOf(ValidationException.class);
        // a document with a byte order mark, and one that is no base64
        byte[] bom = ("\uFEFF" + famiglia()).getBytes(StandardCharsets.UTF_8);
        assertThat(DsuXml.read(bom, DsuParameters.defaults()).id()).isEqualTo("CAF2026-000123");
        // the MIME decoder reads past what is not base64: what it decodes is then no XML
        assertThatThrownBy(() -> AttestazioneXml.read("not base64 at all!".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isIn("FSR-XML-NOT-XML", "FSR-XML-MALFORMED"));
        assertThatThrownBy(() -> DsuXml.read(new java.io.ByteArrayInputStream(new byte[it.fsr.inps.xml.Xml.MAX_BYTES + 1])))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-XML-TOO-LARGE"));
    }
}
