package it.fsr.isee.compartecipazione;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One band of a schedule: the ISEE values it owns and the fee it sets there. A band owns the ISEE values
 * in {@code (from, to]}; the first band of a schedule also owns {@code from}; an open band
 * ({@code to} null) has no upper bound. Three shapes, all in use in Comuni's regolamenti:
 * <ul>
 *   <li>{@link Linear}: the fee grows in a straight line between the band's ends (the "progressione
 *       lineare");</li>
 *   <li>{@link Quadratic}: the fee grows with the square of the distance from the band's start (the
 *       "progressione quadratica": {@code C = Cmin + (Cmax − Cmin)·((I − I0)/(I1 − I0))²}), slowly at low ISEEs;</li>
 *   <li>{@link Fixed}: an absolute fee for the whole band (the scaglioni);</li>
 *   <li>{@link Percent}: a percentage of the service's cost (free / 50% / full).</li>
 * </ul>
 * Each band's fee is an exact ratio of whole cents, rounded once by the schedule's rounding
 * ({@link #fee}). Immutable and thread-safe.
 */
public sealed interface Band permits Band.Linear, Band.Quadratic, Band.Fixed, Band.Percent {
    /** The lowest ISEE of the band (exclusive, except for a schedule's first band). */
    Euro from();

    /** The highest ISEE of the band (inclusive), or null for an open band. */
    Euro to();

    /**
     * The fee in cents at an ISEE the band owns, rounded once by {@code rounding}: the fee is rounded, never
     * an increment of it (on a falling line, rounding the increment away from zero rounds the fee the other way).
     */
    default long fee(long iseeCents, long costCents, RoundingMode rounding) {
        return BandMath.fee(this, iseeCents, costCents, rounding);
    }

    /** The exact fee at an ISEE the band owns, in euro, to at most twelve decimals (for the explanation). */
    default BigDecimal exactFee(Euro isee, Euro cost) {
        return BandMath.exact(this, isee.cents(), cost.cents());
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
            it.fsr.core.validation.ValidationException.requireNonNull(from, "from");
            it.fsr.core.validation.ValidationException.requireNonNull(to, "to");
            it.fsr.core.validation.ValidationException.requireNonNull(feeAtFrom, "feeAtFrom");
            it.fsr.core.validation.ValidationException.requireNonNull(feeAtTo, "feeAtTo");
        }

    }

    /**
     * A quadratic progression from {@code (from, feeAtFrom)} to {@code (to, feeAtTo)}: the fee at an ISEE {@code I} is
     * {@code feeAtFrom + (feeAtTo − feeAtFrom) · ((I − from) / (to − from))²}, computed exactly and rounded once
     * (€3 → €9 an hour over 0 → 20,000: ISEE 10,000 pays €4.50, where the line would charge €6.00).
     *
     * @param from      the band's start
     * @param to        its end (not null: the curve needs two ends)
     * @param feeAtFrom the fee at the start
     * @param feeAtTo   the fee at the end
     */
    record Quadratic(Euro from, Euro to, Euro feeAtFrom, Euro feeAtTo) implements Band {
        /** Checks for nulls. */
        public Quadratic {
            it.fsr.core.validation.ValidationException.requireNonNull(from, "from");
            it.fsr.core.validation.ValidationException.requireNonNull(to, "to");
            it.fsr.core.validation.ValidationException.requireNonNull(feeAtFrom, "feeAtFrom");
            it.fsr.core.validation.ValidationException.requireNonNull(feeAtTo, "feeAtTo");
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
            it.fsr.core.validation.ValidationException.requireNonNull(from, "from");
            it.fsr.core.validation.ValidationException.requireNonNull(fee, "fee");
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
            it.fsr.core.validation.ValidationException.requireNonNull(from, "from");
            it.fsr.core.validation.ValidationException.requireNonNull(percent, "percent");
        }

    }
}
