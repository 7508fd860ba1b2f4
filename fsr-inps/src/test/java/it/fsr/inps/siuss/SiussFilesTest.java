package it.fsr.inps.siuss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command line's two SIUSS files, each way they can be wrong: a file that is not the one asked for, a column
 * missing in one of them, a beneficiary named by a decision but wrong on its own row, a decision naming nobody, a
 * choice written outside its words, and a record rule told at the line of the row it comes from.
 */
class SiussFilesTest {
    static final String D_HEADER = "codice_fiscale,codice_prestazione,protocollo_domanda,prova_mezzi,carattere,data_erogazione,importo,"
            + "presa_in_carico,area_utenza,operazione\n";
    static final String DECISION = "RSSNNA40M60H501V,A1.04,CE-1,nessuna,occasionale,2026-04-10,300.00,si,poverta,inserimento\n";
    static final String B_HEADER = "codice_fiscale,cognome,nome,anno_nascita,luogo_nascita,genere,cittadinanza,codice_nazione,codice_regione,"
            + "codice_comune\n";
    static final String ANNA = "RSSNNA40M60H501V,ROSSI,ANNA,1940,H501,F,380,380,03,097042\n";

    private static List<Violation> problems(String decisions, String beneficiaries) {
        try {
            SiussFiles.flussi("d.csv", decisions, "b.csv", beneficiaries, SiussRulesTest.ENTE, SiussRulesTest.DAY, 1, CodiciPrestazione.defaults(),
                    SiussFlussi.Modalita.UPLOAD);
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("the files were accepted");
    }

    private static List<String> fields(List<Violation> v) {
        return v.stream().map(Violation::field).toList();
    }

    @Test
    void theGoodFilesGiveOneFlow() {
        assertThat(SiussFiles.flussi("d.csv", D_HEADER + DECISION, "b.csv", B_HEADER + ANNA, SiussRulesTest.ENTE, SiussRulesTest.DAY, 1,
                CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD)).hasSize(1);
    }

    @Test
    void aMissingColumnOfEitherFileIsToldAloneWithTheOtherFilesRows() {
        // the beneficiaries lack genere: said at their header; the decisions are read, and nothing is said of the beneficiary they name
        List<Violation> b = problems(D_HEADER + DECISION, B_HEADER.replace(",genere", "") + ANNA.replace(",F,", ","));
        assertThat(fields(b)).containsExactly("b.csv:1: header");
        assertThat(b.get(0).message()).contains("genere");
        // the decisions lack carattere, and a decision row is wrong too: both told
        List<Violation> d = problems(D_HEADER.replace(",carattere", "") + DECISION.replace(",occasionale", ""), B_HEADER + ANNA.replace(",F,", ",X,"));
        assertThat(fields(d)).containsExactly("d.csv:1: header", "b.csv:2: genere");
        // a column of neither file is a near miss, said at its name
        List<Violation> near = problems(D_HEADER.replace("importo,", "importi,") + DECISION, B_HEADER + ANNA);
        assertThat(near).extracting(Violation::code).containsExactly("FSR-CSV-COLUMN-NEAR");
        assertThat(fields(near)).containsExactly("d.csv:1: importi");
    }

    @Test
    void aBeneficiaryWrongOnItsRowIsNotAlsoSaidMissing() {
        List<Violation> v = problems(D_HEADER + DECISION, B_HEADER + ANNA.replace(",1940,", ",ieri,"));
        assertThat(fields(v)).containsExactly("b.csv:2: anno_nascita");
        // with the beneficiaries right, a decision naming someone not among them is said, at the decision's line
        List<Violation> nobody = problems(D_HEADER + DECISION.replace("RSSNNA40M60H501V", "RSSMRA85T10A562S"), B_HEADER + ANNA);
        assertThat(nobody).extracting(Violation::code).containsExactly("FSR-SIUSS-BENEFICIARY");
        assertThat(fields(nobody)).allSatisfy(f -> assertThat(f).startsWith("d.csv:2: "));
    }

    @Test
    void aChoiceOutsideItsWordsListsTheWordsNotTheDigits() {
        List<Violation> v = problems(D_HEADER + DECISION.replace(",nessuna,", ",forse,").replace(",poverta,", ",tutti,"), B_HEADER + ANNA);
        // the one decision refused, the flow has none: the record's rule says so too
        assertThat(fields(v)).containsExactly("d.csv:2: prova_mezzi", "d.csv:2: area_utenza", "prestazioni");
        assertThat(v.get(0).message()).contains("altra, esente, isee, nessuna").doesNotContain("1").doesNotContain("4");
        assertThat(v.get(1).message()).contains("disabilita, famiglia-minori, poverta").doesNotContain("2");
        // a required choice left blank is required, not a word outside the list
        List<Violation> blank = problems(D_HEADER + DECISION.replace(",occasionale,", ",,"), B_HEADER + ANNA);
        assertThat(fields(blank)).containsExactly("d.csv:2: carattere", "prestazioni");
        assertThat(blank.get(0).code()).isNotEqualTo("FSR-NOT-ONE-OF");
        // the digits of the record are read as the words
        assertThat(SiussFiles.flussi("d.csv", D_HEADER + DECISION.replace(",nessuna,occasionale,", ",4,2,").replace(",poverta,", ",3,"), "b.csv",
                B_HEADER + ANNA, SiussRulesTest.ENTE, SiussRulesTest.DAY, 1, CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD).get(0).text())
                .contains("AreaUtenza=\"3\"");
    }

    @Test
    void aRecordRuleIsToldAtTheLineOfItsRow() {
        // a one-off benefit needs its payment date: the record's rule, at the decisions file's line
        List<Violation> d = problems(D_HEADER + DECISION + DECISION.replace("CE-1", "CE-2").replace(",2026-04-10,", ",,"), B_HEADER + ANNA);
        assertThat(fields(d)).allSatisfy(f -> assertThat(f).startsWith("d.csv:3: "));
        assertThat(d).extracting(Violation::code).contains("FSR-SIUSS-PERIODIC");
        // a beneficiary's rule (a second citizenship that is the first), at the beneficiaries file's line
        List<Violation> b = problems(D_HEADER + DECISION, B_HEADER.replace("codice_comune", "codice_comune,seconda_cittadinanza")
                + ANNA.replace("\n", ",x\n"));
        assertThat(fields(b)).allSatisfy(f -> assertThat(f).startsWith("b.csv:2: "));
    }
}
