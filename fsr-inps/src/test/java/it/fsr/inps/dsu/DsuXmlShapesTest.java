package it.fsr.inps.dsu;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.isee.dsu.Dsu;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The DSU's optional blocks read or refused by their shape (ISEE_Dichiarazione 1.3): a delegate's signature, the modello
 * ridotto's components, a residence, vehicles, a financial increase; the bounds of a member's age (a minor's parents'
 * work is required) and of a share of real estate (0 excluded, 100 included).
 */
class DsuXmlShapesTest {
    static String famiglia() {
        return DsuXmlBranchesTest.famiglia();
    }

    static final String DELEGATO = "<Delegato><DatiDelegato Cognome=\"VERDI\" Nome=\"ANNA\" DataNascita=\"1970-01-01\" Cittadinanza=\"IT\" Sesso=\"F\""
            + " ProvinciaNascita=\"TO\" CodiceComuneNascita=\"L219\"/><IndirizzoDelegato Indirizzo=\"VIA ALTRA\" Civico=\"2\" CodiceComune=\"L219\""
            + " Provincia=\"TO\" Cap=\"10100\"/></Delegato>";

    private static String signedByADelegate(String delegato) {
        return famiglia().replaceFirst("(?s)(<Sottoscrizione [^>]*?)/>", "$1>" + java.util.regex.Matcher.quoteReplacement(delegato) + "</Sottoscrizione>");
    }

    @Test
    void aDelegatesSignatureIsReadAndItsShapeChecked() {
        assertThat(DsuXmlBranchesTest.codes(signedByADelegate(DELEGATO))).isEmpty();
        assertThat(DsuXmlBranchesTest.codes(signedByADelegate(DELEGATO.replace("<Delegato>", "<Delegato Ruolo=\"x\">"))))
                .containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        assertThat(DsuXmlBranchesTest.codes(signedByADelegate(DELEGATO.replace("Sesso=\"F\"", "Sesso=\"F\" Titolo=\"dott\""))))
                .containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        assertThat(DsuXmlBranchesTest.codes(signedByADelegate(DELEGATO.replace("Cap=\"10100\"", "Cap=\"10100\" Scala=\"B\""))))
                .containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
    }

    @Test
    void theModelloRidottosComponentsAreCheckedByTheirShape() {
        String ridotto = famiglia().replace("</ModelloBase>", "</ModelloBase><ModelloBase Tipo=\"RID\"><NucleoRistretto>"
                + "<ComponenteNucleoRistretto CodiceFiscale=\"RSSTMS15P15L219X\" FlagBeneficiario=\"true\" RelazioneConBeneficiario=\"B\"/>"
                + "</NucleoRistretto><Abitazione TipoAbitazione=\"999\"/></ModelloBase>");
        assertThat(DsuXmlBranchesTest.codes(ridotto)).isEmpty();
        assertThat(DsuXmlBranchesTest.codes(ridotto.replace("<NucleoRistretto>", "<NucleoRistretto Numero=\"1\">")))
                .containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        assertThat(DsuXmlBranchesTest.codes(ridotto.replace("RelazioneConBeneficiario=\"B\"", "RelazioneConBeneficiario=\"B\" Note=\"x\"")))
                .containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        // only a modello ridotto: the ordinary one is missing
        assertThat(DsuXmlBranchesTest.codes(ridotto.replace("<ModelloBase Tipo=\"ORD\">", "<ModelloBase Tipo=\"RID\">")))
                .contains("FSR-XML-MISSING-ELEMENT");
    }

    @Test
    void aResidenceAndVehiclesAreReadByTheirShapeOnly() {
        String residence = famiglia().replace("AttivitaSoggetto=\"LAVDET\">", "AttivitaSoggetto=\"LAVDET\"><Residenza Indirizzo=\"VIA ESEMPIO\" Civico=\"1\""
                + " CodiceComune=\"L219\" Provincia=\"TO\" Cap=\"10100\"/>");
        assertThat(DsuXmlBranchesTest.codes(residence)).isEmpty();
        assertThat(DsuXmlBranchesTest.codes(residence.replace("Civico=\"1\" CodiceComune=\"L219\" Provincia=\"TO\" Cap=\"10100\"/>",
                "Civico=\"1\" CodiceComune=\"L219\" Provincia=\"TO\" Cap=\"10100\" Interno=\"4\"/>"))).contains("FSR-XML-UNKNOWN-ATTRIBUTE");
        String vehicles = famiglia().replace("<AssegniPeriodici AssegniFigli=\"1200\"/>",
                "<AssegniPeriodici AssegniFigli=\"1200\"/><Veicoli><Veicolo TipoVeicolo=\"A\" Targa=\"AB123CD\"/></Veicoli>");
        assertThat(DsuXmlBranchesTest.read(vehicles).members()).hasSize(4);
        assertThat(DsuXmlBranchesTest.codes(vehicles.replace("Targa=\"AB123CD\"", "Targa=\"AB123CD\" Colore=\"rosso\"")))
                .containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        assertThat(DsuXmlBranchesTest.codes(vehicles.replace("<Veicoli>", "<Veicoli Numero=\"1\">"))).containsExactly("FSR-XML-UNKNOWN-ATTRIBUTE");
        assertThat(DsuXmlBranchesTest.codes(famiglia().replace("<PatrimonioMobiliare FlagPossessoRapportoFinanziario=\"true\">",
                "<PatrimonioMobiliare FlagPossessoRapportoFinanziario=\"true\" FlagIncremento=\"true\"><Incremento IncrementoImmobiliare=\"3000\" Altro=\"1\"/>")))
                .contains("FSR-XML-UNKNOWN-ATTRIBUTE");
    }

