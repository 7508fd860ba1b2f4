package it.fsr.lep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LepBatchTest {

    @Test
    void theNationalBatchOverTheIstatComuni() {
        List<LepBatch.Comune> comuni = IstatComuni.load();
        assertThat(comuni).hasSize(7904);
        LepBatch.Result r = LepBatch.run(comuni, 2025, LepParameters.defaults());
        assertThat(r.country().population()).isEqualTo(59_433_744L);
        // pooled nationally: ceil(59,433,744 / 5,000) = 11,887; Comune by Comune each rounds up
        assertThat(r.country().needed5000Pooled()).isEqualTo(11_887);
        // Σ ceil(P_i / 5,000) over the 7,904 Comuni = 16,732: 4,845 more, one small Comune at a time
        assertThat(r.country().needed5000Sum()).isEqualTo(16_732);
        assertThat(r.byRegion()).hasSize(20);
        long sumOfRegions = r.byRegion().values().stream().mapToLong(LepBatch.Aggregate::population).sum();
        assertThat(sumOfRegions).isEqualTo(r.country().population());
        assertThat(r.nurseryNationalTarget()).isEqualTo(142_000);
        assertThat(r.transportNationalTarget()).isEqualTo(26_000);
    }

    @Test
    void reportsEveryBadComune() {
        assertThatThrownBy(() -> LepBatch.run(List.of(
                new LepBatch.Comune("A", "A", "R", null, -5, BigDecimal.valueOf(-1), -1L, 3L, 2L, 5L),
                LepBatch.Comune.of("A", "A2", "R", null, 5)), 2025, LepParameters.defaults()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("comuni[A].population = -5: must not be negative")
                .contains("comuni[A].socialWorkers = -1: must not be negative")
                .contains("comuni[A].children_3_36m = -1: must not be negative")
                .contains("comuni[A].pupils_transported = 5: must be between 0 and the pupils enrolled")
                .contains("comuni[A].id = A: is a duplicate id");
    }
}
