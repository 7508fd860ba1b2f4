package it.fsr.riparto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionalRipartoTest {
    @Test
    void splitsByTheFiveCriteriaToTheCent() {
        // 1,000,000: 50% population 3:1; 10% places 1:1; 10% home care 1:3; 10% foster 1:0; 20% ratio 1/2 : 1/4
        List<AmbitoIndicators> ambiti = List.of(
                new AmbitoIndicators("A", 75000, 100, 10, 4, 5, 10),
                new AmbitoIndicators("B", 25000, 100, 30, 0, 5, 20));
        RegionalRiparto.Result r = RegionalRiparto.compute(Euro.ofEuros(1_000_000), ambiti, 2025, RipartoParameters.defaults());
        // A = 375,000 + 50,000 + 25,000 + 100,000 + 200,000 × 2/3 = 683,333.33; B = 316,666.67
        assertThat(r.amounts().get("A")).isEqualTo(Euro.parse("683333.33"));
        assertThat(r.amounts().get("B")).isEqualTo(Euro.parse("316666.67"));
        assertThat(r.criteria().get("cofinanced_ratio").get("A")).isEqualTo(Euro.parse("133333.33"));
        assertThat(r.toCsv()).startsWith("ambito,amount,population,places,home_care_users,foster_minors,cofinanced_ratio\n");
    }

    @Test
    void rejectsImpossibleFigures() {
        assertThatThrownBy(() -> RegionalRiparto.compute(Euro.ofEuros(1), List.of(
                new AmbitoIndicators("A", -1, 0, 0, 0, 5, 2), new AmbitoIndicators("A", 1, 0, 0, 0, 0, 0)), 2025, RipartoParameters.defaults()))
                .isInstanceOf(ValidationException.class)
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("ambiti[A].population = -1: must not be negative")
                .contains("ambiti[A].cofinancedUnits = 5: exceeds the active units 2")
                .contains("ambiti[A].ambito = A: is a duplicate Ambito");
    }
}
