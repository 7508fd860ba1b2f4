package it.fsr.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import it.fsr.core.money.EuroFormat;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Fuzzing of every parser with generated strings: nothing but a {@link ValidationException} ever
 * escapes, and whatever parses is the number an obviously-right reference reads.
 */
class ParserFuzzPropertiesTest {
    static final int EXAMPLES = Integer.getInteger("fsr.examples", 1000);

    /** Strings made of the characters amounts are made of, so that many of them are near-amounts. */
    static Gen<String> amountish() {
        return strings().betweenCodePoints(0, 127).ofLengthBetween(0, 3).zip(
                integers().between(0, 9999999), integers().between(0, 99), integers().between(0, 7),
                (noise, whole, cents, shape) -> switch (shape) {
                    case 0 -> whole + "." + String.format("%02d", cents);
                    case 1 -> String.format("%,d", whole).replace(',', '.') + "," + String.format("%02d", cents);
                    case 2 -> "€ " + whole;
                    case 3 -> whole + noise;
                    case 4 -> noise + whole + "," + cents;
                    case 5 -> "-" + whole + "." + cents;
                    case 6 -> String.format("%,d", whole) + "." + cents;
                    default -> noise;
                });
    }

    /** An independent reading of the plain and Italian forms, for comparison. */
    static BigDecimal reference(String text) {
        String s = text.strip().replace("€", "").strip();
        boolean neg = s.startsWith("-");
        if (neg) {
            s = s.substring(1);
        }
        if (Pattern.matches("\\d+(\\.\\d{1,2})?", s)) {
            return neg ? new BigDecimal(s).negate() : new BigDecimal(s);
        }
        if (Pattern.matches("[1-9]\\d{0,2}(\\.\\d{3})+(,\\d{1,2})?|\\d+(,\\d{1,2})?", s)) {
            BigDecimal v = new BigDecimal(s.replace(".", "").replace(',', '.'));
            return neg ? v.negate() : v;
        }
        if (Pattern.matches("[1-9]\\d{0,2}(,\\d{3})+(\\.\\d{1,2})?", s)) {
            BigDecimal v = new BigDecimal(s.replace(",", ""));
            return neg ? v.negate() : v;
        }
        return null;
    }

    @Test
    void euroParseNeverThrowsAnythingElseAndNeverReadsAWrongNumber() {
        qt().withExamples(5 * EXAMPLES).forAll(amountish()).checkAssert(s -> {
            try {
                Euro e = Euro.parse(s);
                BigDecimal ref = reference(s.replace("EUR", ""));
                assertThat(ref).as("parsed %s as %s but the reference cannot read it", s, e).isNotNull();
                assertThat(e.toBigDecimal()).isEqualByComparingTo(ref);
            } catch (ValidationException expected) {
                assertThat(expected.violations()).isNotEmpty();
            }
        });
    }

    @Test
    void arbitraryUnicodeNeverBreaksTheParsers() {
        qt().withExamples(3 * EXAMPLES).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
            for (Runnable r : new Runnable[] {() -> Euro.parse(s), () -> EuroFormat.parseItalian(s), () -> EuroFormat.parsePlain(s),
                () -> Rate.parsePercent(s), () -> Rate.ofFraction(s)}) {
                try {
                    r.run();
                } catch (ValidationException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
            }
        });
    }

    @Test
    void csvOfArbitraryTextNeverThrowsAnythingElse() {
        Gen<String> csvish = strings().betweenCodePoints(0, 127).ofLengthBetween(0, 80)
                .map(s -> s.replace('a', ',').replace('b', ';').replace('c', '\n').replace('d', '"'));
        qt().withExamples(3 * EXAMPLES).forAll(csvish).checkAssert(text -> {
            try {
                CsvTable t = CsvTable.parse("f.csv", text);
                Violations v = new Violations();
                for (CsvRow row : t.rows()) {
                    for (String col : t.header()) {
                        row.amount(col, false, true, v);
                        row.decimal(col, false, v);
                        row.integer(col, false, v);
                        row.yesNo(col, Boolean.FALSE, v);
                        row.date(col, false, v);
                        row.percent(col, false, v);
                    }
                }
            } catch (ValidationException expected) {
                assertThat(expected.violations()).isNotEmpty();
            }
        });
    }

    @Test
    void aTenMegabyteFieldIsAnErrorNotACrash() {
        String huge = "9".repeat(10 * 1024 * 1024);
        try {
            Euro.parse(huge);
        } catch (ValidationException expected) {
            assertThat(expected.getMessage()).contains("exceeds the largest supported amount");
        }
        CsvTable t = CsvTable.parse("big.csv", "id,costs\nx," + huge + "\n");
        Violations v = new Violations();
        assertThat(t.rows().get(0).amount("costs", true, false, v)).isNull();
        assertThat(v.list().get(0).message()).isEqualTo("is not a number");
        assertThat(v.list().get(0).code()).isEqualTo("FSR-CSV-NOT-A-NUMBER");
    }
}
