package it.fsr.lep;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each check of the national batch's Comuni alone, at its bound: 0 is a figure, below it is not; pupils transported within those enrolled. */
class LepBatchChecksTest {
    private static LepBatch.Comune comune(String id, long population, String workers, Long children, Long places, Long enrolled, Long transported) {
        return new LepBatch.Comune(id, id, "Abruzzo", "A", population, workers == null ? null : new BigDecimal(workers), children, places, enrolled,
                transported);
    }

    private static List<String> fields(LepBatch.Comune... c) {
        try {
            LepBatch.run(List.of(c), 2025, LepParameters.defaults());
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Test
    void eachFigureAtItsBound() {
        assertThat(fields(comune("A", 0, "0", 0L, 0L, 0L, 0L))).isEmpty();
        assertThat(fields(comune("A", 1000, null, null, null, null, null))).isEmpty();
        assertThat(fields(comune("A", -1, "1", 1L, 1L, 1L, 1L))).containsExactly("comuni[A].population");
        assertThat(fields(comune("A", 1, "-0.5", 1L, 1L, 1L, 1L))).containsExactly("comuni[A].socialWorkers");
        assertThat(fields(comune("A", 1, "1", -1L, 1L, 1L, 1L))).containsExactly("comuni[A].children_3_36m");
        assertThat(fields(comune("A", 1, "1", 1L, -1L, 1L, 1L))).containsExactly("comuni[A].places");
        assertThat(fields(comune("A", 1, "1", 1L, 1L, -1L, null))).containsExactly("comuni[A].pupils_enrolled");
        assertThat(fields(comune("A", 1, "1", 1L, 1L, 5L, 6L))).containsExactly("comuni[A].pupils_transported");
        assertThat(fields(comune("A", 1, "1", 1L, 1L, 5L, 5L))).isEmpty();
        assertThat(fields(comune("A", 1, "1", 1L, 1L, 5L, -1L))).containsExactly("comuni[A].pupils_transported");
        assertThat(fields(comune("A", 1, "1", 1L, 1L, null, 3L))).isEmpty();
        assertThat(fields(comune("A", 1, null, null, null, null, null), comune("A", 2, null, null, null, null, null))).containsExactly("comuni[A].id");
        assertThat(LepBatch.Comune.of("B", "B", "Molise", "S", 10).withAmbito("Ambito 1").ambito()).isEqualTo("Ambito 1");
    }
}
