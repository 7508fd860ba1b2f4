package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one number reader: read only when an Italian and a plain reader could not disagree. */
class NumberReaderTest {

    @ParameterizedTest(name = "{0} in a ''{1}'' file as {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        // Italian Excel (';'): decimal comma, '.' only before groups of three digits
        "65.000|;|INTEGER|65000",
        "65000|;|INTEGER|65000",
        "65.0|;|INTEGER|FSR-CSV-AMBIGUOUS-NUMBER",
        "1.5|;|INTEGER|FSR-CSV-AMBIGUOUS-NUMBER",
        "4.0|;|DECIMAL|FSR-CSV-AMBIGUOUS-NUMBER",
        "1.5|;|DECIMAL|FSR-CSV-AMBIGUOUS-NUMBER",
        "1,5|;|DECIMAL|1.5",
        "1,5|;|INTEGER|FSR-CSV-DECIMAL-IN-INTEGER",
        "3,0|;|INTEGER|FSR-CSV-DECIMAL-IN-INTEGER",
        "422.430,60|;|AMOUNT|422430.60",
        "€ 422.430,60|;|AMOUNT|422430.60",
        "1.005|;|AMOUNT|1005",
        "12,345|;|AMOUNT|FSR-CSV-TOO-MANY-DECIMALS",
        "1.2345,00|;|AMOUNT|FSR-CSV-AMBIGUOUS-NUMBER",
        "28,88%|;|PERCENT|28.88",
        "1.000.000|;|INTEGER|1000000",
        "-7|;|DECIMAL|-7",
        "abc|;|DECIMAL|FSR-CSV-NOT-A-NUMBER",
        "x%|;|PERCENT|FSR-PERCENT-INVALID",
        // plain (','): decimal point, no thousands
        "1.5|,|DECIMAL|1.5",
        "1.5|,|INTEGER|FSR-CSV-DECIMAL-IN-INTEGER",
        "65.000|,|INTEGER|FSR-CSV-DECIMAL-IN-INTEGER",
        "1,5|,|DECIMAL|FSR-CSV-COMMA-IN-NUMBER",
        "65,000|,|INTEGER|FSR-CSV-COMMA-IN-NUMBER",
        "422430.60|,|AMOUNT|422430.60",
        "1.005|,|AMOUNT|FSR-CSV-TOO-MANY-DECIMALS",
        "28.88%|,|PERCENT|28.88",
        "1e5|,|DECIMAL|FSR-CSV-NOT-A-NUMBER"})
    void readsOnlyWhatCannotBeMisread(String raw, String separator, String kind, String expected) {
        CsvDialect d = separator.equals(";") ? CsvDialect.ITALIAN : CsvDialect.PLAIN;
        NumberReader.Reading r = NumberReader.read(raw, d, NumberReader.Kind.valueOf(kind));
        if (expected.startsWith("FSR-")) {
            assertThat(r.ok()).isFalse();
            assertThat(r.code()).isEqualTo(expected);
        } else {
            assertThat(r.ok()).isTrue();
            assertThat(r.value()).isEqualByComparingTo(expected);
        }
    }

    /**
     * A strict reader written apart from fsr's, as an Italian clerk reads a ';' file: split at the comma (at most
     * one), the integer part split at the points (the first group 1–3 digits, every other exactly 3), digits only.
     */
    static BigDecimal italianReference(String s) {
        String body = s.startsWith("-") ? s.substring(1) : s;
        String[] byComma = body.split(",", -1);
        if (byComma.length > 2) {
            return null;
        }
        String[] groups = byComma[0].split("\\.", -1);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            boolean ok = !g.isEmpty() && g.chars().allMatch(Character::isDigit)
                    && (groups.length == 1 || (i == 0 ? g.length() <= 3 : g.length() == 3));
            if (!ok) {
                return null;
            }
            digits.append(g);
        }
        if (byComma.length == 2) {
            if (byComma[1].isEmpty() || !byComma[1].chars().allMatch(Character::isDigit)) {
                return null;
            }
            digits.append('.').append(byComma[1]);
        }
        BigDecimal v = new BigDecimal(digits.toString());
        return s.startsWith("-") ? v.negate() : v;
    }

    /** The same for a ',' file: at most one point, digits on both sides, no comma. */
    static BigDecimal plainReference(String s) {
        String body = s.startsWith("-") ? s.substring(1) : s;
        String[] parts = body.split("\\.", -1);
        if (parts.length > 2 || body.contains(",")) {
            return null;
        }
        for (String p : parts) {
            if (p.isEmpty() || !p.chars().allMatch(Character::isDigit)) {
                return null;
            }
        }
        BigDecimal v = new BigDecimal(body);
        return s.startsWith("-") ? v.negate() : v;
    }

    @Test
    void neverReadsAValueAnItalianOrPlainReaderWouldReadOtherwise() {
        qt().withExamples(20_000).forAll(strings().betweenCodePoints('0', '9').ofLengthBetween(1, 9), integers().between(0, 1 << 20))
                .checkAssert((digits, mask) -> {
                    // sprinkle separators into the digits by the mask: every shape of 1.5, 65.0, 1.234,5, 12,5.5 …
                    StringBuilder sb = new StringBuilder(mask % 7 == 0 ? "-" : "");
                    for (int i = 0; i < digits.length(); i++) {
                        sb.append(digits.charAt(i));
                        int m = (mask >> (2 * (i % 10))) & 3;
                        if (m == 1 && i < digits.length() - 1) {
                            sb.append('.');
                        } else if (m == 2 && i < digits.length() - 1) {
                            sb.append(',');
                        }
                    }
                    String s = sb.toString();
                    NumberReader.Reading it = NumberReader.read(s, CsvDialect.ITALIAN, NumberReader.Kind.DECIMAL);
                    BigDecimal ref = italianReference(s);
                    assertThat(it.ok()).as(s).isEqualTo(ref != null);
                    if (ref != null) {
                        assertThat(it.value()).as(s).isEqualByComparingTo(ref);
                    }
                    NumberReader.Reading pl = NumberReader.read(s, CsvDialect.PLAIN, NumberReader.Kind.DECIMAL);
                    BigDecimal pref = plainReference(s);
                    assertThat(pl.ok()).as(s).isEqualTo(pref != null);
                    if (pref != null) {
                        assertThat(pl.value()).as(s).isEqualByComparingTo(pref);
                    }
                });
    }

    @Test
    void aCsvFileNeverYieldsANumberOtherThanWhatItsReaderWouldRead() {
        qt().withExamples(3_000).forAll(strings().betweenCodePoints(',', '9').ofLengthBetween(1, 12)).checkAssert(cell -> {
            // a one-cell ';' file: whatever the cell, the row either reads the reference value or reports the cell
            if (cell.contains(";") || cell.contains("\"")) {
                return;
            }
            CsvTable t;
            try {
                t = CsvTable.parse("f.csv", "x;y\n" + cell + ";1\n");
            } catch (it.fsr.core.validation.ValidationException e) {
                return;
            }
            Violations v = new Violations();
            BigDecimal read = t.rows().get(0).decimal("x", true, v);
            BigDecimal ref = italianReference(cell.strip());
            if (read != null) {
                assertThat(ref).as(cell).isNotNull();
                assertThat(read).as(cell).isEqualByComparingTo(ref);
            } else {
                assertThat(v.list()).as(cell).isNotEmpty();
                assertThat(v.list().get(0).field()).isEqualTo("f.csv:2: x");
            }
        });
    }

    @Test
    void everyRefusalHasAStableCodeAndAnItalianAndAnEnglishMessage() {
        Violations v = new Violations();
        CsvTable t = CsvTable.parse("p.csv", "anni;n\n1.5;65.0\n");
        t.rows().get(0).integer("anni", true, v);
        t.rows().get(0).integer("n", true, v);
        Violation first = v.list().get(0);
        assertThat(first.code()).isEqualTo("FSR-CSV-AMBIGUOUS-NUMBER");
        assertThat(first.field()).isEqualTo("p.csv:2: anni");
        assertThat(first.value()).isEqualTo("1.5");
        assertThat(first.message(Locale.ITALIAN)).startsWith("è ambiguo: in un file con ';' il punto separa le migliaia");
        assertThat(first.message(Locale.ENGLISH)).startsWith("is ambiguous: in a ';' file a '.' separates thousands");
        assertThat(v.list().get(1).value()).isEqualTo("65.0");
    }
}
