package it.fsr.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Label;
import it.fsr.core.explain.MessageCatalog;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.Ids;
import it.fsr.core.validation.Limits;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The kernel's values at their edges: an amount at the largest supported, below a tenth of a cent, the smaller and larger
 * of two, serialised and read back; a rate's bounds and its equal forms; an id's characters; the problems of an input
 * collected, bounded and told without the values; an explanation equal by its steps.
 */
class ValuesEdgesTest {
    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void anAmountAtItsEdges() throws Exception {
        long max = Euro.MAX_ABS_CENTS;
        assertThat(Euro.ofCents(max).cents()).isEqualTo(max);
        assertThat(Euro.ofCents(-max).cents()).isEqualTo(-max);
        assertThatThrownBy(() -> Euro.ofCents(max + 1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Euro.ofCents(-max - 1)).isInstanceOf(ValidationException.class);
        assertThat(Euro.of(new BigDecimal("1000000000000.00")).cents()).isEqualTo(max);
        assertThatThrownBy(() -> Euro.of(new BigDecimal("1000000000000.01"))).isInstanceOf(ValidationException.class);
        // 17 digits and more: the two paths agree at the bound
        assertThat(Euro.of(new BigDecimal("999999999999.994"), RoundingMode.HALF_UP).cents()).isEqualTo(99_999_999_999_999L);
        assertThat(Euro.of(new BigDecimal("-999999999999.995"), RoundingMode.HALF_UP).cents()).isEqualTo(-max);
        assertThatThrownBy(() -> Euro.of(new BigDecimal("1000000000000.005"), RoundingMode.HALF_UP)).isInstanceOf(ValidationException.class);
        assertThat(Euro.of(new BigDecimal("123456789012.345"), RoundingMode.HALF_UP).cents()).isEqualTo(12_345_678_901_235L);
        // below a tenth of a cent, a thousandth of a cent: the smallest such value of its sign for every mode
        assertThat(Euro.of(new BigDecimal("0.001"), RoundingMode.UP).cents()).isEqualTo(1);
        assertThat(Euro.of(new BigDecimal("0.0001"), RoundingMode.UP).cents()).isEqualTo(1);
        assertThat(Euro.of(new BigDecimal("1E-30"), RoundingMode.UP).cents()).isEqualTo(1);
        assertThat(Euro.of(new BigDecimal("-1E-30"), RoundingMode.UP).cents()).isEqualTo(-1);
        assertThat(Euro.of(new BigDecimal("1E-30"), RoundingMode.HALF_UP).cents()).isZero();
        Euro a = Euro.parse("1.00");
        Euro b = Euro.parse("1.00");
        Euro c = Euro.parse("2.00");
        assertThat(a.max(b)).isSameAs(a);
        assertThat(a.min(b)).isSameAs(a);
        assertThat(a.max(c)).isSameAs(c);
        assertThat(c.min(a)).isSameAs(a);
        assertThat(Euro.ZERO.atLeastZero()).isSameAs(Euro.ZERO);
        assertThat(Euro.parse("-0.01").atLeastZero()).isSameAs(Euro.ZERO);
        assertThat(a.atLeastZero()).isSameAs(a);
        assertThat(a.hashCode()).isEqualTo(b.hashCode()).isNotEqualTo(c.hashCode());
        assertThat(a.plus(Euro.ofCents(max - 100)).cents()).isEqualTo(max);
        assertThatThrownBy(() -> a.plus(Euro.ofCents(max - 99))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Euro.ofCents(-max).minus(a)).isInstanceOf(ValidationException.class);
        assertThat(roundTrip(Euro.parse("12.34"))).isEqualTo(Euro.parse("12.34"));
        assertThat(roundTrip(Euro.ZERO)).isEqualTo(Euro.ZERO);
    }

    @Test
    void aRateAtItsEdges() throws Exception {
        assertThat(Rate.ofFraction("0." + "1".repeat(30)).fraction().scale()).isEqualTo(30);
        assertThatThrownBy(() -> Rate.ofFraction("0." + "1".repeat(31))).isInstanceOf(ValidationException.class);
        assertThat(Rate.ofFraction("1000000").fraction()).isEqualByComparingTo("1000000");
        assertThatThrownBy(() -> Rate.ofFraction("10000000")).isInstanceOf(ValidationException.class);
        assertThat(Rate.ofPercent(new BigDecimal("100000000")).fraction()).isEqualByComparingTo("1000000");
        assertThatThrownBy(() -> Rate.ofPercent(new BigDecimal("1000000000"))).isInstanceOf(ValidationException.class);
        assertThat(Rate.ofPercent(new BigDecimal("0." + "1".repeat(28))).fraction().scale()).isEqualTo(30);
        assertThatThrownBy(() -> Rate.ofPercent(new BigDecimal("0." + "1".repeat(29)))).isInstanceOf(ValidationException.class);
        String forty = "0." + "0".repeat(37) + "1";
        assertThat(forty).hasSize(40);
        assertThatThrownBy(() -> Rate.ofFraction(forty + "1")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Rate.ofFraction((String) null)).isInstanceOf(ValidationException.class);
        String percent40 = "1" + "0".repeat(39);
        assertThatThrownBy(() -> Rate.parsePercent(percent40 + "0%")).isInstanceOf(ValidationException.class);
        assertThat(Rate.parsePercent("12,5 %").percent()).isEqualByComparingTo("12.5");
        assertThat(Rate.parsePercent("100%").percent().scale()).isZero();
        assertThat(Rate.parsePercent("100%").percent().toPlainString()).isEqualTo("100");
        assertThat(Rate.parsePercent("0%").percent().toPlainString()).isEqualTo("0");
        assertThat(Rate.ofPercent(5).isNegative()).isFalse();
        assertThat(Rate.ZERO.isNegative()).isFalse();
        assertThat(Rate.ofPercent(-1).isNegative()).isTrue();
        assertThat(Rate.ofFraction("0.50")).isEqualTo(Rate.ofFraction("0.5")).hasSameHashCodeAs(Rate.ofFraction("0.5"));
        assertThat(Rate.ofFraction("0.00")).hasSameHashCodeAs(Rate.ZERO);
        assertThat(Rate.ofFraction("0.5").hashCode()).isNotEqualTo(Rate.ofFraction("0.25").hashCode());
        assertThat(roundTrip(Rate.parsePercent("28,88%"))).isEqualTo(Rate.parsePercent("28,88%"));
    }

    @Test
    void anIdsCharacters() {
        assertThat(Ids.valid("U1")).isTrue();
        assertThat(Ids.valid(" ")).isFalse();
        assertThat(Ids.valid(null)).isFalse();
        assertThat(Ids.valid("x".repeat(Limits.idLength()))).isTrue();
        assertThat(Ids.valid("x".repeat(Limits.idLength() + 1))).isFalse();
        for (char c : new char[] {'\u0000', '\u001F', '\u007F', '\u061C', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF', '\uDC00'}) {
            assertThat(Ids.valid("a" + c + "b")).as("U+%04X", (int) c).isFalse();
        }
        for (char c : new char[] {'\u0020', '\u061B', '\u061D', '\u200D', '\u2010', '\u2029', '\u202F', '\u2065', '\u206A', 'é'}) {
            assertThat(Ids.valid("a" + c + "b")).as("U+%04X", (int) c).isTrue();
        }
        assertThat(Ids.valid("a\uD83D\uDE00")).isTrue();
        assertThat(Ids.valid("a\uD83D")).isFalse();
        assertThat(Ids.valid("\uD83Da")).isFalse();
        assertThat(Ids.require("U1", "id")).isEqualTo("U1");
        assertThatThrownBy(() -> Ids.require("", "unit.id")).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations().get(0).code()).isEqualTo("FSR-ID-EMPTY");
            assertThat(e.violations().get(0).field()).isEqualTo("unit.id");
        });
        assertThatThrownBy(() -> Ids.require("x".repeat(101), "id")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-ID-LENGTH"));
        assertThatThrownBy(() -> Ids.require("a\u202Eb", "id")).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations().get(0).code()).isEqualTo("FSR-ID-CHARACTER");
            assertThat(e.violations().get(0).value()).isEqualTo("a\\u202Eb");
        });
        assertThat(Ids.printable("a\u0007\uD83D")).isEqualTo("a\\u0007\\uD83D");
        assertThat(Ids.printable("x".repeat(200))).hasSize(Violation.MAX_VALUE_LENGTH);
    }

    @Test
    void theProblemsOfAnInputCollectedBoundedAndToldWithoutTheirValues() {
        Violations v = new Violations();
        assertThat(v.check(true, "a", 1, "m")).isTrue();
        assertThat(v.isEmpty()).isTrue();
        assertThat(v.check(false, "a", 1, "must be positive")).isFalse();
        assertThat(v.list()).hasSize(1);
        Violations many = new Violations();
        for (int i = 0; i < Limits.violations() + 5; i++) {
            many.add("f" + i, i, "is wrong");
        }
        many.addCoded("FSR-ID-EMPTY", "x", "");
        many.add(Violation.of("y", 1, "z"));
        assertThat(many.list()).hasSize(Limits.violations());
        assertThatThrownBy(many::throwIfAny).isInstanceOfSatisfying(ValidationException.class, e -> {
            Violation last = e.violations().get(e.violations().size() - 1);
            assertThat(last.code()).isEqualTo("FSR-TOO-MANY-PROBLEMS");
            assertThat(last.message()).contains("7").contains(String.valueOf(Limits.violations()));
        });
        Violations exact = new Violations();
        for (int i = 0; i < Limits.violations(); i++) {
            exact.add("f" + i, i, "is wrong");
        }
        assertThatThrownBy(exact::throwIfAny).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).hasSize(Limits.violations()).noneSatisfy(x -> assertThat(x.code()).isEqualTo("FSR-TOO-MANY-PROBLEMS")));
        // a value is cut in a violation, and never in the message of the exception
        Violation longValue = Violation.of("f", "v".repeat(100), "is wrong");
        assertThat(longValue.value()).startsWith("v".repeat(Violation.MAX_VALUE_LENGTH)).endsWith("… (100 characters)");
        assertThat(Violation.of("f", "v".repeat(Violation.MAX_VALUE_LENGTH), "is wrong").value()).isEqualTo("v".repeat(Violation.MAX_VALUE_LENGTH));
        ValidationException e = ValidationException.of("users[MRORSS80].isee", "12345", "must not be negative");
        assertThat(e.getMessage()).contains("users[…].isee").doesNotContain("MRORSS80").doesNotContain("12345");
        assertThat(e.code()).isEqualTo("FSR-INPUT-INVALID");
        assertThat(e.isInputProblem()).isTrue();
        List<Violation> eleven = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(Violation.of("f" + i, i, "is wrong"));
        }
        assertThat(new ValidationException(eleven).getMessage()).startsWith("11 invalid inputs").endsWith("\n  …").doesNotContain("f10:");
        List<Violation> ten = eleven.subList(0, 10);
        assertThat(new ValidationException(ten).getMessage()).contains("f9:").doesNotEndWith("…");
        assertThat(new ValidationException(List.of(Violation.of("a[b[c]]d", 1, "x"))).getMessage()).contains("a[…]d");
        assertThat(new ValidationException(List.of(Violation.of("x".repeat(300), 1, "x"))).getMessage()).doesNotContain("x".repeat(201));
        assertThat(new ValidationException(List.of(Violation.of("a\nb", 1, "x"))).getMessage()).contains("a b");
    }

    @Test
    void anExplanationIsEqualByItsSteps() {
        MessageCatalog catalog = (key, locale) -> key;
        Explanation a = Explanation.of(Step.of(Label.of(catalog, "quota"), Euro.parse("1.00"), "rule", "DGR 1"));
        Explanation b = Explanation.of(List.of(Step.of(Label.of(catalog, "quota"), Euro.parse("1.00"), "rule", "DGR 1")));
        Explanation c = Explanation.of(Step.of(Label.of(catalog, "quota"), null, "rule", "DGR 1"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.hashCode()).isNotEqualTo(c.hashCode());
        assertThat(a.toText(Locale.ITALIAN)).contains("quota: ");
        assertThat(c.toText(Locale.ITALIAN)).contains("quota").doesNotContain("quota: ");
    }
}
