package it.fsr.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiCriteriaTest {

    private static Map<String, BigDecimal> values(long a, long b) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("A", BigDecimal.valueOf(a));
        m.put("B", BigDecimal.valueOf(b));
        return m;
    }

    @Test
    void splitsEachCriterionsSliceByItsValues() {
        // 1,000: 50% by population (3:1), 50% by places (1:1): A = 375 + 250, B = 125 + 250
        MultiCriteria.Result r = MultiCriteria.allocatePerCriterion(Euro.parse("1000"), List.of(
                new MultiCriteria.Criterion("population", Rate.ofPercent(50), values(3, 1)),
                new MultiCriteria.Criterion("places", Rate.ofPercent(50), values(1, 1))), RoundingPolicy.LARGEST_REMAINDER);
        assertThat(r.totals()).containsEntry("A", Euro.parse("625")).containsEntry("B", Euro.parse("375"));
        assertThat(r.slices().amountOf("population")).isEqualTo(Euro.parse("500"));
    }

    @Test
    void compositeWeightsGiveTheSameRatiosAsTheSlices() {
        Map<String, BigDecimal> w = MultiCriteria.compositeWeights(List.of(
                new MultiCriteria.Criterion("population", Rate.ofPercent(50), values(3, 1)),
                new MultiCriteria.Criterion("places", Rate.ofPercent(50), values(1, 1))));
        // A: 0.5*3/4 + 0.5*1/2 = 0.625 ; B: 0.375 -> ratio 5:3
        assertThat(w.get("A").multiply(BigDecimal.valueOf(3))).isEqualByComparingTo(w.get("B").multiply(BigDecimal.valueOf(5)));
    }

    @Test
    void dropsACriterionNobodyHasAndKeepsItsMoneyWithTheUnits() {
        MultiCriteria.Result r = MultiCriteria.allocatePerCriterion(Euro.parse("900"), List.of(
                new MultiCriteria.Criterion("cost", Rate.ofPercent(60), values(2, 1)),
                new MultiCriteria.Criterion("evening", Rate.ofPercent(40), values(0, 0))), RoundingPolicy.LARGEST_REMAINDER);
        assertThat(r.totals()).containsEntry("A", Euro.parse("600")).containsEntry("B", Euro.parse("300"));
    }

    @Test
    void rejectsWeightsThatDoNotSumToOneHundredPercentAndNegativeValues() {
        assertThatThrownBy(() -> MultiCriteria.allocatePerCriterion(Euro.parse("900"), List.of(
                new MultiCriteria.Criterion("cost", Rate.ofPercent(60), values(2, -1)),
                new MultiCriteria.Criterion("evening", Rate.ofPercent(30), values(0, 1))), RoundingPolicy.LARGEST_REMAINDER))
                .isInstanceOf(ValidationException.class)
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("criteria.weights = 90%: must sum to 100%")
                .contains("criteria[cost].values[B] = -1: must not be negative");
    }
}
