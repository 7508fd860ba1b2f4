package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every typed reader, in both dialects, with blank, required, bad and edge values. */
class CsvRowTest {
    static CsvRow plain(String header, String row) {
        return CsvTable.parse("p.csv", header + "\n" + row + "\n").rows().get(0);
    }

    static CsvRow italian(String header, String row) {
        return CsvTable.parse("i.csv", header + "\n" + row + "\n").rows().get(0);
    }

    static String only(Violations v) {
        assertThat(v.list()).hasSize(1);
        Violation x = v.list().get(0);
        return x.text(java.util.Locale.ENGLISH);
    }

    @Test
    void blankValuesAreNullWhenOptionalAndAViolationWhenRequired() {
        // one cell written: a row of nothing but separators is no row (Excel's ";;"), see CsvStreamTest
        CsvRow r = plain("a,b,c,d,e,f,g,id", ",,,,,,,x");
        Violations v = new Violations();
        assertThat(r.amount("a", false, false, v)).isNull();
        assertThat(r.decimal("b", false, v)).isNull();
        assertThat(r.integer("c", false, v)).isNull();
        assertThat(r.percent("d", false, v)).isNull();
        assertThat(r.date("e", false, v)).isNull();
        assertThat(r.yesNo("f", Boolean.TRUE, v)).isTrue();
        assertThat(r.enumValue("g", CsvDialect.class, CsvDialect.PLAIN, v)).isEqualTo(CsvDialect.PLAIN);
        assertThat(r.text("a")).isEmpty();
        assertThat(r.text("nope")).isEmpty();
        assertThat(v.isEmpty()).isTrue();
        for (String col : new String[] {"a", "b", "c", "d", "e"}) {
            Violations w = new Violations();
            switch (col) {
                case "a" -> r.amount(col, true, false, w);
                case "b" -> r.decimal(col, true, w);
                case "c" -> r.integer(col, true, w);
                case "d" -> r.percent(col, true, w);
                default -> r.date(col, true, w);
            }
            // a number left empty says how to write zero (a clerk leaves it out); a date just that it is required
            assertThat(only(w)).isEqualTo("p.csv:2: " + col + " = : a value is required" + (col.equals("e") ? "" : ": write 0 if it is zero"));
        }
        Violations w = new Violations();
        assertThat(r.yesNo("f", null, w)).isNull();
        assertThat(only(w)).isEqualTo("p.csv:2: f = : a value is required (yes or no)");
        Violations e = new Violations();
        assertThat(r.enumValue("g", CsvDialect.class, null, e)).isNull();
        assertThat(only(e)).isEqualTo("p.csv:2: g = : a value is required");
        Violations t = new Violations();
        assertThat(r.requiredText("a", t)).isNull();
        assertThat(only(t)).isEqualTo("p.csv:2: a = : a value is required");
    }

    @Test
    void amountsInBothDialectsWithSignRules() {
        Violations v = new Violations();
        assertThat(plain("a", "-5.50").amount("a", true, true, v)).isEqualTo(Euro.parse("-5.50"));
        assertThat(italian("a;b", "1.234,5;x").amount("a", true, false, v)).isEqualTo(Euro.parse("1234.50"));
        assertThat(v.isEmpty()).isTrue();
        Violations neg = new Violations();
        assertThat(plain("a", "-5").amount("a", true, false, neg)).isNull();
        assertThat(only(neg)).isEqualTo("p.csv:2: a = -5: must not be negative");
        Violations bad = new Violations();
        assertThat(italian("a;b", "1.234.5;x").amount("a", true, false, bad)).isNull();
        assertThat(only(bad)).isEqualTo("i.csv:2: a = 1.234.5: is ambiguous: in a ';' file a '.' separates thousands only before groups of three digits (write 1,5 for one and a half, 65.000 or 65000 for sixty-five thousand)");
    }

