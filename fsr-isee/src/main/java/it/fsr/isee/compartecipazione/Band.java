package it.fsr.isee.compartecipazione;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.money.Rounding;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One band of a schedule: the ISEE values it owns and the fee it sets there. A band owns the ISEE values
 * in {@code (from, to]}; the first band of a schedule also owns {@code from}; an open band
 * ({@code to} null) has no upper bound. Three shapes, all in use in Comuni's regolamenti:
 * <ul>
 *   <li>{@link Linear}: the fee grows in a straight line between the band's ends (the "progressione
 *       lineare");</li>
 *   <li>{@link Fixed}: an absolute fee for the whole band (the scaglioni);</li>
 *   <li>{@link Percent}: a percentage of the service's cost (free / 50% / full).</li>
 * </ul>
 * Each band's fee is an exact ratio of whole cents, rounded once by the schedule's rounding
 * ({@link #fee}). Immutable and thread-safe.
 */
public sealed interface Band permits Band.Linear, Band.Fixed, Band.Percent {
    /** The lowest ISEE of the band (exclusive, except for a schedule's first band). */
    Euro from();

    /** The highest ISEE of the band (inclusive), or null for an open band. */
    Euro to();

    /**
     * The exact fee at an ISEE the band owns, as a numerator and a positive denominator in cents: the one
     * computation the rounded fee and the explanation's exact figure both come from.
     */
    BigInteger[] ratio(long iseeCents, long costCents);

    /**
     * The fee in cents at an ISEE the band owns, rounded once by {@code rounding}: the fee is rounded, never
     * an increment of it (on a falling line, rounding the increment away from zero rounds the fee the other way).
     */
    default long fee(long iseeCents, long costCents, RoundingMode rounding) {
        BigInteger[] r = ratio(iseeCents, costCents);
        if (r[0].bitLength() < 63 && r[1].bitLength() < 63) {
            return Rounding.divide(r[0].longValue(), r[1].longValue(), rounding);
        }
        return new BigDecimal(r[0]).divide(new BigDecimal(r[1]), 0, rounding).longValueExact();
    }

    /** The exact fee at an ISEE the band owns, in euro, to at most twelve decimals (for the explanation). */
    default BigDecimal exactFee(Euro isee, Euro cost) {
        BigInteger[] r = ratio(isee.cents(), cost.cents());
        return new BigDecimal(r[0]).divide(new BigDecimal(r[1]), 12, RoundingMode.HALF_UP).movePointLeft(2).stripTrailingZeros();
    }

    /** Whether the band owns {@code isee}, {@code first} when it is the schedule's first band. */
    default boolean owns(long iseeCents, boolean first) {
        long from = from().cents();
        boolean above = first ? iseeCents >= from : iseeCents > from;
        return above && (to() == null || iseeCents <= to().cents());
    }

    /**
     * A straight line from {@code (from, feeAtFrom)} to {@code (to, feeAtTo)}.
     *
     * @param from      the band's start
     * @param to        its end (not null: a line needs two ends)
     * @param feeAtFrom the fee at the start
     * @param feeAtTo   the fee at the end
     */
    record Linear(Euro from, Euro to, Euro feeAtFrom, Euro feeAtTo) implements Band {
        /** Checks for nulls. */
        public Linear {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(feeAtFrom, "feeAtFrom");
            Objects.requireNonNull(feeAtTo, "feeAtTo");
        }

        /** feeAtFrom + (x − from)(feeAtTo − feeAtFrom) / (to − from): numerator and denominator. */
        @Override
        public BigInteger[] ratio(long iseeCents, long costCents) {
            long span = to.cents() - from.cents();
            if (span == 0) {
                return new BigInteger[] {BigInteger.valueOf(feeAtTo.cents()), BigInteger.ONE};
            }
            BigInteger numerator = BigInteger.valueOf(feeAtFrom.cents()).multiply(BigInteger.valueOf(span))
                    .add(BigInteger.valueOf(iseeCents - from.cents()).multiply(BigInteger.valueOf(feeAtTo.cents() - feeAtFrom.cents())));
            return new BigInteger[] {numerator, BigInteger.valueOf(span)};
        }

        @Override
        public long fee(long iseeCents, long costCents, RoundingMode rounding) {
            long span = to.cents() - from.cents();
            if (span == 0) {
                return feeAtTo.cents();
            }
            try {
                long numerator = Math.addExact(Math.multiplyExact(feeAtFrom.cents(), span),
                        Math.multiplyExact(iseeCents - from.cents(), feeAtTo.cents() - feeAtFrom.cents()));
                return Rounding.divide(numerator, span, rounding);
            } catch (ArithmeticException beyondLong) {
                return Band.super.fee(iseeCents, costCents, rounding);
            }
        }
    }

    /**
     * An absolute fee for the band.
     *
     * @param from the band's start
     * @param to   its end, or null for no upper bound
     * @param fee  the fee
     */
    record Fixed(Euro from, Euro to, Euro fee) implements Band {
        /** Checks for nulls. */
        public Fixed {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(fee, "fee");
        }

        @Override
        public BigInteger[] ratio(long iseeCents, long costCents) {
            return new BigInteger[] {BigInteger.valueOf(fee.cents()), BigInteger.ONE};
        }

        @Override
        public long fee(long iseeCents, long costCents, RoundingMode rounding) {
            return fee.cents();
        }
    }

    /**
     * A percentage of the service's cost.
     *
     * @param from    the band's start
     * @param to      its end, or null for no upper bound
     * @param percent the share of the cost
     */
    record Percent(Euro from, Euro to, Rate percent) implements Band {
        /** Checks for nulls. */
        public Percent {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(percent, "percent");
        }

        @Override
        public BigInteger[] ratio(long iseeCents, long costCents) {
            BigDecimal f = percent.fraction();
            int scale = Math.max(0, f.scale());
            return new BigInteger[] {BigInteger.valueOf(costCents).multiply(f.movePointRight(scale).toBigIntegerExact()),
                BigInteger.TEN.pow(scale)};
        }
    }
}
