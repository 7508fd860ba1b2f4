package it.fsr.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact integer division with an explicit rounding, the one routine every rule of fsr rounds through
 * when it works in whole cents (or in fractions of a cent held as whole numbers): a quotient is computed
 * exactly and rounded once, by the {@link RoundingMode} the act states, for every mode
 * {@link BigDecimal} knows.
 *
 * <p>{@link #mulDiv} forms the product with 128 bits, so {@code a × b / c} never overflows on the way;
 * only a quotient beyond {@code long} is an {@link ArithmeticException}. Stateless and thread-safe.
 */
public final class Rounding {
    private Rounding() {
    }

    /**
     * {@code numerator / denominator}, rounded by {@code mode}.
     *
     * @param denominator not zero
     * @throws ArithmeticException for a zero denominator, or {@link RoundingMode#UNNECESSARY} and a remainder
     */
    public static long divide(long numerator, long denominator, RoundingMode mode) {
        if (denominator == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (numerator == Long.MIN_VALUE && denominator == -1) {
            throw new ArithmeticException("long overflow");
        }
        long q = numerator / denominator;
        long r = numerator % denominator;
        if (r == 0) {
            return q;
        }
        // the exact quotient lies strictly between q and q + sign
        int sign = (numerator < 0) == (denominator < 0) ? 1 : -1;
        long absR = Math.abs(r);
        long rest = Math.abs(denominator) - absR;       // the distance to the next whole quotient, in the same units
        boolean away = switch (mode) {
            case UP -> true;
            case DOWN -> false;
            case CEILING -> sign > 0;
            case FLOOR -> sign < 0;
            case HALF_UP -> absR >= rest;
            case HALF_DOWN -> absR > rest;
            case HALF_EVEN -> absR > rest || absR == rest && (q & 1) != 0;
            case UNNECESSARY -> throw new ArithmeticException("rounding necessary: " + numerator + " / " + denominator);
        };
        return away ? Math.addExact(q, sign) : q;
    }

    /**
     * {@code a × b / c}, rounded by {@code mode}, the product formed exactly.
     *
     * @param c not zero
     * @throws ArithmeticException when the rounded quotient does not fit a {@code long}, for a zero divisor, or
     *     {@link RoundingMode#UNNECESSARY} and a remainder
     */
    public static long mulDiv(long a, long b, long c, RoundingMode mode) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
            return divide(lo, c, mode);
        }
        if (c == 0) {
            throw new ArithmeticException("division by zero");
        }
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        return new BigDecimal(product).divide(BigDecimal.valueOf(c), 0, mode).longValueExact();
    }
}
