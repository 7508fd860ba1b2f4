package it.fsr.core.money;

import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An exact rate, percentage or weight: a non-negative-or-negative decimal fraction held exactly
 * ({@code 5%} is the fraction {@code 0.05}; {@code 28.88%} is {@code 0.2888}).
 *
 * <p>Equality ignores scale ({@code 5%} equals {@code 5.00%}). No floating point anywhere. Immutable
 * and thread-safe.
 */
public final class Rate implements Comparable<Rate>, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** 0%. */
    public static final Rate ZERO = new Rate(Reading.FRACTION, BigDecimal.ZERO);
    /** 100%. */
    public static final Rate ONE = new Rate(Reading.FRACTION, BigDecimal.ONE);

    private static final Pattern PERCENT = Pattern.compile("-?\\d+([.,]\\d+)?");
    private final BigDecimal fraction;

    /**
     * The one constructor, behind the factories that say whether a number is a fraction or a percentage.
     * The token keeps reflection-based binders (a JSON mapper reading {@code 12.5}) from taking it for a
     * one-argument creator and reading 12.5 as 1250%.
     */
    private Rate(Reading reading, BigDecimal fraction) {
        BigDecimal f = fraction.stripTrailingZeros();
        this.fraction = f.scale() < 0 ? f.setScale(0) : f;
    }

    /** A rate from its fraction: {@code ofFraction(new BigDecimal("0.05"))} is 5%. */
    public static Rate ofFraction(BigDecimal fraction) {
        if (fraction == null) {
            throw ValidationException.of("rate", "null", "is required");
        }
        checkSize(fraction, 0);
        return new Rate(Reading.FRACTION, fraction);
    }

    /** A rate from its fraction written as text, e.g. {@code "0.2888"}. */
    public static Rate ofFraction(String fraction) {
        if (fraction == null || fraction.length() > 40) {
            throw ValidationException.of("rate", fraction, "is not a decimal fraction (e.g. 0.05)");
        }
        try {
            return ofFraction(new BigDecimal(fraction));
        } catch (NumberFormatException e) {
            throw ValidationException.of("rate", fraction, "is not a decimal fraction (e.g. 0.05)");
        }
    }

    /** A rate from a percentage: {@code ofPercent(new BigDecimal("28.88"))} is 28.88%. */
    public static Rate ofPercent(BigDecimal percent) {
        if (percent == null) {
            throw ValidationException.of("rate", "null", "is required");
        }
        checkSize(percent, 2);
        return new Rate(Reading.FRACTION, percent.movePointLeft(2));
    }

    /**
     * A rate is at most a million times the whole with at most 30 decimals of its fraction: judged from the digits and
     * the exponent before any work ({@code 1e999999999} is refused in microseconds, not printed).
     */
    private static void checkSize(BigDecimal value, int shift) {
        if (!Decimals.fits(value, 7 + shift, 30 - shift)) {
            throw ValidationException.of("rate", Decimals.echo(value), "is out of range for a rate (at most 1000000 times the whole, 30 decimals)");
        }
    }

    /** A rate from a whole percentage: {@code ofPercent(5)} is 5%. */
    public static Rate ofPercent(long percent) {
        return ofPercent(BigDecimal.valueOf(percent));
    }

    /**
     * Parses a percentage: {@code "5%"}, {@code "28,88 %"}, {@code "28.88"} (the % sign is optional:
     * the number is always read as a percentage). Decimal point or comma.
     *
     * @throws ValidationException naming the text when it is not a percentage
     */
    public static Rate parsePercent(String text) {
        if (text == null) {
            throw ValidationException.of("percentage", "null", "is required");
        }
        String s = text.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.length() > 40 || !PERCENT.matcher(s).matches()) {
            throw ValidationException.of("percentage", text, "is not a percentage (e.g. 5%, 28,88%)");
        }
        return ofPercent(new BigDecimal(s.replace(',', '.')));
    }

    /** The fraction: 0.05 for 5%. */
    public BigDecimal fraction() {
        return fraction;
    }

    /** The percentage: 5 for 5%. */
    public BigDecimal percent() {
        BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    /** This plus {@code other} (exact). */
    public Rate plus(Rate other) {
        return new Rate(Reading.FRACTION, fraction.add(other.fraction));
    }

    /** This minus {@code other} (exact). */
    public Rate minus(Rate other) {
        return new Rate(Reading.FRACTION, fraction.subtract(other.fraction));
    }

    /** Whether this is below zero. */
    public boolean isNegative() {
        return fraction.signum() < 0;
    }

    /** Whether this is zero. */
    public boolean isZero() {
        return fraction.signum() == 0;
    }

    /** Whether this is strictly greater than {@code other}. */
    public boolean isGreaterThan(Rate other) {
        return compareTo(other) > 0;
    }

    /** Whether this is strictly less than {@code other}. */
    public boolean isLessThan(Rate other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Rate o) {
        return fraction.compareTo(o.fraction);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rate r && r.fraction.compareTo(fraction) == 0;
    }

    @Override
    public int hashCode() {
        return fraction.signum() == 0 ? 0 : fraction.stripTrailingZeros().hashCode();
    }

    /** The percentage with a % sign: {@code 28.88%}. */
    @Override
    public String toString() {
        return percent().toPlainString() + "%";
    }

    /** The percentage the Italian way: {@code 28,88%}. */
    public String toItalianString() {
        return percent().toPlainString().replace('.', ',') + "%";
    }

    /** The token of the private constructor: the number given is already a fraction. */
    private enum Reading { FRACTION }

    /** Serialises as its fraction through a proxy. */
    private Object writeReplace() {
        return new SerialForm(fraction);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("a Rate is read through its serial form");
    }

    /** The serial form: the fraction, read back by {@link #ofFraction(BigDecimal)}. */
    private record SerialForm(BigDecimal fraction) implements java.io.Serializable {
        private Object readResolve() {
            return ofFraction(fraction);
        }
    }
}
