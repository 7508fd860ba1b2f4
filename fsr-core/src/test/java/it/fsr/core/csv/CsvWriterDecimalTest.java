package it.fsr.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The writer's hand-written decimal test agrees with the regex it replaces, on every string. */
class CsvWriterDecimalTest {
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    @Test
    void theDecimalTestIsTheRegex() {
        for (String s : List.of("1.5", "-0.25", "1.", ".5", "-", "1,5", "12", "1.2.3", "--1.0", "1.0-", "١.٢", "0.00", "")) {
            assertThat(CsvWriter.plainDecimal(s)).as(s).isEqualTo(PLAIN_DECIMAL.matcher(s).matches());
        }
        qt().withExamples(2_000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 6))
                .checkAssert(s -> assertThat(CsvWriter.plainDecimal(s)).as(s).isEqualTo(PLAIN_DECIMAL.matcher(s).matches()));
        qt().withExamples(2_000).forAll(strings().betweenCodePoints('-', '9').ofLengthBetween(0, 8))
                .checkAssert(s -> assertThat(CsvWriter.plainDecimal(s)).as(s).isEqualTo(PLAIN_DECIMAL.matcher(s).matches()));
    }
}