    @Test
    void decimalsIntegersPercentagesInBothDialects() {
        Violations v = new Violations();
        assertThat(plain("a", "12.75").decimal("a", true, v)).isEqualByComparingTo("12.75");
        assertThat(italian("a;b", "1.012,75;x").decimal("a", true, v)).isEqualByComparingTo("1012.75");
        assertThat(italian("a;b", "75.000;x").integer("a", true, v)).isEqualTo(75_000L);
        assertThat(plain("a", "0").integer("a", true, v)).isZero();
        assertThat(plain("a", "28.88%").percent("a", true, v)).isEqualTo(Rate.parsePercent("28.88"));
        assertThat(v.isEmpty()).isTrue();
        Violations d = new Violations();
        assertThat(plain("a", "\"1,5\"").decimal("a", true, d)).isNull();
        assertThat(only(d)).isEqualTo("p.csv:2: a = 1,5: has a ',' inside a number in a ',' file: write the decimal with a point (1.5), or save the file with ';'");
        Violations di = new Violations();
        assertThat(italian("a;b", "1.5.5;x").decimal("a", true, di)).isNull();
        assertThat(only(di)).isEqualTo("i.csv:2: a = 1.5.5: is ambiguous: in a ';' file a '.' separates thousands only before groups of three digits (write 1,5 for one and a half, 65.000 or 65000 for sixty-five thousand)");
        Violations dn = new Violations();
        assertThat(plain("a", "-2").decimal("a", true, dn)).isNull();
        assertThat(only(dn)).isEqualTo("p.csv:2: a = -2: must not be negative");
        Violations dl = new Violations();
        assertThat(plain("a", "1".repeat(41)).decimal("a", true, dl)).isNull();
        assertThat(dl.list().get(0).message()).isEqualTo("is not a number");
        Violations in = new Violations();
        assertThat(plain("a", "-3").integer("a", true, in)).isNull();
        assertThat(only(in)).isEqualTo("p.csv:2: a = -3: must not be negative");
        Violations il = new Violations();
        assertThat(plain("a", "1234567890123456").integer("a", true, il)).isNull();
        assertThat(only(il)).isEqualTo("p.csv:2: a = 1234567890123456: is implausibly large");
        assertThat(plain("a", "123456789012345").integer("a", true, new Violations())).isEqualTo(123456789012345L);
        Violations ip = new Violations();
        assertThat(plain("a", "1.5").integer("a", true, ip)).isNull();
        assertThat(only(ip)).isEqualTo("p.csv:2: a = 1.5: must be a whole number (no decimals)");
        Violations pc = new Violations();
        assertThat(plain("a", "x%").percent("a", true, pc)).isNull();
        assertThat(only(pc)).isEqualTo("p.csv:2: a = x%: is not a percentage (e.g. 5%, 28,88%)");
    }

    @Test
    void yesNoDatesAndEnums() {
        Violations v = new Violations();
        for (String yes : new String[] {"yes", "TRUE", "si", "Sì", "1", "y", "s"}) {
            assertThat(plain("a", yes).yesNo("a", null, v)).as(yes).isTrue();
        }
        for (String no : new String[] {"no", "False", "0", "n"}) {
            assertThat(plain("a", no).yesNo("a", null, v)).as(no).isFalse();
        }
        assertThat(plain("a", "2025-06-30").date("a", true, v)).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(plain("a", "30/06/2025").date("a", true, v)).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(plain("a", "not-working").enumValue("a", Mode.class, null, v)).isEqualTo(Mode.NOT_WORKING);
        assertThat(plain("a", "Not Working").enumValue("a", Mode.class, null, v)).isEqualTo(Mode.NOT_WORKING);
        assertThat(v.isEmpty()).isTrue();
        Violations y = new Violations();
        assertThat(plain("a", "maybe").yesNo("a", Boolean.FALSE, y)).isNull();
        assertThat(only(y)).isEqualTo("p.csv:2: a = maybe: is not yes/no (yes, no, true, false, si, sì, 1, 0)");
        Violations d = new Violations();
        assertThat(plain("a", "31/02/2025").date("a", true, d)).isNull();
        assertThat(only(d)).isEqualTo("p.csv:2: a = 31/02/2025: is not a date (YYYY-MM-DD or DD/MM/YYYY)");
        Violations d2 = new Violations();
        assertThat(plain("a", "2025-13-01").date("a", true, d2)).isNull();
        assertThat(only(d2)).isEqualTo("p.csv:2: a = 2025-13-01: is not a date (YYYY-MM-DD or DD/MM/YYYY)");
        Violations e = new Violations();
        assertThat(plain("a", "sleeping").enumValue("a", Mode.class, Mode.WORKS, e)).isNull();
        assertThat(only(e)).isEqualTo("p.csv:2: a = sleeping: is not one of works, not_working");
        assertThat(plain("a", "x").line()).isEqualTo(2);
        assertThat(plain("a", "x").field("a")).isEqualTo("p.csv:2: a");
        assertThat(plain("a", "  x  ").text("a")).contains("x");
        assertThat(new BigDecimal("1")).isNotNull();
    }

    enum Mode {
        WORKS, NOT_WORKING
    }
}
