package it.fsr.isee.tariff;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One piece of an ISEE-linked tariff: for an ISEE in [from, to], the fee follows a shape between
 * {@code feeFrom} and {@code feeTo}. Fees are computed exactly and rounded half-up to the cent once.
 *
 * @param from    the lowest ISEE of the segment (inclusive)
 * @param to      the highest ISEE of the segment (inclusive)
 * @param feeFrom the fee at {@code from} (for {@link Shape#PROPORTIONAL}: ignored, the line passes through 0)
 * @param feeTo   the fee at {@code to}
 * @param shape   how the fee grows
 */
public record Segment(Euro from, Euro to, Euro feeFrom, Euro feeTo, Shape shape) {

    /** How the fee grows inside a segment. */
    public enum Shape {
        /** Straight line from (from, feeFrom) to (to, feeTo). */
        LINEAR,
        /** Straight line through the origin: fee = ISEE × feeTo / to (Monopoli's home care). */
        PROPORTIONAL,
        /** feeFrom + (feeTo − feeFrom) × ((ISEE − from) / (to − from))². */
        QUADRATIC
    }

    /** Checks for nulls. */
    public Segment {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(feeFrom, "feeFrom");
        Objects.requireNonNull(feeTo, "feeTo");
        Objects.requireNonNull(shape, "shape");
    }

    /** A linear segment. */
    public static Segment linear(Euro from, Euro to, Euro feeFrom, Euro feeTo) {
        return new Segment(from, to, feeFrom, feeTo, Shape.LINEAR);
    }

    /** A segment through the origin: fee = ISEE × feeAtTo / to. */
    public static Segment proportional(Euro from, Euro to, Euro feeAtTo) {
        return new Segment(from, to, Euro.ZERO, feeAtTo, Shape.PROPORTIONAL);
    }

    /** A quadratic segment. */
    public static Segment quadratic(Euro from, Euro to, Euro feeFrom, Euro feeTo) {
        return new Segment(from, to, feeFrom, feeTo, Shape.QUADRATIC);
    }

    /** Whether the ISEE lies in [from, to]. */
    public boolean contains(Euro isee) {
        return !isee.isLessThan(from) && !isee.isGreaterThan(to);
    }

    /** The fee at the lowest ISEE of the segment. */
    public Euro feeAtFrom() {
        return fee(from);
    }

    /** The fee for an ISEE of the segment, half-up to the cent. */
    public Euro fee(Euro isee) {
        BigDecimal x = isee.toBigDecimal();
        BigDecimal exact = switch (shape) {
            case PROPORTIONAL -> x.multiply(feeTo.toBigDecimal()).divide(to.toBigDecimal(), 10, RoundingMode.HALF_UP);
            case LINEAR -> to.equals(from) ? feeTo.toBigDecimal() : feeFrom.toBigDecimal().add(
                    x.subtract(from.toBigDecimal()).multiply(feeTo.minus(feeFrom).toBigDecimal())
                            .divide(to.minus(from).toBigDecimal(), 10, RoundingMode.HALF_UP));
            case QUADRATIC -> {
                if (to.equals(from)) {
                    yield feeTo.toBigDecimal();
                }
                BigDecimal t = x.subtract(from.toBigDecimal());
                BigDecimal d = to.minus(from).toBigDecimal();
                yield feeFrom.toBigDecimal().add(feeTo.minus(feeFrom).toBigDecimal().multiply(t.multiply(t))
                        .divide(d.multiply(d), MathContext.DECIMAL128));
            }
        };
        return Euro.of(exact, RoundingMode.HALF_UP);
    }
}
