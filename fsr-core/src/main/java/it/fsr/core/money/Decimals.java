package it.fsr.core.money;

import java.math.BigDecimal;

/**
 * The size of a decimal judged before any work is done on it: a number is a few digits and an exponent, and
 * {@code 1e999999999} is twelve characters that, printed in full, rescaled or multiplied, would take minutes and the
 * whole heap. Every public entry that takes a {@link BigDecimal} (amounts, rates, scales, units, weights) asks
 * {@link #fits} first, from {@link BigDecimal#precision()} and {@link BigDecimal#scale()} only, and names a refused
 * value with {@link #echo}, never with {@code toPlainString()}. Stateless.
 */
public final class Decimals {
    /** The most significant digits a value may have (a longer number is no figure of an act or a DSU). */
    public static final int MAX_DIGITS = 200;

    private Decimals() {
    }

    /**
     * Whether {@code d} has at most {@code maxIntegerDigits} digits before the point and at most {@code maxFractionDigits}
     * after it once trailing zeros are dropped ({@code 12.500} has one). Costs no more than the number's own digits, and
     * nothing for a huge or tiny exponent.
     */
    public static boolean fits(BigDecimal d, int maxIntegerDigits, int maxFractionDigits) {
        if (d == null) {
            return false;
        }
        if (d.signum() == 0) {
            return true;
        }
        if (d.precision() > MAX_DIGITS) {
            return false;
        }
        long integerDigits = (long) d.precision() - d.scale();
        if (integerDigits > maxIntegerDigits) {
            return false;
        }
        if (d.scale() <= maxFractionDigits) {
            return true;
        }
        // the exponent is large, the digits few: the fraction's own digits decide, after the trailing zeros
        if ((long) d.scale() - d.precision() >= maxFractionDigits) {
            return false; // the first significant digit lies beyond the allowed decimals
        }
        return d.stripTrailingZeros().scale() <= maxFractionDigits;
    }

    /**
     * A bounded text of {@code d} for a message: plain where that is short ({@code 15000.00}), scientific where the
     * exponent is large ({@code 1E+999999999}), cut at {@code 40} characters.
     */
    public static String echo(BigDecimal d) {
        if (d == null) {
            return "null";
        }
        long integerDigits = (long) d.precision() - d.scale();
        String s = d.precision() <= 40 && integerDigits <= 40 && integerDigits >= -20 ? d.toPlainString() : d.toString();
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** What {@link #unscaledLong} returns for a number that is not a small integer over a power of ten: no unscaled value is it. */
    public static final long NO_LONG = Long.MIN_VALUE;

    /** 10^0 … 10^18. */
    private static final long[] TEN = new long[19];

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) {
            TEN[i] = TEN[i - 1] * 10;
        }
    }

    /**
     * The integer u of {@code d} = u / 10^scale when the scale is 0 to 18 and u has at most 18 digits, so that a
     * calculator can compute on longs exactly (with {@link Math#multiplyExact} and the like, falling back to
     * {@code BigDecimal} when a product overflows); {@link #NO_LONG} otherwise. {@code 2.50} gives 250 (scale 2),
     * {@code 2E+1} gives {@link #NO_LONG} (a negative scale).
     */
    public static long unscaledLong(BigDecimal d) {
        int s = d.scale();
        if (s < 0 || s > 18 || d.precision() > 18) {
            return NO_LONG;
        }
        // moving the point by the scale gives the integer u without a BigInteger (at most 18 digits: a compact value)
        return s == 0 ? d.longValue() : d.movePointRight(s).longValue();
    }

    /**
     * 10^n, for n from 0 to 18 (the scales {@link #unscaledLong} accepts).
     *
     * @throws ArrayIndexOutOfBoundsException for any other n
     */
    public static long tenTo(int n) {
        return TEN[n];
    }
}
