package it.fsr.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterSetTest {
    // L. 234/2021 c. 172: 28.88% for 2022-2024, 33% from 2025
    static final ParameterKey<Rate> NURSERY = ParameterKey.of("lep.nursery.threshold", Rate.class, "coverage threshold");
    static final Parameter<Rate> HISTORY = Parameter.of(NURSERY,
            DatedValue.fromYear(Rate.parsePercent("33%"), 2025, "L. 234/2021 c. 172"),
            DatedValue.fromYear(Rate.parsePercent("28.88%"), 2022, "L. 234/2021 c. 172; DM 19/07/2022"));

    @Test
    void looksUpTheValueInForceOnADateOrForAYear() {
        ParameterSet set = ParameterSet.of(List.of(HISTORY));
        assertThat(set.valueForYear(NURSERY, 2022)).isEqualTo(Rate.parsePercent("28.88"));
        assertThat(set.valueForYear(NURSERY, 2024)).isEqualTo(Rate.parsePercent("28.88"));
        assertThat(set.valueForYear(NURSERY, 2025)).isEqualTo(Rate.ofPercent(33));
        assertThat(set.valueOn(NURSERY, LocalDate.of(2024, 12, 31))).isEqualTo(Rate.parsePercent("28.88"));
        assertThat(set.datedForYear(NURSERY, 2030).source()).isEqualTo("L. 234/2021 c. 172");
    }

    @Test
    void reportsAYearWithNoValueNamingTheParameter() {
        ParameterSet set = ParameterSet.of(List.of(HISTORY));
        assertThatThrownBy(() -> set.valueForYear(NURSERY, 2021)).isInstanceOf(MissingParameterException.class)
                .hasMessageContaining("lep.nursery.threshold = 2021: no value in force for this year (first in force from 2022-01-01)");
    }

    @Test
    void overridesWithoutTouchingTheDefaults() {
        ParameterSet defaults = ParameterSet.of(List.of(HISTORY));
        ParameterSet next = defaults.with(NURSERY, DatedValue.fromYear(Rate.ofPercent(40), 2027, "a future act"));
        assertThat(next.valueForYear(NURSERY, 2027)).isEqualTo(Rate.ofPercent(40));
        assertThat(next.valueForYear(NURSERY, 2026)).isEqualTo(Rate.ofPercent(33));
        assertThat(defaults.valueForYear(NURSERY, 2027)).isEqualTo(Rate.ofPercent(33));
        ParameterSet replaced = defaults.with(NURSERY, DatedValue.fromYear(Rate.ofPercent(30), 2025, "regional act"));
        assertThat(replaced.valueForYear(NURSERY, 2025)).isEqualTo(Rate.ofPercent(30));
        assertThat(replaced.parameter(NURSERY).history()).hasSize(2);
    }

    @Test
    void rejectsTwoValuesFromTheSameDateAndAMissingParameter() {
        assertThatThrownBy(() -> Parameter.of(NURSERY, DatedValue.fromYear(Rate.ONE, 2022, "a"), DatedValue.fromYear(Rate.ZERO, 2022, "b")))
                .hasMessageContaining("two values in force from the same date");
        ParameterKey<Rate> other = ParameterKey.of("x.y", Rate.class, "");
        assertThatThrownBy(() -> ParameterSet.of(List.of(HISTORY)).valueForYear(other, 2025))
                .hasMessageContaining("x.y = missing");
    }
}
