package it.fsr.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link Decimals}: each size check at its bound, and the echo of a refused value plain or scientific. */
class DecimalsEdgesTest {
    @Test
    void twoHundredDigitsFitTwoHundredAndOneDoNot() {
        BigDecimal two00 = new BigDecimal("9".repeat(200));
        assertThat(Decimals.fits(two00, 200, 0)).isTrue();
        assertThat(Decimals.fits(new BigDecimal("9".repeat(201)), 201, 0)).isFalse();
    }

    @Test
    void theIntegerDigitsAtTheirBound() {
        assertThat(Decimals.fits(new BigDecimal("123"), 3, 0)).isTrue();
        assertThat(Decimals.fits(new BigDecimal("1234"), 3, 0)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1.25"), 1, 2)).isTrue();
        assertThat(Decimals.fits(new BigDecimal("1.250"), 1, 2)).isTrue();
        assertThat(Decimals.fits(new BigDecimal("1.251"), 1, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1E-3"), 1, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1E-2"), 1, 2)).isTrue();
    }

    @Test
    void anEchoIsPlainUpToFortyIntegerDigitsAndTwentyLeadingZeros() {
        assertThat(Decimals.echo(new BigDecimal("1E+39"))).isEqualTo("1" + "0".repeat(39));
        assertThat(Decimals.echo(new BigDecimal("1E+40"))).isEqualTo("1E+40");
        assertThat(Decimals.echo(new BigDecimal("1E-21"))).isEqualTo("0." + "0".repeat(20) + "1");
        assertThat(Decimals.echo(new BigDecimal("1E-22"))).isEqualTo("1E-22");
        assertThat(Decimals.echo(null)).isEqualTo("null");
    }

    @Test
    void theUnscaledLongOfASmallNumberAndNoneOtherwise() {
        assertThat(Decimals.unscaledLong(new java.math.BigDecimal("2.50"))).isEqualTo(250);
        assertThat(Decimals.unscaledLong(new java.math.BigDecimal("-2.5"))).isEqualTo(-25);
        assertThat(Decimals.unscaledLong(java.math.BigDecimal.ZERO)).isZero();
        assertThat(Decimals.unscaledLong(new java.math.BigDecimal("7"))).isEqualTo(7);
        // 18 digits at scale 0 and at scale 18 are in; 19 digits, a scale of 19 or a negative scale are out
        assertThat(Decimals.unscaledLong(new java.math.BigDecimal("999999999999999999"))).isEqualTo(999_999_999_999_999_999L);
        assertThat(Decimals.unscaledLong(new java.math.BigDecimal("0.999999999999999999"))).isEqualTo(999_999_999_999_999_999L);
        assertThat(Decimals.unscaledLong(new java.math.BigDecimal("1E-18"))).isEqualTo(1);
        assertThat(Decimals.unscaledLong(new java.math.BigDecimal("1000000000000000000"))).isEqualTo(Decimals.NO_LONG);
        assertThat(Decimals.unscaledLong(new java.math.BigDecimal("1E-19"))).isEqualTo(Decimals.NO_LONG);
        assertThat(Decimals.unscaledLong(new java.math.BigDecimal("2E+1"))).isEqualTo(Decimals.NO_LONG);
        assertThat(Decimals.unscaledLong(new java.math.BigDecimal("0E+1"))).isEqualTo(Decimals.NO_LONG);
        assertThat(Decimals.tenTo(0)).isEqualTo(1);
        assertThat(Decimals.tenTo(2)).isEqualTo(100);
        assertThat(Decimals.tenTo(18)).isEqualTo(1_000_000_000_000_000_000L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Decimals.tenTo(19)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
    }
}