    @Test
    void aFinancialIncreaseDeclaredWithoutItsFlagIsNotCounted() {
        String noFlag = famiglia().replace("<PatrimonioMobiliare FlagPossessoRapportoFinanziario=\"true\">",
                "<PatrimonioMobiliare FlagPossessoRapportoFinanziario=\"true\" FlagIncremento=\"false\"><Incremento IncrementoMobiliare=\"3000\"/>");
        assertThat(DsuXmlBranchesTest.read(noFlag).assetIncreases()).isEqualTo(Euro.ZERO);
        String flagged = noFlag.replace("FlagIncremento=\"false\"", "FlagIncremento=\"true\"");
        assertThat(DsuXmlBranchesTest.read(flagged).assetIncreases()).isEqualTo(Euro.parse("6000.00"));
    }

    @Test
    void aMinorsParentsWorkIsRequiredAndEighteenIsNoMinor() {
        String noConditions = famiglia().replace("<CondizioniNucleo FlagLavoroGenitori=\"true\" FlagUnicoGenitore=\"false\"/>", "");
        // Tommaso (2015) and Elisa (2023) are minors: whether their parents worked decides a maggiorazione
        assertThat(DsuXmlBranchesTest.codes(noConditions)).containsExactly("FSR-DSU-XML-WORK");
        // both children 18 on the day the DSU is signed (2026-01-20): no minor, nothing required
        String adults = noConditions.replace("DataNascita=\"2015-09-15\"", "DataNascita=\"2008-01-20\"").replace("DataNascita=\"2023-07-07\"",
                "DataNascita=\"2008-01-20\"");
        assertThat(DsuXmlBranchesTest.codes(adults)).isEmpty();
        // one of them 18 tomorrow: a minor
        assertThat(DsuXmlBranchesTest.codes(adults.replaceFirst("DataNascita=\"2008-01-20\"", "DataNascita=\"2008-01-21\"")))
                .containsExactly("FSR-DSU-XML-WORK");
        // the children counted are those of the nucleus: NumeroFigli 2 agrees
        assertThat(DsuXmlBranchesTest.codes(famiglia().replace("FlagUnicoGenitore=\"false\"/>", "FlagUnicoGenitore=\"false\" NumeroFigli=\"2\"/>")))
                .isEmpty();
        assertThat(DsuXmlBranchesTest.codes(famiglia().replace("FlagUnicoGenitore=\"false\"/>", "FlagUnicoGenitore=\"false\" NumeroFigli=\"1\"/>")))
                .containsExactly("FSR-DSU-XML-CHILDREN");
    }

    @Test
    void aShareOfRealEstateIsAboveZeroAndAtMostAHundred() {
        Dsu whole = DsuXmlBranchesTest.read(famiglia().replace("QuotaPosseduta=\"50\"", "QuotaPosseduta=\"100\""));
        assertThat(whole.otherRealEstate()).isEqualTo(Euro.parse("50000.00"));
        assertThat(DsuXmlBranchesTest.codes(famiglia().replace("QuotaPosseduta=\"50\"", "QuotaPosseduta=\"0\""))).containsExactly("FSR-XML-NOT-DECIMAL");
        assertThat(DsuXmlBranchesTest.codes(famiglia().replace("QuotaPosseduta=\"50\"", "QuotaPosseduta=\"100.01\"")))
                .containsExactly("FSR-XML-NOT-DECIMAL");
        assertThat(DsuXmlBranchesTest.read(famiglia().replace("QuotaPosseduta=\"50\"", "QuotaPosseduta=\"0.01\"")).otherRealEstate())
                .isEqualTo(Euro.ZERO);
    }

    @Test
    void aDsuIsReadFromAStream() {
        Dsu d = DsuXml.read(new ByteArrayInputStream(famiglia().getBytes(StandardCharsets.UTF_8)));
        assertThat(d).isEqualTo(DsuXmlBranchesTest.read(famiglia()));
    }
}
