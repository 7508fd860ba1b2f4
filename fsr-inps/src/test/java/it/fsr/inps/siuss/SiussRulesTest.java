package it.fsr.inps.siuss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.inps.CodiceFiscale;
import it.fsr.isee.veneto.ContributionDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule of the PS-PSA record (INPS, WaaS SIUSS specifica tecnica v2.0.1, allegato B, tabella 9) alone, the files of
 * the command line's {@code siuss}, and the code table as dated data.
 */
class SiussRulesTest {
    static final CodiceFiscale ANNA = CodiceFiscale.of("RSSNNA40M60H501V", "cf");
    static final Ente ENTE = SiussFlussiTest.ENTE;
    static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    static List<String> codes(Prestazione p) {
        try {
            SiussFlussi.write(ENTE, DAY, 1, List.of(SiussFlussiTest.BEN), List.of(p), CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD);
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
    }

    static Prestazione monthly() {
        return Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A2.07", "SAD-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), Euro.parse("276.00"), 10);
    }

    @Test
    void eachRuleOfTheRecordAlone() {
        assertThat(codes(monthly())).isEmpty();
        assertThat(codes(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A2.07", "SAD-1", null, null, Euro.parse("276.00"), null))).containsExactly("FSR-SIUSS-PERIODIC");
        assertThat(codes(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A2.07", "SAD-1", LocalDate.of(2026, 3, 1), null, Euro.ZERO, null)))
                .containsExactly("FSR-SIUSS-PERIODIC");
        assertThat(codes(Prestazione.occasionale(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A1.04", "CE-1", null, Euro.parse("10.00")))).containsExactly("FSR-SIUSS-PERIODIC");
        assertThat(codes(Prestazione.occasionale(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A1.04", "CE-1", DAY, Euro.ZERO))).containsExactly("FSR-SIUSS-PERIODIC");
        assertThat(codes(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A2.07", "SAD-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), Euro.parse("1.00"), null)))
                .containsExactly("FSR-SIUSS-YEAR");
        assertThat(codes(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A2.07", "SAD-1", LocalDate.of(2026, 3, 1), null, Euro.parse("1.00"), 0))).containsExactly("FSR-RANGE");
        assertThat(codes(monthly().conIsee(null, LocalDate.of(2026, 1, 1), null))).containsExactly("FSR-SIUSS-DSU", "FSR-SIUSS-ISEE-REQUIRED");
        assertThat(codes(monthly().conIsee("INPS-ISEE-2026-00098765B-01", null, null))).containsExactly("FSR-SIUSS-DSU");
        assertThat(codes(monthly().conIsee("DSU-1", LocalDate.of(2026, 1, 1), null))).containsExactly("FSR-INPS-PROTOCOL");
        assertThat(codes(monthly().conIsee("INPS-ISEE-2026-00098765B-01", LocalDate.of(2026, 1, 1), Euro.parse("-1.00")))).containsExactly("FSR-RANGE");
        assertThat(codes(monthly().conQuote(Euro.parse("200.00"), Euro.parse("76.00"), null))).isEmpty();
        assertThat(codes(monthly().conQuote(Euro.parse("200.00"), Euro.parse("75.00"), null))).containsExactly("FSR-SIUSS-QUOTE");
        assertThat(codes(monthly().conQuote(Euro.ZERO, Euro.parse("276.00"), null))).containsExactly("FSR-RANGE");
        assertThat(codes(monthly().conQuote(null, Euro.parse("277.00"), Euro.parse("-1.00")))).containsExactly("FSR-RANGE");
        assertThat(codes(monthly().conQuote(Euro.parse("277.00"), Euro.parse("-1.00"), null))).containsExactly("FSR-RANGE");
        assertThat(codes(monthly().conPresaInCarico(null))).containsExactly("FSR-SIUSS-AREA");
        assertThat(codes(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A2.07", "x".repeat(33), LocalDate.of(2026, 3, 1), null, Euro.parse("1.00"), null)))
                .containsExactly("FSR-SIUSS-TEXT");
        assertThat(codes(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A9.01", "SAD-1", LocalDate.of(2026, 3, 1), null, Euro.parse("1.00"), null)))
                .containsExactly("FSR-SIUSS-CODE");
        // a code before its table: not in force
        assertThat(codes(Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A2.07", "SAD-1", LocalDate.of(2014, 3, 1), null, Euro.parse("1.00"), null)))
                .containsExactly("FSR-SIUSS-CODE");
        assertThatThrownBy(() -> new Prestazione(null, false, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, false, null)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(5));
    }

    @Test
    void aCancellationAndTheFlowsHeader() {
        Flusso f = SiussFlussi.write(ENTE, DAY, 9_999_999, List.of(SiussFlussiTest.BEN), List.of(monthly().comeCancellazione()), CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.UPLOAD).get(0);
        assertThat(f.id()).isEqualTo("C_E506.PS.20260305.9999999");
        assertThat(f.text()).contains("TipoOperazione=\"C\"", "Denominazione=\"Comune di Lecco\"", "CFOperatore=\"00623530136\"", "Genere=\"2\"",
                "CodiceRegione=\"03\"", "CodiceComune=\"097042\"", "PeriodoErogazione=\"10\"", "DataFinePrestazione=\"2026-12-31\"", "PresaCarico=\"2\"")
                .doesNotContain("AreaUtenza");
        assertThat(f.beneficiari()).isEqualTo(1);
        assertThat(f.prestazioni()).isEqualTo(1);
        assertThat(f).isEqualTo(new Flusso(f.id(), f.tipo(), 1, 1, f.xml())).hasSameHashCodeAs(new Flusso(f.id(), f.tipo(), 1, 1, f.xml()));
        // two flows from the last progressive: beyond seven digits
        assertThatThrownBy(() -> SiussFlussi.write(ENTE, DAY, 9_999_999, List.of(SiussFlussiTest.BEN),
                List.of(monthly(), Prestazione.occasionale(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A1.06", "BS-1", DAY, Euro.parse("5.00"))), CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.COOPERAZIONE)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SiussFlussi.write(ENTE, DAY, 0, List.of(SiussFlussiTest.BEN), List.of(monthly()), CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.UPLOAD)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SiussFlussi.write(ENTE, DAY, 1, List.of(SiussFlussiTest.BEN), List.of(), CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.UPLOAD)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SiussFlussi.write(ENTE, DAY, 1, List.of(SiussFlussiTest.BEN, SiussFlussiTest.BEN), List.of(monthly()),
                CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-DUPLICATE"));
    }

    @Test
    void theNurseryContributionGrantedIsAOneOffA107() {
        ContributionDecision granted = new ContributionDecision("F2", "F2-2", true, Euro.parse("471.43"), Optional.empty(), Explanation.of(List.of()));
        Prestazione p = Prestazione.daContributoNido(ANNA, "NIDO-7", granted, "INPS-ISEE-2026-00098765B-01", LocalDate.of(2026, 2, 2), DAY,
                Euro.parse("40000.00"));
        assertThat(p.codice()).isEqualTo("A1.07");
        assertThat(p.carattere()).isEqualTo(Prestazione.Carattere.OCCASIONALE);
        assertThat(p.quotaEnte()).isEqualTo(Euro.parse("471.43"));
        assertThat(codes(p)).isEmpty();
        assertThat(p.toString()).isEqualTo("Prestazione[A1.07]");
        ContributionDecision excluded = new ContributionDecision("F1", null, false, Euro.ZERO,
                Optional.of(ContributionDecision.Exclusion.NO_CHILD_ATTENDING), Explanation.of(List.of()));
        assertThatThrownBy(() -> Prestazione.daContributoNido(ANNA, "NIDO-8", excluded, null, null, DAY, null)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a code too short|codice,denominazione,valido_dal,fonte\\nA1,Un nome abbastanza lungo,2015-01-01,x\\n|FSR-SIUSS-TEXT",
        "a name too short|codice,denominazione,valido_dal,fonte\\nA1.01,Breve,2015-01-01,x\\n|FSR-SIUSS-TEXT",
        "no date|codice,denominazione,valido_dal,fonte\\nA1.01,Un nome abbastanza lungo,,x\\n|FSR-REQUIRED"})
    void aCodeTableIsCheckedRowByRow(String what, String text, String code) {
        assertThatThrownBy(() -> CodiciPrestazione.read("t.csv", text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.code()).startsWith(code)));
    }

    @Test
    void aNewTableClosesTheOldCodes() {
        CodiciPrestazione t = CodiciPrestazione.read("t.csv", "# a table\ncodice,denominazione,valido_dal,valido_al,fonte\n"
                + "A1.01,Assegno per il nucleo familiare,2015-01-01,2025-12-31,DM 206/2014\nB1.01,Una prestazione nuova,2026-01-01,,atto\n");
        assertThat(t.on("A1.01", LocalDate.of(2025, 12, 31))).isPresent();
        assertThat(t.on("A1.01", LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(t.on("B1.01", LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(t.inVigore(LocalDate.of(2026, 6, 1))).containsExactly("B1.01");
        assertThat(CodiciPrestazione.defaults().inVigore(DAY)).hasSize(36).contains("A1.07", "A3.03", "Z9.99");
    }

    @Test
    void theCommandLinesFilesEveryProblemAtItsLine() {
        String decisions = "codice_fiscale,codice_prestazione,protocollo_domanda,prova_mezzi,carattere,data_erogazione,importo,presa_in_carico,"
                + "area_utenza,operazione\n"
                + "RSSNNA40M60H501V,A1.04,CE-1,nessuna,occasionale,2026-04-10,300.00,si,poverta,inserimento\n"
                + "RSSNNA40M60H501V,A1.06,BS-1,forse,a volte,2026-04-10,50.00,no,,boh\n";
        String beneficiaries = "codice_fiscale,cognome,nome,anno_nascita,luogo_nascita,genere,cittadinanza,codice_nazione,codice_regione,codice_comune\n"
                + "RSSNNA40M60H501V,ROSSI,ANNA,1940,h501,F,380,380,03,097042\n";
        List<Flusso> ok = SiussFiles.flussi("d.csv", decisions.lines().limit(2).reduce("", (a, b) -> a + b + "\n"), "b.csv", beneficiaries, ENTE, DAY, 1,
                CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD);
        assertThat(ok).singleElement().satisfies(f -> assertThat(f.text()).contains("AreaUtenza=\"3\"", "LuogoNascita=\"H501\"", "PresaCarico=\"1\""));
        assertThatThrownBy(() -> SiussFiles.flussi("d.csv", decisions, "b.csv", beneficiaries + "RSSMRA85T10A562T,ROSSI,MARIO,1985,A562,X,380,380,03,097042\n",
                ENTE, DAY, 1, CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::field).contains("d.csv:3: prova_mezzi", "d.csv:3: carattere", "d.csv:3: operazione",
                            "b.csv:3: codice_fiscale", "b.csv:3: genere");
                    assertThat(e.getMessage()).doesNotContain("RSSMRA85T10A562T");
                });
        assertThatThrownBy(() -> SiussFiles.flussi("d.csv", "x\n1\n", "b.csv", "y\n2\n", ENTE, DAY, 1, CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.UPLOAD)).isInstanceOf(ValidationException.class);
        // a beneficiary's bad year, place and address, at the beneficiaries' line
        assertThatThrownBy(() -> SiussFiles.flussi("d.csv", decisions.lines().limit(2).reduce("", (a, b) -> a + b + "\n"), "b.csv",
                beneficiaries.replace("1940,h501", "40,Roma").replace(",03,097042", ",3,97042"), ENTE, DAY, 1, CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.UPLOAD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .contains("b.csv:2: anno_nascita", "b.csv:2: luogo_nascita", "b.csv:2: codice_regione", "b.csv:2: codice_comune"));
    }

    @Test
    void anEnteIsCheckedAgainstTheRecord() {
        assertThatThrownBy(() -> new Ente("", "x".repeat(101), "ROMA", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(4));
        assertThatThrownBy(() -> new Ente("C.E506", null, "E507", CodiceFiscale.of("00623530136", "cf"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void everyAttributeGivenIsWrittenAndValid() {
        // a beneficiary living abroad (no region or Comune), with a second citizenship; every amount of the record
        Beneficiario abroad = new Beneficiario(ANNA, "ROSSI", "ANNA", 1940, "Z114", Beneficiario.Genere.FEMMINA, "380", "826",
                List.of(new Beneficiario.Indirizzo(null, null, "826")));
        Prestazione p = Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, ANNA, "A3.02", "RSA-9", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), Euro.parse("2400.00"), 6)
                .conIsee("INPS-ISEE-2026-00098765B-01", LocalDate.of(2026, 2, 2), Euro.parse("13000.00"))
                .conQuote(Euro.parse("1000.00"), Euro.parse("600.00"), Euro.parse("800.00")).conPresaInCarico(Prestazione.AreaUtenza.DISABILITA)
                .conProvaMezzi(Prestazione.ProvaMezzi.ESENTE);
        Flusso f = SiussFlussi.write(ENTE, DAY, 3, List.of(abroad), List.of(p), CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD).get(0);
        assertThat(f.id()).isEqualTo("C_E506.PSA.20260305.0000003");
        assertThat(f.text()).contains("CodiceSecondaCittadinanza=\"826\"", "CodiceNazione=\"826\"", "ImportoQuotaSSN=\"800.00\"",
                "ImportoSogliaISEE=\"13000.00\"", "PresenzaProvaMezzi=\"3\"", "DenominazionePrestazione=\"Strutture residenziali\"",
                "DataInizioPrestazione=\"2026-01-01\"", "ImportoMensile=\"2400.00\"", "AreaUtenza=\"2\"").doesNotContain("CodiceRegione");
        SiussFlussi.validate(f.xml());
        // a beneficiary of Italy must have the region and the Comune
        assertThatThrownBy(() -> new Beneficiario(ANNA, "ROSSI", "ANNA", 1940, "H501", Beneficiario.Genere.FEMMINA, "380", "1",
                List.of(new Beneficiario.Indirizzo("3", "97042", "38")))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field)
                                .containsExactly("seconda_cittadinanza", "codice_nazione", "codice_regione", "codice_comune"));
        assertThatThrownBy(() -> new Beneficiario(ANNA, "", "x".repeat(37), 1940, "H501", Beneficiario.Genere.MASCHIO, "380", null, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("cognome", "nome", "indirizzi"));
        assertThat(abroad.toString()).isEqualTo("Beneficiario[]");
        assertThat(abroad.indirizzi().get(0).toString()).isEqualTo("Indirizzo[]");
        assertThat(Beneficiario.Genere.MASCHIO.code()).isEqualTo("1");
    }
}
