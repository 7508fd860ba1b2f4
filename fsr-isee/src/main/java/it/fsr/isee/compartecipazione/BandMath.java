package it.fsr.isee.compartecipazione;

import it.fsr.core.money.Rounding;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The exact fee of each shape of {@link Band} as a ratio of whole cents, and its one rounding: what the
 * band's fee and the explanation's exact figure both come from. Stateless.
 */
final class BandMath {
    private BandMath() {
    }

    /** The exact fee at an ISEE the band owns: numerator and positive denominator, in cents. */
    static BigInteger[] ratio(Band band, long iseeCents, long costCents) {
        if (band instanceof Band.Linear l) {
            long span = l.to().cents() - l.from().cents();
            if (span == 0) {
                return new BigInteger[] {BigInteger.valueOf(l.feeAtTo().cents()), BigInteger.ONE};
            }
            BigInteger numerator = BigInteger.valueOf(l.feeAtFrom().cents()).multiply(BigInteger.valueOf(span))
                    .add(BigInteger.valueOf(iseeCents - l.from().cents()).multiply(BigInteger.valueOf(l.feeAtTo().cents() - l.feeAtFrom().cents())));
            return new BigInteger[] {numerator, BigInteger.valueOf(span)};
        }
        if (band instanceof Band.Quadratic q) {
            BigInteger span = BigInteger.valueOf(q.to().cents() - q.from().cents());
            if (span.signum() == 0) {
                return new BigInteger[] {BigInteger.valueOf(q.feeAtTo().cents()), BigInteger.ONE};
            }
            BigInteger d = BigInteger.valueOf(iseeCents - q.from().cents());
            BigInteger span2 = span.multiply(span);
            BigInteger numerator = BigInteger.valueOf(q.feeAtFrom().cents()).multiply(span2)
                    .add(d.multiply(d).multiply(BigInteger.valueOf(q.feeAtTo().cents() - q.feeAtFrom().cents())));
            return new BigInteger[] {numerator, span2};
        }
        if (band instanceof Band.Fixed f) {
            return new BigInteger[] {BigInteger.valueOf(f.fee().cents()), BigInteger.ONE};
        }
        BigDecimal fraction = ((Band.Percent) band).percent().fraction();
        int scale = Math.max(0, fraction.scale());
        return new BigInteger[] {BigInteger.valueOf(costCents).multiply(fraction.movePointRight(scale).toBigIntegerExact()), BigInteger.TEN.pow(scale)};
    }

    /** The fee rounded once by {@code rounding}: whole-number arithmetic when it fits, else exact decimals. */
    static long fee(Band band, long iseeCents, long costCents, RoundingMode rounding) {
        if (band instanceof Band.Fixed f) {
            return f.fee().cents();
        }
        if (band instanceof Band.Linear l) {
            long span = l.to().cents() - l.from().cents();
            if (span == 0) {
                return l.feeAtTo().cents();
            }
            try {
                long numerator = Math.addExact(Math.multiplyExact(l.feeAtFrom().cents(), span),
                        Math.multiplyExact(iseeCents - l.from().cents(), l.feeAtTo().cents() - l.feeAtFrom().cents()));
                return Rounding.divide(numerator, span, rounding);
            } catch (ArithmeticException beyondLong) {
                // the same ratio in exact decimals below
            }
        }
        BigInteger[] r = ratio(band, iseeCents, costCents);
        if (r[0].bitLength() < 63 && r[1].bitLength() < 63) {
            return Rounding.divide(r[0].longValue(), r[1].longValue(), rounding);
        }
        return new BigDecimal(r[0]).divide(new BigDecimal(r[1]), 0, rounding).longValueExact();
    }

    /** The exact fee in euro, to at most twelve decimals, for the explanation. */
    static BigDecimal exact(Band band, long iseeCents, long costCents) {
        BigInteger[] r = ratio(band, iseeCents, costCents);
        return new BigDecimal(r[0]).divide(new BigDecimal(r[1]), 12, RoundingMode.HALF_UP).movePointLeft(2).stripTrailingZeros();
    }
}
