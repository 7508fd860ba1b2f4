package it.fsr.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Comparisons, bounds and formats of Euro and Rate at their edges. */
class MoneyEdgesTest {
    static final Euro ONE = Euro.parse("1.00");
    static final Euro TWO = Euro.parse("2.00");

    @Test
    void comparisonsAreStrictWhereTheyShouldBe() {
        assertThat(ONE.isLessThan(TWO)).isTrue();
        assertThat(TWO.isLessThan(ONE)).isFalse();
        assertThat(ONE.isLessThan(ONE)).isFalse();
        assertThat(ONE.isGreaterThan(ONE)).isFalse();
        assertThat(ONE.max(ONE)).isSameAs(ONE);
        assertThat(ONE.min(TWO)).isSameAs(ONE);
        assertThat(TWO.min(ONE)).isSameAs(ONE);
        assertThat(ONE.compareTo(TWO)).isNegative();
        assertThat(Euro.ZERO.signum()).isZero();
        assertThat(ONE.negate().signum()).isEqualTo(-1);
        assertThat(ONE.negate().isNegative()).isTrue();
        assertThat(Euro.ZERO.isPositive()).isFalse();
        assertThat(Euro.ZERO.isZero()).isTrue();
        assertThat(ONE.isZero()).isFalse();
        assertThat(ONE.atLeastZero()).isSameAs(ONE);
        assertThat(ONE).isNotEqualTo("1.00").isNotEqualTo(TWO);
        assertThat(ONE.hashCode()).isEqualTo(Euro.ofCents(100).hashCode());
        assertThat(Euro.sum(List.of(ONE, TWO, ONE.negate()))).isEqualTo(TWO);
    }

    @Test
    void boundsAreExactToTheCent() {
        assertThat(Euro.ofCents(Euro.MAX_ABS_CENTS).cents()).isEqualTo(Euro.MAX_ABS_CENTS);
        assertThat(Euro.ofCents(-Euro.MAX_ABS_CENTS).cents()).isEqualTo(-Euro.MAX_ABS_CENTS);
        assertThatThrownBy(() -> Euro.ofCents(Euro.MAX_ABS_CENTS + 1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Euro.ofCents(-Euro.MAX_ABS_CENTS - 1)).isInstanceOf(ValidationException.class);
        assertThat(Euro.ofEuros(Euro.MAX_ABS_CENTS / 100).cents()).isEqualTo(Euro.MAX_ABS_CENTS);
        assertThatThrownBy(() -> Euro.ofEuros(Euro.MAX_ABS_CENTS / 100 + 1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Euro.ofEuros(-Euro.MAX_ABS_CENTS / 100 - 1)).isInstanceOf(ValidationException.class);
        Euro max = Euro.ofCents(Euro.MAX_ABS_CENTS);
        assertThat(max.minus(ONE).plus(ONE)).isEqualTo(max);
        assertThatThrownBy(() -> max.negate().minus(Euro.ofCents(1))).isInstanceOf(it.fsr.core.validation.ValidationException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(it.fsr.core.validation.ValidationException.class);
        assertThatThrownBy(() -> max.multiply(new BigDecimal("1.0000000001"), RoundingMode.UP)).isInstanceOf(it.fsr.core.validation.ValidationException.class);
        assertThat(max.multiply(BigDecimal.ONE, RoundingMode.UNNECESSARY)).isEqualTo(max);
        assertThatThrownBy(() -> Euro.of(new BigDecimal("1000000000000.01"))).isInstanceOf(ValidationException.class);
        assertThat(Euro.of(new BigDecimal("1000000000000.00")).cents()).isEqualTo(Euro.MAX_ABS_CENTS);
        assertThatThrownBy(() -> Euro.of(null)).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("amount = null: is required");
        assertThatThrownBy(() -> Euro.of(null, RoundingMode.UP)).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("amount = null: is required");
        assertThat(ONE.times(0)).isSameAs(Euro.ZERO);
        assertThat(ONE.minus(ONE)).isSameAs(Euro.ZERO);
    }

    @Test
    void formatsForEachLanguage() {
        assertThat(EuroFormat.forLocale(Euro.parse("1234.5"), Locale.ITALIAN)).isEqualTo("€ 1.234,50");
        assertThat(EuroFormat.forLocale(Euro.parse("1234.5"), Locale.ENGLISH)).isEqualTo("€1,234.50");
        assertThat(EuroFormat.italian(Euro.parse("123456789.01"))).isEqualTo("123.456.789,01");
        assertThat(EuroFormat.italian(Euro.parse("999"))).isEqualTo("999,00");
        assertThat(EuroFormat.forLocale(Euro.parse("-1000"), java.util.Locale.ENGLISH)).isEqualTo("€-1,000.00");
        assertThat(Euro.parse("EUR 5")).isEqualTo(Euro.parse("5"));
        assertThat(Euro.parse("5 EUR")).isEqualTo(Euro.parse("5"));
        assertThat(Euro.parse("-€ 5")).isEqualTo(Euro.parse("-5"));
        assertThat(Euro.parse("€-5")).isEqualTo(Euro.parse("-5"));
        assertThatThrownBy(() -> EuroFormat.parseItalian(null)).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("amount = null: is required");
        assertThatThrownBy(() -> EuroFormat.parsePlain("1.000,00")).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("is not a plain euro amount (e.g. 422430.60)");
        assertThat(EuroFormat.parsePlain("-1000.5")).isEqualTo(Euro.parse("-1000.50"));
        assertThat(EuroFormat.parseItalian("-1.000,5")).isEqualTo(Euro.parse("-1000.50"));
        assertThatThrownBy(() -> Euro.parse("9".repeat(41))).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("exceeds the largest supported amount");
        assertThatThrownBy(() -> Euro.parse("x".repeat(41))).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("is not a euro amount");
    }

    @Test
    void rates() {
        Rate five = Rate.ofPercent(5);
        assertThat(five.isLessThan(Rate.ofPercent(6))).isTrue();
        assertThat(five.isLessThan(five)).isFalse();
        assertThat(Rate.ofPercent(6).isLessThan(five)).isFalse();
        assertThat(five.isGreaterThan(five)).isFalse();
        assertThat(five.minus(Rate.ofPercent(2))).isEqualTo(Rate.ofPercent(3));
        assertThat(five.isNegative()).isFalse();
        assertThat(Rate.ZERO.minus(five).isNegative()).isTrue();
        assertThat(Rate.ZERO.isZero()).isTrue();
        assertThat(five.isZero()).isFalse();
        assertThat(Rate.ofPercent(new BigDecimal("100")).fraction()).isEqualByComparingTo("1");
        assertThat(Rate.ofPercent(200).percent().toPlainString()).isEqualTo("200");
        assertThat(Rate.ofPercent(200).toString()).isEqualTo("200%");
        assertThat(Rate.parsePercent("-5%").isNegative()).isTrue();
        assertThat(five.hashCode()).isEqualTo(Rate.parsePercent("5.0").hashCode());
        assertThat(five).isNotEqualTo("5%");
        assertThatThrownBy(() -> Rate.ofFraction((BigDecimal) null)).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("rate = null: is required");
        assertThatThrownBy(() -> Rate.ofPercent((BigDecimal) null)).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("rate = null: is required");
        assertThatThrownBy(() -> Rate.parsePercent(null)).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("percentage = null: is required");
        assertThatThrownBy(() -> Rate.ofFraction("1".repeat(41))).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("is not a decimal fraction");
        assertThatThrownBy(() -> Rate.parsePercent("1".repeat(41))).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("is not a percentage");
    }
}
