package it.fsr.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential: the kernel's whole-number division and product-division against {@link BigDecimal}'s, for every rounding
 * mode, every sign, halves and the ends of a {@code long}; and the amount's order and equality.
 */
class RoundingReferenceTest {
    static long reference(BigInteger n, long d, RoundingMode mode) {
        return new BigDecimal(n).divide(BigDecimal.valueOf(d), 0, mode).longValueExact();
    }

    @Test
    void theDivisionsOfBigDecimal() {
        Random r = new Random(9);
        RoundingMode[] modes = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP,
            RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
        long[] edges = {0, 1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 10, -10, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE / 2, 1L << 40};
        for (int i = 0; i < 20_000; i++) {
            long n = i < 289 ? edges[i / 17] : r.nextInt(3) == 0 ? r.nextLong() : r.nextInt(2001) - 1000;
            long d = i < 289 ? edges[i % 17] : r.nextInt(3) == 0 ? r.nextLong() : r.nextInt(41) - 20;
            if (d == 0) {
                continue;
            }
            for (RoundingMode m : modes) {
                assertThat(Rounding.divide(n, d, m)).as("%d / %d %s", n, d, m).isEqualTo(reference(BigInteger.valueOf(n), d, m));
            }
            long a = r.nextInt(3) == 0 ? r.nextLong() : r.nextInt(2_000_001) - 1_000_000;
            long b = r.nextInt(3) == 0 ? r.nextLong() : r.nextInt(2_000_001) - 1_000_000;
            long c = r.nextInt(2) == 0 ? r.nextLong() | 1 : r.nextInt(1_000) + 1;
            BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
            for (RoundingMode m : modes) {
                BigDecimal q = new BigDecimal(product).divide(BigDecimal.valueOf(c), 0, m);
                if (q.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 && q.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
                    assertThat(Rounding.mulDiv(a, b, c, m)).as("%d × %d / %d %s", a, b, c, m).isEqualTo(q.longValueExact());
                } else {
                    long fa = a;
                    long fb = b;
                    long fc = c;
                    assertThatThrownBy(() -> Rounding.mulDiv(fa, fb, fc, m)).isInstanceOf(ArithmeticException.class);
                }
            }
        }
        assertThatThrownBy(() -> Rounding.divide(1, 0, RoundingMode.UP)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rounding.divide(Long.MIN_VALUE, -1, RoundingMode.UP)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rounding.divide(1, 2, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
        assertThat(Rounding.divide(4, 2, RoundingMode.UNNECESSARY)).isEqualTo(2);
        assertThatThrownBy(() -> Rounding.mulDiv(Long.MAX_VALUE, 4, 0, RoundingMode.UP)).isInstanceOf(ArithmeticException.class);
        assertThat(Rounding.mulDiv(Long.MAX_VALUE, 4, 4, RoundingMode.UP)).isEqualTo(Long.MAX_VALUE);
        assertThat(Rounding.mulDiv(Long.MIN_VALUE, 1, 1, RoundingMode.UP)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void anAmountsOrderAndEquality() {
        Euro a = Euro.parse("1.00");
        assertThat(a.compareTo(Euro.parse("2.00"))).isNegative();
        assertThat(Euro.parse("2.00").compareTo(a)).isPositive();
        assertThat(a.compareTo(Euro.parse("1.00"))).isZero();
        assertThat(a).isNotEqualTo(Euro.parse("1.01")).isNotEqualTo("1.00");
        assertThat(a.hashCode()).isNotEqualTo(Euro.parse("1.01").hashCode());
    }
}
