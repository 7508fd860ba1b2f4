package it.fsr.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterEdgesTest {
    static final ParameterKey<Long> USERS = ParameterKey.of("users", Long.class, "users of the year");

    @Test
    void aValueWithAWindowIsNeverCarriedPastIt() {
        // a yearly regional act for the 2024/25 service year: in force from 1/9/2024 to 31/8/2025, and on no later day
        Parameter<Long> p = Parameter.of(USERS, DatedValue.window(600L, LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31), "DGR a"),
                DatedValue.window(800L, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), "DGR b"));
        assertThat(p.on(LocalDate.of(2025, 8, 31)).value()).isEqualTo(800L);
        assertThat(p.on(LocalDate.of(2024, 8, 31)).value()).isEqualTo(600L);
        assertThatThrownBy(() -> p.on(LocalDate.of(2025, 9, 1))).isInstanceOf(MissingParameterException.class)
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("users = 2025-09-01: no value in force on this date (the last, DGR b, applies until 2025-08-31)");
        assertThat(p.forWindow(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), "2024/25").source()).isEqualTo("DGR b");
        // a window straddling two acts, or past the last one, has no one value
        assertThatThrownBy(() -> p.forWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "2024"))
                .isInstanceOf(MissingParameterException.class).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("users = 2024: no value known for this period");
        assertThatThrownBy(() -> p.forWindow(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), "2025/26"))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("users = 2025/26: no value known for this period (the last loaded, DGR b, covers 2024-09-01 to 2025-08-31)");
        assertThatThrownBy(() -> p.forYear(2025)).isInstanceOf(MissingParameterException.class);
        assertThatThrownBy(() -> DatedValue.window(1L, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), "x"))
                .isInstanceOf(ValidationException.class);
        MissingParameterException e = new MissingParameterException("k", 2030, "why");
        assertThat(e.parameter()).isEqualTo("k");
        assertThat(e.violation().value()).isEqualTo("2030");
        assertThat(e.violation().text(java.util.Locale.ENGLISH)).isEqualTo("k = 2030: why");
        assertThat(e.violation().toString()).isEqualTo("k [FSR-PARAM-MISSING]").doesNotContain("2030");
    }

    @Test
    void exactYearsDoNotCarryOver() {
        Parameter<Long> p = Parameter.of(USERS, DatedValue.fromYear(10L, 2022, "a"), DatedValue.fromYear(20L, 2023, "b"));
        assertThat(p.forExactYear(2022).value()).isEqualTo(10L);
        assertThat(p.forExactYear(2023).value()).isEqualTo(20L);
        assertThat(p.forYear(2024).value()).isEqualTo(20L);
        assertThatThrownBy(() -> p.forExactYear(2024)).isInstanceOf(MissingParameterException.class)
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("users = 2024: no value published for this year");
        assertThat(p.on(LocalDate.of(2023, 1, 1)).value()).isEqualTo(20L);
        assertThat(p.on(LocalDate.of(2022, 12, 31)).value()).isEqualTo(10L);
        assertThat(p.toString()).startsWith("users[");
        assertThat(Parameter.of(USERS, List.of()).history()).isEmpty();
        assertThatThrownBy(() -> Parameter.of(USERS, List.<DatedValue<Long>>of()).on(LocalDate.of(2022, 1, 1)))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("users = 2022-01-01: no value in force on this date");
        ParameterSet set = ParameterSet.of(List.of(p));
        assertThat(set.datedForExactYear(USERS, 2023).source()).isEqualTo("b");
        assertThat(set.replacing(Parameter.of(USERS, DatedValue.fromYear(1L, 2030, "c"))).valueForYear(USERS, 2030)).isEqualTo(1L);
        assertThat(set.with(ParameterKey.of("other", Long.class, ""), DatedValue.fromYear(5L, 2020, "d")).all()).hasSize(2);
        assertThat(ParameterSet.union(set, set).all()).hasSize(1);
        assertThatThrownBy(() -> ParameterSet.of(List.of(p, p))).hasMessageContaining("duplicate parameter users");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void aValueOfTheWrongTypeIsRefused() {
        ParameterKey raw = USERS;
        assertThatThrownBy(() -> Parameter.of(raw, DatedValue.fromYear("ten", 2022, "a"))).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("users = ten: is not a Long");
    }

    @Test
    void violationsHelpers() {
        Violations v = new Violations();
        assertThat(v.requireNonNull("x", "f")).isTrue();
        assertThat(v.isEmpty()).isTrue();
        assertThat(v.requireNonNull(null, "f")).isFalse();
        assertThat(v.list()).extracting(x -> x.text(java.util.Locale.ENGLISH)).containsExactly("f = null: is required");
        assertThat(v.check(true, "g", 1, "m")).isTrue();
        assertThat(v.check(false, "g", 1, "m")).isFalse();
        assertThat(v.list()).hasSize(2);
        v.addAll("outer", ValidationException.of("inner", 3, "bad"));
        v.addAll("", ValidationException.of("plain", 4, "bad"));
        assertThat(v.list()).extracting(x -> x.text(java.util.Locale.ENGLISH)).contains("outer.inner = 3: bad", "plain = 4: bad");
        // the message names fields and codes, never the values (they may be personal data)
        assertThatThrownBy(v::throwIfAny).hasMessageStartingWith("4 invalid inputs:\n  f: is required [FSR-REQUIRED]\n  g: m [FSR-INPUT]");
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(it.fsr.core.validation.Violation.of("f", "x".repeat(100), "m").value()).hasSize(80 + "… (100 characters)".length());
    }
}
