package it.fsr.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.FsrException;
import it.fsr.core.validation.Ids;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The kernel's public factories fed generated extremes — digits up to 60, exponents across the whole int range, every
 * rounding mode, arbitrary text — each returns a value or throws {@link FsrException}: never an ArithmeticException, a
 * NullPointerException, an OutOfMemoryError.
 */
class FactoriesFuzzPropertiesTest {
    private static void returnsOrRefuses(Supplier<?> call) {
        try {
            call.get();
        } catch (FsrException expected) {
            assertThat(expected.getMessage().length()).isLessThan(2_000);
        }
    }

    private static BigDecimal decimal(long unscaled, int digits, int scale) {
        BigInteger u = BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(digits));
        return new BigDecimal(u, scale);
    }

    @Test
    void amountsAndRatesFromAnyDecimal() {
        RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
                RoundingMode.FLOOR, RoundingMode.HALF_DOWN};
        qt().withExamples(3_000).forAll(longs().all(), integers().between(0, 40), integers().all(), integers().between(0, modes.length - 1))
                .checkAssert((u, digits, scale, m) -> {
                    BigDecimal d = decimal(u, digits, scale);
                    returnsOrRefuses(() -> Euro.of(d));
                    returnsOrRefuses(() -> Euro.of(d, modes[m]));
                    returnsOrRefuses(() -> Rate.ofFraction(d));
                    returnsOrRefuses(() -> Rate.ofPercent(d));
                    returnsOrRefuses(() -> Euro.ofEuros(7).multiply(d, modes[m]));
                    returnsOrRefuses(() -> Euro.ofCents(u));
                    returnsOrRefuses(() -> Euro.ofEuros(u));
                    returnsOrRefuses(() -> Euro.ofCents(Math.floorMod(u, 1_000_000L)).times(u));
                });
    }

    @Test
    void amountsAndIdsFromAnyText() {
        qt().withExamples(3_000).forAll(strings().allPossible().ofLengthBetween(0, 64)).checkAssert(text -> {
            returnsOrRefuses(() -> Euro.parse(text));
            returnsOrRefuses(() -> Rate.parsePercent(text));
            returnsOrRefuses(() -> Rate.ofFraction(text));
            Violations v = new Violations();
            boolean ok = Ids.check(text, "id", v);
            assertThat(ok).isEqualTo(v.isEmpty());
            returnsOrRefuses(() -> ValidationException.requireNonNull(text.isEmpty() ? null : text, "x"));
        });
    }
}
