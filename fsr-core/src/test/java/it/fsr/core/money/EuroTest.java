package it.fsr.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EuroTest {

    @ParameterizedTest(name = "{0} -> {1} cents")
    @CsvSource(delimiter = '|', value = {
        // the Monte Orfano 2025 budget, in the forms the Avviso and Excel write it
        "422430.60|42243060", "422.430,60|42243060", "€ 422.430,60|42243060", "€422.430,60|42243060",
        "422430,60|42243060", "422,430.60|42243060", "422430.6|42243060", "422.430,60 €|42243060",
        "1.000,00|100000", "1.000.000|100000000", "0,05|5", "-12,50|-1250", "0|0", "EUR 15.000,00|1500000", "300|30000"})
    void parsesPlainAndItalianForms(String text, long cents) {
        assertThat(Euro.parse(text).cents()).isEqualTo(cents);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,3,4", "1e5", "NaN", "", "   ", "1.2.3,4", "12.345,678", "0.001", "abc", "€", "--1", "1,000,000.5.5", "Infinity", "1 000"})
    void rejectsAnythingElseNamingTheText(String text) {
        assertThatThrownBy(() -> Euro.parse(text))
                .isInstanceOf(ValidationException.class)
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("amount = " + text);
    }

    @Test
    void rejectsAmbiguousGroupingWithAMessageThatSaysHowToWriteIt() {
        // 1.005 is one thousand and five (Italian) but could be read as 1.005 euro: never guess
        assertThatThrownBy(() -> Euro.parse("1,005")).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("ambiguous");
        assertThatThrownBy(() -> Euro.parse("1.005")).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("ambiguous");
        // in a file known to be Italian, 1.005 is one thousand and five
        assertThat(EuroFormat.parseItalian("1.005").cents()).isEqualTo(100500);
    }

    @Test
    void formatsItalianAndPlain() {
        Euro e = Euro.ofCents(42243060);
        assertThat(e.toString()).isEqualTo("422430.60");
        assertThat(e.toItalianString()).isEqualTo("422.430,60");
        assertThat(EuroFormat.forLocale(e, java.util.Locale.ITALIAN)).isEqualTo("€ 422.430,60");
        assertThat(EuroFormat.forLocale(e, java.util.Locale.ENGLISH)).isEqualTo("€422,430.60");
        assertThat(Euro.ofCents(-5).toString()).isEqualTo("-0.05");
        assertThat(Euro.ofCents(-100000).toItalianString()).isEqualTo("-1.000,00");
        assertThat(Euro.ofCents(99).toItalianString()).isEqualTo("0,99");
    }

    @Test
    void hasAFixedScaleOfTwoSoEqualValuesAreEqual() {
        assertThat(Euro.parse("1.5")).isEqualTo(Euro.parse("1.50")).isEqualTo(Euro.of(new BigDecimal("1.500")));
        assertThat(Euro.of(new BigDecimal("1.5")).toBigDecimal()).isEqualByComparingTo("1.50");
        assertThat(Euro.of(new BigDecimal("1.5")).toBigDecimal().scale()).isEqualTo(2);
    }

    @Test
    void neverRoundsImplicitly() {
        assertThatThrownBy(() -> Euro.of(new BigDecimal("1.005")))
                .isInstanceOf(ValidationException.class).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("fraction of a cent");
        assertThat(Euro.of(new BigDecimal("1.005"), RoundingMode.HALF_UP).cents()).isEqualTo(101);
        assertThat(Euro.of(new BigDecimal("1.005"), RoundingMode.DOWN).cents()).isEqualTo(100);
    }

    @Test
    void multipliesByARateWithAnExplicitRoundingMode() {
        Euro budget = Euro.parse("422430.60");
        // Avviso FSR 2025 §5: reserve 5% of the Ambito's FSR = 21,121.53 exactly
        assertThat(budget.multiply(Rate.ofPercent(5), RoundingMode.HALF_UP)).isEqualTo(Euro.parse("21121.53"));
        // 8% = 33,794.448 -> 33,794.45 half-up, 33,794.44 down
        assertThat(budget.multiply(Rate.ofPercent(8), RoundingMode.HALF_UP)).isEqualTo(Euro.parse("33794.45"));
        assertThat(budget.multiply(Rate.ofPercent(8), RoundingMode.DOWN)).isEqualTo(Euro.parse("33794.44"));
    }

    @Test
    void arithmeticIsExactAndBounded() {
        assertThat(Euro.parse("0.10").plus(Euro.parse("0.20"))).isEqualTo(Euro.parse("0.30"));
        assertThat(Euro.parse("1").minus(Euro.parse("1.01"))).isEqualTo(Euro.parse("-0.01"));
        assertThat(Euro.parse("1.01").times(3)).isEqualTo(Euro.parse("3.03"));
        assertThatThrownBy(() -> Euro.parse("1000000000000000"))
                .isInstanceOf(ValidationException.class).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("largest supported amount");
        Euro max = Euro.ofCents(Euro.MAX_ABS_CENTS);
        assertThatThrownBy(() -> max.plus(Euro.ofCents(1))).isInstanceOf(it.fsr.core.validation.ValidationException.class);
    }

    @Test
    void comparesByValue() {
        assertThat(Euro.parse("2").isGreaterThan(Euro.parse("1.99"))).isTrue();
        assertThat(Euro.parse("2").max(Euro.parse("3"))).isEqualTo(Euro.parse("3"));
        assertThat(Euro.parse("-2").atLeastZero()).isEqualTo(Euro.ZERO);
    }
}
