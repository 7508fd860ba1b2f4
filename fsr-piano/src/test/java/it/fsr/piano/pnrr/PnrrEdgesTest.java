package it.fsr.piano.pnrr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.piano.fundmap.Aree;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The PNRR M5C2 rules at their edges (Avviso 1/2022): the tranches numbered from 1, a negative amount refused, an
 * inter-Ambito key with a negative or zero part, the 1.3 metropolitan rule at 330,000 inhabitants; the catalogue's totals
 * with their parts; the fund map's vocabulary of areas.
 */
class PnrrEdgesTest {
    @Test
    void theTranchesAndTheInterAmbitoKey() {
        assertThat(Tranches.of(Euro.ofEuros(1000))).extracting(Tranches.Tranche::number).containsExactly(1, 2, 3, 4);
        assertThatThrownBy(() -> Tranches.of(Euro.parse("-0.01"))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("amount"));
        Map<String, Long> key = new LinkedHashMap<>();
        key.put("A", 2L);
        key.put("B", -1L);
        key.put("C", 0L);
        assertThatThrownBy(() -> Tranches.interAmbito(Euro.ofEuros(10), key)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("key[B]"));
        key.put("B", 0L);
        assertThat(Tranches.interAmbito(Euro.ofEuros(10), key)).containsEntry("A", Euro.ofEuros(10)).containsEntry("C", Euro.ZERO);
        assertThatThrownBy(() -> Tranches.interAmbito(Euro.ofEuros(10), Map.of())).isInstanceOf(ValidationException.class);
    }

    @Test
    void theMetropolitanRuleAndTheCatalogue() {
        assertThat(M5C2Catalogue.maxProjects13(660_000, true)).isEqualTo(2);
        assertThat(M5C2Catalogue.maxProjects13(659_999, true)).isEqualTo(1);
        assertThat(M5C2Catalogue.maxProjects13(0, true)).isEqualTo(1);
        assertThatThrownBy(() -> M5C2Catalogue.maxProjects13(-1, true)).isInstanceOf(ValidationException.class);
        assertThat(M5C2Catalogue.totals()).isNotEmpty().allSatisfy(t -> assertThat(t.sum()).isNotNull());
        // a finding for a line only where resources and projects × € per project differ
        assertThat(M5C2Catalogue.consistency()).allSatisfy(f -> assertThat(f.published()).isNotEqualTo(f.computed()));
        long lineFindings = M5C2Catalogue.lines().stream().filter(l -> l.resources() != null && !l.resources().equals(l.computed())).count();
        long totalFindings = M5C2Catalogue.totals().stream().filter(t -> !t.published().equals(t.sum())).count();
        assertThat(M5C2Catalogue.consistency().size()).isGreaterThanOrEqualTo((int) (lineFindings + totalFindings));
    }

    @Test
    void theAreasOfTheFundMap() {
        assertThat(Aree.codes()).contains("minori", "anziani", "disabili");
        assertThat(Aree.name("anziani")).isNotBlank();
        assertThat(Aree.name("nessuna")).isNull();
    }
}
