package it.fsr.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Decimals;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.Ids;
import it.fsr.core.validation.Limits;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The kernel against hostile input: a twelve-byte number never costs minutes or the heap (before: {@code Euro.of} rescaled
 * {@code 1e10000000} for 6.6 s and {@code 1e999999999} ran out of memory), a message carries no value, the problems of one
 * input are bounded, an id cannot forge a log line.
 */
class HostileInputTest {
    static final BigDecimal HUGE = new BigDecimal("1e999999999");
    static final BigDecimal TINY = new BigDecimal("1e-999999999");

    @Test
    void aNumberIsJudgedFromItsDigitsAndExponentBeforeAnyWork() {
        assertThatThrownBy(() -> Euro.of(HUGE)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).value()).isEqualTo("1E+999999999"));
        assertThatThrownBy(() -> Euro.of(HUGE.negate(), RoundingMode.HALF_UP)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Euro.of(new BigDecimal("1e10000000"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Euro.of(TINY)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).message()).contains("fraction of a cent"));
        // below a tenth of a cent every rounding mode rounds as it would the smallest value of that sign
        assertThat(Euro.of(TINY, RoundingMode.HALF_UP)).isEqualTo(Euro.ZERO);
        assertThat(Euro.of(TINY, RoundingMode.UP)).isEqualTo(Euro.ofCents(1));
        assertThat(Euro.of(TINY.negate(), RoundingMode.FLOOR)).isEqualTo(Euro.ofCents(-1));
        assertThat(Euro.of(new BigDecimal("12.5000000000000000000000000"))).isEqualTo(Euro.parse("12.50"));
        assertThat(Euro.of(new BigDecimal("1E+3"))).isEqualTo(Euro.ofEuros(1000));
        assertThatThrownBy(() -> Rate.ofFraction(HUGE)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Rate.ofPercent(TINY)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Euro.ofEuros(3).multiply(HUGE, RoundingMode.HALF_UP)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Euro.ofEuros(1_000_000).times(Long.MAX_VALUE)).isInstanceOf(ValidationException.class);
        assertThat(Decimals.echo(HUGE)).isEqualTo("1E+999999999");
        assertThat(Decimals.echo(new BigDecimal("15000.00"))).isEqualTo("15000.00");
        assertThat(Decimals.fits(new BigDecimal("1234567.123456"), 7, 6)).isTrue();
        assertThat(Decimals.fits(new BigDecimal("12345678"), 7, 6)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1.0000001000"), 7, 6)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1" + "0".repeat(300)), 400, 0)).isFalse();   // more digits than any figure
    }

    /** A message ends up in logs: it names fields and codes, an id in brackets masked, never the value. */
    @Test
    void aMessageCarriesNoValueAndNoId() {
        ValidationException e = ValidationException.of("members[RSSMRA80A01L219X].employee_income", "-15000.00", "must not be negative");
        assertThat(e.getMessage()).isEqualTo("1 invalid input:\n  members[…].employee_income: must not be negative [FSR-NEGATIVE]")
                .doesNotContain("RSSMRA").doesNotContain("15000");
        assertThat(e.violations().get(0).toString()).doesNotContain("15000").doesNotContain("RSSMRA");
        // the values stay in the structure, for the person they belong to
        assertThat(e.violations().get(0).value()).isEqualTo("-15000.00");
        assertThat(e.message(Locale.ITALIAN)).contains("members[RSSMRA80A01L219X].employee_income = -15000.00");
        // a null from a caller is bad input of fsr's family, not a NullPointerException
        assertThatThrownBy(() -> ValidationException.requireNonNull(null, "users[0]")).isInstanceOfSatisfying(ValidationException.class,
                x -> assertThat(x.violations().get(0).code()).isEqualTo("FSR-REQUIRED"));
    }

    /** 300,000 bad rows are one bounded report: the first problems and a count of the rest. */
    @Test
    void theProblemsOfOneInputAreBounded() {
        Violations v = new Violations();
        for (int i = 0; i < 300_000; i++) {
            v.add("f.csv:" + (i + 2) + ": amount", "x", "is not an amount");
        }
        assertThatThrownBy(v::throwIfAny).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).hasSize(Limits.violations() + 1);
            Violation last = e.violations().get(e.violations().size() - 1);
            assertThat(last.code()).isEqualTo("FSR-TOO-MANY-PROBLEMS");
            assertThat(last.message(Locale.ITALIAN)).isEqualTo("altri 299000 problemi non elencati (sono elencati i primi 1000)");
            assertThat(e.getMessage().length()).isLessThan(2_000);
        });
    }

    /** An id is a key: a newline forging a log line, U+202E reversing the text, a NUL, five megabytes — each refused. */
    @Test
    void anIdCannotForgeALogLine() {
        for (String bad : new String[] {"A\n2026-12-06 INFO login ok", "x\u202Egnp.exe", "a\u0000b", "\t=1+1", "", " ", "x".repeat(5_000_000),
                "\uD800"}) {
            assertThat(Ids.isValid(bad)).as(Ids.printable(bad.length() > 50 ? bad.substring(0, 50) : bad)).isFalse();
        }
        for (String good : new String[] {"RSSMRA80A01L219X", "Città di Cantù", "F-2021/7", "=HYPERLINK(\"x\")", "家族"}) {
            assertThat(Ids.isValid(good)).as(good).isTrue();
        }
        assertThatThrownBy(() -> Ids.require("a\nb", "user.id")).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations().get(0).code()).isEqualTo("FSR-ID-CHARACTER");
            assertThat(e.violations().get(0).value()).isEqualTo("a\\u000Ab");
        });
        Violations v = new Violations();
        Ids.check("x".repeat(5_000_000), "user.id", v);
        assertThat(v.list().get(0).value().length()).isLessThan(200);
        assertThat(v.list().get(0).code()).isEqualTo("FSR-ID-LENGTH");
    }

    /** OWASP's CSV injection: text a spreadsheet would run gets an apostrophe; numbers keep their sign; fsr reads it back. */
    @Test
    void aCellASpreadsheetWouldRunIsNeutralisedAndANumberIsNot() {
        for (String formula : new String[] {"=1+1", "+cmd|'/C calc'!A0", "@SUM(1)", "-2+3", "\t=1+1", "\r=1"}) {
            String written = it.fsr.core.csv.CsvWriter.cell(formula, it.fsr.core.explain.CsvDialect.PLAIN);
            assertThat(written).as(formula).contains("'" + formula.charAt(0));
            assertThat(it.fsr.core.csv.CsvWriter.unneutralised("'" + formula)).isEqualTo(formula);
        }
        assertThat(it.fsr.core.csv.CsvWriter.cell("-15.00", it.fsr.core.explain.CsvDialect.PLAIN)).isEqualTo("-15.00");
        assertThat(it.fsr.core.csv.CsvWriter.cell("-15.00", it.fsr.core.explain.CsvDialect.ITALIAN)).isEqualTo("-15,00");
        assertThat(it.fsr.core.csv.CsvWriter.cell("-7", it.fsr.core.explain.CsvDialect.PLAIN)).isEqualTo("-7");
        assertThat(it.fsr.core.csv.CsvWriter.unneutralised("'apostrofo")).isEqualTo("'apostrofo");
        assertThat(it.fsr.core.explain.Markdown.escape("<img src=x onerror=alert(1)> | *b*")).isEqualTo("&lt;img src=x onerror=alert(1)&gt; \\| \\*b\\*");
    }
}
