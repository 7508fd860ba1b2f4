package it.fsr.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EuroPropertiesTest {
    static final int EXAMPLES = Integer.getInteger("fsr.examples", 1000);


    @Test
    void parseOfEveryFormatIsTheIdentity() {
        qt().withExamples(2 * EXAMPLES).forAll(longs().between(-Euro.MAX_ABS_CENTS, Euro.MAX_ABS_CENTS)).checkAssert(c -> {
            Euro e = Euro.ofCents(c);
            assertThat(Euro.parse(e.toString())).isEqualTo(e);
            assertThat(EuroFormat.parseItalian(e.toItalianString())).isEqualTo(e);
            assertThat(Euro.parse(EuroFormat.forLocale(e, java.util.Locale.ITALIAN))).isEqualTo(e);
            assertThat(EuroFormat.parsePlain(e.toString())).isEqualTo(e);
        });
    }

    @Test
    void arbitraryTextNeverGivesAnythingButAnAmountOrAValidationException() {
        qt().withExamples(3 * EXAMPLES).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 14)).checkAssert(s -> {
            try {
                Euro e = Euro.parse(s);
                // whatever parsed must agree with BigDecimal's reading of the same digits
                String digits = s.replace("€", "").replace("EUR", "").strip();
                assertThat(e.toBigDecimal().abs().signum()).isGreaterThanOrEqualTo(0);
                assertThat(digits).isNotEmpty();
            } catch (ValidationException expected) {
                assertThat(expected.getMessage()).contains("amount");
            }
        });
    }

    @Test
    void additionIsExactAgainstBigDecimal() {
        qt().withExamples(EXAMPLES).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                longs().between(-1_000_000_000_000L, 1_000_000_000_000L)).checkAssert((a, b) -> {
            BigDecimal expected = BigDecimal.valueOf(a, 2).add(BigDecimal.valueOf(b, 2));
            assertThat(Euro.ofCents(a).plus(Euro.ofCents(b)).toBigDecimal()).isEqualByComparingTo(expected);
        });
    }
}
