package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges of reading and writing CSV: encodings, the strict numbers, duplicates, the writer's dialects. */
class CsvReadWriteTest {

    @Test
    void utf8WithOrWithoutBomAndWindows1252AreTextAndAnythingElseIsOneViolation() {
        String s = "id;nome\n1;Città\n";
        assertThat(CsvText.decode("f.csv", s.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(s);
        assertThat(CsvText.decode("f.csv", ("\uFEFF" + s).getBytes(StandardCharsets.UTF_8), null)).isEqualTo(s);
        byte[] cp = s.getBytes(Charset.forName("windows-1252"));
        assertThat(CsvText.decode("f.csv", cp, null)).isEqualTo(s);
        assertThat(CsvText.decode("f.csv", cp, CsvText.WINDOWS_1252)).isEqualTo(s);
        assertThat(CsvText.decode("f.csv", ("\uFEFF" + s).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(s);
        assertThatThrownBy(() -> CsvText.decode("f.csv", cp, StandardCharsets.UTF_8)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-CSV-ENCODING"));
        // 0x81 is undefined in Windows-1252 and invalid alone in UTF-8
        assertThatThrownBy(() -> CsvText.decode("g.csv", new byte[] {'a', (byte) 0x81}, null)).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("g.csv:1: file = g.csv");
        assertThat(CsvText.named("UTF8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvText.named("cp1252")).isEqualTo(CsvText.WINDOWS_1252);
        assertThatThrownBy(() -> CsvText.named("latin1")).isInstanceOf(it.fsr.core.validation.ValidationException.class);
    }

    @Test
    void aHeaderWithNoRowsIsInvalidAndDuplicatesNameEveryLine() {
        assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("FSR-CSV-NO-ROWS"));
        CsvTable t = CsvTable.parse("f.csv", "id,x\nA,1\nB,2\nA,3\n,4\n,5\nA,6\n");
        Violations v = new Violations();
        t.requireUnique("id", v);
        assertThat(v.list()).extracting(x -> x.text(java.util.Locale.ENGLISH)).containsExactly(
                "f.csv:4: id = A: appears more than once (lines 2, 4, 7)", "f.csv:7: id = A: appears more than once (lines 2, 4, 7)");
        Violations none = new Violations();
        CsvTable.parse("f.csv", "id\nA\nB\n").requireUnique("id", none);
        assertThat(none.isEmpty()).isTrue();
        assertThat(t.rows().get(0).hasColumn("x")).isTrue();
        assertThat(t.rows().get(0).hasColumn("y")).isFalse();
    }

    @Test
    void quotedFieldsAcrossLinesAndTheLastCharacterOfTheText() {
        CsvTable t = CsvTable.parse("f.csv", "a\n\"x\"");
        assertThat(t.rows().get(0).text("a")).contains("x");
        assertThat(CsvTable.parse("f.csv", "a\r\n1\r").rows().get(0).text("a")).contains("1");
        assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n\"x\ny\",1\n2\n")).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("f.csv:4: row = 1: the header has 2 columns");
    }

    @ParameterizedTest(name = "{0} in a ''{1}'' file as {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        ",5|;|DECIMAL|FSR-CSV-NOT-A-NUMBER", "5,|;|DECIMAL|FSR-CSV-NOT-A-NUMBER", ".123|;|DECIMAL|FSR-CSV-AMBIGUOUS-NUMBER",
        ",5|,|DECIMAL|FSR-CSV-COMMA-IN-NUMBER", ".5|,|DECIMAL|FSR-CSV-NOT-A-NUMBER", "5.|,|DECIMAL|FSR-CSV-NOT-A-NUMBER",
        "1.5x|;|DECIMAL|FSR-CSV-NOT-A-NUMBER", "1,5x|,|DECIMAL|FSR-CSV-NOT-A-NUMBER", "1.5:|;|DECIMAL|FSR-CSV-NOT-A-NUMBER",
        "1.5/|;|DECIMAL|FSR-CSV-NOT-A-NUMBER", "0.9|;|DECIMAL|FSR-CSV-AMBIGUOUS-NUMBER", "9.0|;|DECIMAL|FSR-CSV-AMBIGUOUS-NUMBER",
        "12 €|;|AMOUNT|12", "12 EUR|,|AMOUNT|12", "EUR 12|,|AMOUNT|12", "eur12|,|AMOUNT|12", "€|,|AMOUNT|FSR-CSV-NOT-A-NUMBER",
        "EU|,|AMOUNT|FSR-CSV-NOT-A-NUMBER", "12 eur|;|AMOUNT|12", "-|,|DECIMAL|FSR-CSV-NOT-A-NUMBER", "%|,|PERCENT|FSR-PERCENT-INVALID",
        "0,5|;|PERCENT|0.5", "12,34|;|AMOUNT|12.34", "12.34|,|AMOUNT|12.34", "12.3|,|AMOUNT|12.3"})
    void theEdgesOfTheNumberReader(String raw, String separator, String kind, String expected) {
        CsvDialect d = separator.equals(";") ? CsvDialect.ITALIAN : CsvDialect.PLAIN;
        NumberReader.Reading r = NumberReader.read(raw, d, NumberReader.Kind.valueOf(kind));
        if (expected.startsWith("FSR-")) {
            assertThat(r.code()).isEqualTo(expected);
            assertThat(r.value()).isNull();
        } else {
            assertThat(r.value()).isEqualByComparingTo(expected);
            assertThat(r.code()).isNull();
            assertThat(r.args()).isEmpty();
        }
    }

    @Test
    void fortyCharactersAreReadAndFortyOneAreNot() {
        assertThat(NumberReader.read("1".repeat(40), CsvDialect.PLAIN, NumberReader.Kind.DECIMAL).ok()).isTrue();
        assertThat(NumberReader.read("1".repeat(41), CsvDialect.PLAIN, NumberReader.Kind.DECIMAL).code()).isEqualTo("FSR-CSV-NOT-A-NUMBER");
    }

    @Test
    void zeroIsNeitherNegativeNorMissingAndAnAmountTooLargeIsNamed() {
        CsvRow row = CsvTable.parse("f.csv", "a,b\n0,1000000000000000\n").rows().get(0);
        Violations v = new Violations();
        assertThat(row.amount("a", true, false, v)).isEqualTo(Euro.ZERO);
        assertThat(row.decimal("a", true, v)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(row.integer("a", true, v)).isZero();
        assertThat(v.isEmpty()).isTrue();
        assertThat(row.amount("b", true, false, v)).isNull();
        assertThat(v.list()).extracting(x -> x.text(java.util.Locale.ENGLISH))
                .containsExactly("f.csv:2: b = 1000000000000000: exceeds the largest supported amount of 1000000000000.00 euro");
        Violations neg = new Violations();
        CsvRow n = CsvTable.parse("f.csv", "a\n-5\n").rows().get(0);
        assertThat(n.amount("a", true, true, neg)).isEqualTo(Euro.ofEuros(-5));
        assertThat(neg.isEmpty()).isTrue();
    }

    @Test
    void theWriterSpeaksTheReadersDialect() {
        assertThat(CsvWriter.line(List.of("a", "1234.56", "x;y", "q\"t", "12"), CsvDialect.ITALIAN)).isEqualTo("a;1234,56;\"x;y\";\"q\"\"t\";12\n");
        assertThat(CsvWriter.line(List.of("a", "1234.56", "x,y", "x;y", "-3.5"), CsvDialect.PLAIN)).isEqualTo("a,1234.56,\"x,y\",\"x;y\",-3.5\n");
        assertThat(CsvWriter.cell("-3.5", CsvDialect.ITALIAN)).isEqualTo("-3,5");
        assertThat(CsvWriter.cell("a\nb", CsvDialect.ITALIAN)).isEqualTo("\"a\nb\"");
        assertThat(CsvWriter.cell("a\rb", CsvDialect.PLAIN)).isEqualTo("\"a\rb\"");
        assertThat(CsvWriter.cell(null, CsvDialect.PLAIN)).isEmpty();
        assertThat(CsvWriter.cell("1.2.3", CsvDialect.ITALIAN)).isEqualTo("1.2.3");
        assertThat(CsvWriter.separator(CsvDialect.ITALIAN)).isEqualTo(';');
        // what the writer writes in either dialect, the reader reads back to the same number
        for (String n : List.of("0.01", "422430.60", "-7.5", "65000")) {
            for (CsvDialect d : CsvDialect.values()) {
                assertThat(NumberReader.read(CsvWriter.cell(n, d), d, NumberReader.Kind.DECIMAL).value()).isEqualByComparingTo(n);
            }
        }
    }
}
