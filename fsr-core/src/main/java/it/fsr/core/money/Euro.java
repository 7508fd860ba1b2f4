package it.fsr.core.money;

import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact amount of euro, to the cent.
 *
 * <p>The amount is held as a whole number of cents ({@code long}), so it has a fixed scale of 2:
 * {@code Euro.parse("1.5")} equals {@code Euro.parse("1.50")}. There is no {@code double} factory and
 * nothing rounds implicitly: an operation that could lose a fraction of a cent takes a
 * {@link RoundingMode}. Amounts are bounded by {@link #MAX_ABS_CENTS} (one trillion euro): anything
 * larger is rejected with a {@link ValidationException} (on creation and in arithmetic)
 * (on arithmetic), never wrapped around.
 *
 * <p>Immutable and thread-safe; a value-based class.
 */
public final class Euro implements Comparable<Euro>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The largest absolute amount supported, in cents: 10<sup>14</sup> cents = €1,000,000,000,000.00. */
    public static final long MAX_ABS_CENTS = 100_000_000_000_000L;

    /** Zero euro. */
    public static final Euro ZERO = new Euro(Checked.RANGE, 0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final long cents;

    /**
     * The one constructor, behind the range-checking factories. It takes a token besides the cents so that
     * no reflection-based binder (a JSON mapper reading {@code 1000}) can take it for a one-argument
     * creator and build {@code €10.00} past the range check: JSON goes through the {@code fsr-jackson}
     * module, which reads an amount in euro with {@link #of(BigDecimal)}.
     */
    private Euro(Checked checked, long cents) {
        this.cents = cents;
    }

    /** The token of the private constructor: the caller checked the range. */
    private enum Checked { RANGE }

    /**
     * An amount from a whole number of cents.
     *
     * @throws ValidationException if {@code |cents| > MAX_ABS_CENTS}
     */
    public static Euro ofCents(long cents) {
        if (cents == 0) {
            return ZERO;
        }
        if (cents > MAX_ABS_CENTS || cents < -MAX_ABS_CENTS) {
            throw ValidationException.of("amount", BigDecimal.valueOf(cents, 2).toPlainString(),
                    "exceeds the largest supported amount of 1000000000000.00 euro");
        }
        return new Euro(Checked.RANGE, cents);
    }

    /** An amount of whole euro. */
    public static Euro ofEuros(long euros) {
        if (Math.abs(euros) > MAX_ABS_CENTS / 100) {
            throw ValidationException.of("amount", euros, "exceeds the largest supported amount of 1000000000000.00 euro");
        }
        return ofCents(euros * 100);
    }

    /**
     * An amount from a decimal that has at most two decimal places (trailing zeros beyond are fine).
     *
     * @throws ValidationException if the amount has a fraction of a cent or is out of range
     */
    public static Euro of(BigDecimal amount) {
        if (amount == null) {
            throw ValidationException.of("amount", "null", "is required");
        }
        // judged from the digits and the exponent before any rescaling: 1e999999999 is refused in microseconds
        if (!Decimals.fits(amount, 13, Integer.MAX_VALUE)) {
            throw ValidationException.of("amount", Decimals.echo(amount), "exceeds the largest supported amount of 1000000000000.00 euro");
        }
        if (!Decimals.fits(amount, 13, 2)) {
            throw ValidationException.of("amount", Decimals.echo(amount),
                    "has a fraction of a cent; round it explicitly with Euro.of(amount, roundingMode)");
        }
        return ofScaled(amount.setScale(2, RoundingMode.UNNECESSARY), amount);
    }

    /** An amount from any decimal, rounded to the cent with the given mode. */
    public static Euro of(BigDecimal amount, RoundingMode mode) {
        if (amount == null) {
            throw ValidationException.of("amount", "null", "is required");
        }
        if (!Decimals.fits(amount, 13, Integer.MAX_VALUE)) {
            throw ValidationException.of("amount", Decimals.echo(amount), "exceeds the largest supported amount of 1000000000000.00 euro");
        }
        if (amount.signum() != 0 && (long) amount.precision() - amount.scale() < -3) {
            // below a tenth of a cent: every rounding mode treats it as the smallest such value of its sign
            amount = BigDecimal.valueOf(amount.signum(), 4);
        }
        return ofScaled(amount.setScale(2, mode), amount);
    }

    private static Euro ofScaled(BigDecimal scaled, BigDecimal original) {
        if (scaled.precision() <= 17) {
            // a long without a BigInteger (a region's files read millions of amounts), the range checked as below
            long cents = scaled.movePointRight(2).longValueExact();
            if (Math.abs(cents) > MAX_ABS_CENTS) {
                throw ValidationException.of("amount", Decimals.echo(original), "exceeds the largest supported amount of 1000000000000.00 euro");
            }
            return ofCents(cents);
        }
        BigInteger unscaled = scaled.unscaledValue();
        if (unscaled.abs().compareTo(BigInteger.valueOf(MAX_ABS_CENTS)) > 0) {
            throw ValidationException.of("amount", Decimals.echo(original),
                    "exceeds the largest supported amount of 1000000000000.00 euro");
        }
        return ofCents(unscaled.longValue());
    }

    /**
     * Parses an amount written plainly ({@code 422430.60}) or the Italian way ({@code 422.430,60},
     * {@code € 422.430,60}). See {@link EuroFormat#parse(String)} for the exact grammar.
     *
     * @throws ValidationException naming the text when it is not an amount
     */
    public static Euro parse(String text) {
        return EuroFormat.parse(text);
    }

    /** The amount in cents. */
    public long cents() {
        return cents;
    }

    /** The amount as a {@code BigDecimal} of scale 2. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(cents, 2);
    }

    /** This plus {@code other}. @throws ValidationException if the sum is out of range */
    public Euro plus(Euro other) {
        return checked(Math.addExact(cents, other.cents));
    }

    /** This minus {@code other}. @throws ValidationException if the difference is out of range */
    public Euro minus(Euro other) {
        return checked(Math.subtractExact(cents, other.cents));
    }

    /** This times a whole number (exact). @throws ValidationException if out of range */
    public Euro times(long factor) {
        long product;
        try {
            product = Math.multiplyExact(cents, factor);
        } catch (ArithmeticException beyondLong) {
            throw ValidationException.of("amount", this + " × " + factor, "exceeds the largest supported amount of 1000000000000.00 euro");
        }
        return checked(product);
    }

    /** This times a rate, rounded to the cent with {@code mode}. */
    public Euro multiply(Rate rate, RoundingMode mode) {
        return multiply(rate.fraction(), mode);
    }

    /** This times any decimal factor, rounded to the cent with {@code mode}. */
    public Euro multiply(BigDecimal factor, RoundingMode mode) {
        if (!Decimals.fits(factor, 40, 100)) {
            throw ValidationException.of("factor", Decimals.echo(factor), "is out of range for a factor of an amount");
        }
        BigDecimal exact = toBigDecimal().multiply(factor);
        BigDecimal scaled = exact.setScale(2, mode);
        if (scaled.unscaledValue().abs().compareTo(BigInteger.valueOf(MAX_ABS_CENTS)) > 0) {
            throw ValidationException.of("amount", Decimals.echo(exact), "exceeds the largest supported amount of 1000000000000.00 euro");
        }
        return ofCents(scaled.unscaledValue().longValue());
    }

    /** The negation of this amount. */
    public Euro negate() {
        return ofCents(-cents);
    }

    /** Whether this is below zero. */
    public boolean isNegative() {
        return cents < 0;
    }

    /** Whether this is zero. */
    public boolean isZero() {
        return cents == 0;
    }

    /** Whether this is above zero. */
    public boolean isPositive() {
        return cents > 0;
    }

    /** -1, 0 or 1 as this amount is negative, zero or positive. */
    public int signum() {
        return Long.signum(cents);
    }

    /** Whether this is strictly greater than {@code other}. */
    public boolean isGreaterThan(Euro other) {
        return cents > other.cents;
    }

    /** Whether this is strictly less than {@code other}. */
    public boolean isLessThan(Euro other) {
        return cents < other.cents;
    }

    /** The larger of this and {@code other}. */
    public Euro max(Euro other) {
        return cents >= other.cents ? this : other;
    }

    /** The smaller of this and {@code other}. */
    public Euro min(Euro other) {
        return cents <= other.cents ? this : other;
    }

    /** Zero when negative, else this. */
    public Euro atLeastZero() {
        return cents < 0 ? ZERO : this;
    }

    private static Euro checked(long cents) {
        if (cents > MAX_ABS_CENTS || cents < -MAX_ABS_CENTS) {
            throw ValidationException.of("amount", BigDecimal.valueOf(cents, 2).toPlainString(), "exceeds the largest supported amount of 1000000000000.00 euro");
        }
        return cents == 0 ? ZERO : new Euro(Checked.RANGE, cents);
    }

    /** The sum of amounts (exact). */
    public static Euro sum(Iterable<Euro> amounts) {
        long total = 0;
        for (Euro e : amounts) {
            total = Math.addExact(total, e.cents);
        }
        return checked(total);
    }

    @Override
    public int compareTo(Euro other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Euro e && e.cents == cents;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(cents);
    }

    /** The plain form used in CSV: {@code 422430.60}, {@code -0.05}. */
    @Override
    public String toString() {
        return EuroFormat.plain(this);
    }

    /** The Italian form used in reports: {@code 422.430,60}. */
    public String toItalianString() {
        return EuroFormat.italian(this);
    }

    static BigDecimal hundred() {
        return HUNDRED;
    }

    /** Serialises as its cents through a proxy, so that a stream can never build an out-of-range amount. */
    private Object writeReplace() {
        return new SerialForm(cents);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("an Euro is read through its serial form");
    }

    /** The serial form: the cents, re-checked by {@link #ofCents(long)} when read. */
    private record SerialForm(long cents) implements java.io.Serializable {
        private Object readResolve() {
            return ofCents(cents);
        }
    }
}
