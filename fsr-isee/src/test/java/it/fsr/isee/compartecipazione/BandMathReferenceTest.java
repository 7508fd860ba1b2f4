package it.fsr.isee.compartecipazione;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential: a band's fee (the linear and quadratic progressions of the regolamenti, a fixed fee, a percentage of the
 * cost) against the band's formula in exact decimals, rounded once — for figures of every size, up to the largest
 * amounts, where the whole-number arithmetic overflows and the exact path takes over.
 */
class BandMathReferenceTest {
    /** The random cases: fewer under mutation testing ({@code fsr.examples} below 1,000), where each mutant runs them. */
    private static final int CASES = Integer.getInteger("fsr.examples", 1000) >= 1000 ? 20_000 : 20_000 / 10;

    static BigDecimal c(long cents) {
        return BigDecimal.valueOf(cents);
    }

    /**
     * fee = f0 + (isee − from) × (f1 − f0) / (to − from); quadratic: f0 + (isee − from)² × (f1 − f0) / (to − from)²; one exact
     * division of decimals, rounded by the mode.
     */
    static long reference(Band b, long isee, long cost, RoundingMode mode) {
        if (b instanceof Band.Linear l) {
            BigDecimal span = c(l.to().cents()).subtract(c(l.from().cents()));
            if (span.signum() == 0) {
                return l.feeAtTo().cents();
            }
            BigDecimal n = c(l.feeAtFrom().cents()).multiply(span).add(c(isee).subtract(c(l.from().cents()))
                    .multiply(c(l.feeAtTo().cents()).subtract(c(l.feeAtFrom().cents()))));
            return n.divide(span, 0, mode).longValueExact();
        }
        if (b instanceof Band.Quadratic q) {
            BigDecimal span = c(q.to().cents()).subtract(c(q.from().cents()));
            if (span.signum() == 0) {
                return q.feeAtTo().cents();
            }
            BigDecimal d = c(isee).subtract(c(q.from().cents()));
            BigDecimal n = c(q.feeAtFrom().cents()).multiply(span.pow(2)).add(d.pow(2).multiply(c(q.feeAtTo().cents()).subtract(c(q.feeAtFrom().cents()))));
            return n.divide(span.pow(2), 0, mode).longValueExact();
        }
        if (b instanceof Band.Fixed f) {
            return f.fee().cents();
        }
        return c(cost).multiply(((Band.Percent) b).percent().fraction()).setScale(0, mode).longValueExact();
    }

    @Test
    void everyShapeAtEverySize() {
        Random r = new Random(42);
        RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.UP, RoundingMode.HALF_EVEN};
        for (int i = 0; i < CASES; i++) {
            long scale = new long[] {100, 10_000_000, 10_000_000_000_000L}[r.nextInt(3)];
            long from = (long) (r.nextDouble() * scale);
            long to = from + (r.nextInt(10) == 0 ? 0 : 1 + (long) (r.nextDouble() * scale));
            long isee = to == from ? from : from + (long) (r.nextDouble() * (to - from + 1));
            long f0 = (long) (r.nextDouble() * scale);
            long f1 = r.nextBoolean() ? f0 + (long) (r.nextDouble() * scale) : (long) (r.nextDouble() * f0);
            long cost = (long) (r.nextDouble() * scale);
            Band[] bands = {new Band.Linear(Euro.ofCents(from), Euro.ofCents(to), Euro.ofCents(f0), Euro.ofCents(f1)),
                new Band.Quadratic(Euro.ofCents(from), Euro.ofCents(to), Euro.ofCents(f0), Euro.ofCents(f1)),
                new Band.Fixed(Euro.ofCents(from), Euro.ofCents(to), Euro.ofCents(f0)),
                new Band.Percent(Euro.ofCents(from), Euro.ofCents(to), Rate.ofFraction(BigDecimal.valueOf(r.nextInt(100_001), 5)))};
            RoundingMode mode = modes[r.nextInt(modes.length)];
            for (Band b : bands) {
                assertThat(BandMath.fee(b, isee, cost, mode)).as("%s at %d, cost %d, %s", b, isee, cost, mode).isEqualTo(reference(b, isee, cost, mode));
                // the explanation's exact figure (twelve decimals of a euro) is the fee before its rounding
                BigDecimal exact = BandMath.exact(b, isee, cost);
                assertThat(exact.movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact()).as("exact %s", b)
                        .isEqualTo(reference(b, isee, cost, RoundingMode.FLOOR));
            }
        }
    }
}
