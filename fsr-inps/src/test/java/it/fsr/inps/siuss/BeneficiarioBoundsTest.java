package it.fsr.inps.siuss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A beneficiary's fields at the record's bounds (year of birth 1850–9999, names of 1–36 characters, 1–5 addresses); a flow's identity. */
class BeneficiarioBoundsTest {
    static final Beneficiario.Indirizzo ROMA = new Beneficiario.Indirizzo("12", "058091", "380");

    private static Beneficiario of(int year, String cognome, int addresses) {
        return new Beneficiario(SiussRulesTest.ANNA, cognome, "ANNA", year, "H501", Beneficiario.Genere.FEMMINA, "380", null,
                Collections.nCopies(addresses, ROMA));
    }

    private static List<String> fields(Runnable r) {
        return it.fsr.core.testing.Problems.fields(r);
    }

    @Test
    void eachFieldAtItsBounds() {
        assertThat(fields(() -> of(1850, "ROSSI", 1))).isEmpty();
        assertThat(fields(() -> of(9999, "ROSSI", 1))).isEmpty();
        assertThat(fields(() -> of(1849, "ROSSI", 1))).containsExactly("anno_nascita");
        assertThat(fields(() -> of(10_000, "ROSSI", 1))).containsExactly("anno_nascita");
        assertThat(fields(() -> of(1940, "R".repeat(36), 5))).isEmpty();
        assertThat(fields(() -> of(1940, "R".repeat(37), 1))).containsExactly("cognome");
        assertThat(fields(() -> of(1940, " ", 1))).containsExactly("cognome");
        assertThat(fields(() -> of(1940, "ROSSI", 6))).containsExactly("indirizzi");
        assertThat(fields(() -> of(1940, "ROSSI", 0))).containsExactly("indirizzi");
    }

    @Test
    void aFlowIsEqualByItsIdTypeAndBytes() {
        Prestazione p = Prestazione.periodica(Prestazione.ProvaMezzi.NESSUNA, SiussRulesTest.ANNA, "A2.07", "SAD-1", LocalDate.of(2026, 3, 1), null,
                Euro.parse("276.00"), null);
        Flusso a = SiussFlussi.write(SiussRulesTest.ENTE, SiussRulesTest.DAY, 1, List.of(SiussFlussiTest.BEN), List.of(p), CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.UPLOAD).get(0);
        Flusso same = SiussFlussi.write(SiussRulesTest.ENTE, SiussRulesTest.DAY, 1, List.of(SiussFlussiTest.BEN), List.of(p), CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.UPLOAD).get(0);
        Flusso next = SiussFlussi.write(SiussRulesTest.ENTE, SiussRulesTest.DAY, 2, List.of(SiussFlussiTest.BEN), List.of(p), CodiciPrestazione.defaults(),
                SiussFlussi.Modalita.UPLOAD).get(0);
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(next);
        assertThat(a.hashCode()).isNotEqualTo(next.hashCode());
        assertThat(a.toString()).isEqualTo("Flusso[C_E506.PS.20260305.0000001, beneficiari=1, prestazioni=1]").doesNotContain("RSSNNA");
        assertThatThrownBy(() -> of(1940, null, 1)).isInstanceOf(ValidationException.class);
    }
}
