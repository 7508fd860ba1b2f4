package it.fsr.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Rounding} against the obviously right reference, {@link BigDecimal#divide(BigDecimal, int, RoundingMode)}, for every mode. */
class RoundingPropertiesTest {
    static final int EXAMPLES = Integer.getInteger("fsr.examples", 2000);
    static final RoundingMode[] MODES = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
        RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

    static long reference(BigInteger numerator, long denominator, RoundingMode mode) {
        return new BigDecimal(numerator).divide(BigDecimal.valueOf(denominator), 0, mode).longValueExact();
    }

    @Test
    void divideIsTheDecimalQuotientRoundedByEveryMode() {
        qt().withExamples(EXAMPLES).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), longs().between(-100_000, 100_000),
                integers().between(0, MODES.length - 1)).assuming((n, d, m) -> d != 0).checkAssert((n, d, m) ->
                assertThat(Rounding.divide(n, d, MODES[m])).as("%d / %d %s", n, d, MODES[m])
                        .isEqualTo(reference(BigInteger.valueOf(n), d, MODES[m])));
    }

    @Test
    void mulDivFormsTheProductExactlyEvenBeyondALong() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                longs().between(1, Long.MAX_VALUE), integers().between(0, MODES.length - 1)).checkAssert((a, b, c, m) -> {
            BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
            BigDecimal exact = new BigDecimal(product).divide(BigDecimal.valueOf(c), 0, MODES[m]);
            if (exact.toBigIntegerExact().bitLength() < 64) {
                assertThat(Rounding.mulDiv(a, b, c, MODES[m])).isEqualTo(exact.longValueExact());
            } else {
                assertThatThrownBy(() -> Rounding.mulDiv(a, b, c, MODES[m])).isInstanceOf(ArithmeticException.class);
            }
        });
    }

    @ParameterizedTest(name = "{0} / {1} {2} = {3}")
    @CsvSource({"5,2,HALF_UP,3", "5,2,HALF_DOWN,2", "5,2,HALF_EVEN,2", "7,2,HALF_EVEN,4", "-5,2,HALF_UP,-3", "-5,2,HALF_EVEN,-2",
        "1,3,UP,1", "-1,3,UP,-1", "1,3,CEILING,1", "-1,3,CEILING,0", "-1,3,FLOOR,-1", "2,3,DOWN,0", "4,-2,HALF_UP,-2", "5,-2,HALF_UP,-3"})
    void boundaryCases(long n, long d, RoundingMode mode, long expected) {
        assertThat(Rounding.divide(n, d, mode)).isEqualTo(expected);
    }

    @Test
    void unnecessaryRoundingAndZeroDivisorsAreArithmeticErrors() {
        assertThat(Rounding.divide(6, 3, RoundingMode.UNNECESSARY)).isEqualTo(2);
        assertThatThrownBy(() -> Rounding.divide(7, 3, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rounding.divide(7, 0, RoundingMode.HALF_UP)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rounding.mulDiv(Long.MAX_VALUE, 4, 0, RoundingMode.HALF_UP)).isInstanceOf(ArithmeticException.class);
        assertThat(Rounding.mulDiv(Long.MAX_VALUE, 4, 8, RoundingMode.HALF_UP)).isEqualTo(Long.MAX_VALUE / 2 + 1);
        assertThat(Rounding.divide(Long.MIN_VALUE, -1 + 2, RoundingMode.HALF_UP)).isEqualTo(Long.MIN_VALUE);
    }
}
