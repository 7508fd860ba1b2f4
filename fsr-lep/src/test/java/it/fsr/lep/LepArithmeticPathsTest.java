package it.fsr.lep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The social workers' status, the c. 797 contribution (L. 178/2020 art. 1 c. 797) and the places needed (L. 234/2021
 * c. 172) are computed in longs when the numbers fit and in {@code BigDecimal} otherwise: both give the figure of an
 * exact reference written from the commi with whole-number fractions, at every scale of the workers and the rate and
 * for figures beyond a long.
 */
class LepArithmeticPathsTest {
    private static final int EXAMPLES = Integer.getInteger("fsr.examples", 1000);
    private static final SocialWorkers.Ratios RATIOS = SocialWorkers.Ratios.of(LepParameters.defaults(), 2025);

    /** c. 797 as exact fractions over one common denominator: first × (min(N, P/lep) − P/objective)⁺ + second × (min(N, P/further) − P/lep)⁺, half-up to the cent. */
    private static long referenceCents(long population, BigDecimal workers, int objective, int lep, int further, Euro first, Euro second) {
        BigInteger scale = BigInteger.TEN.pow(Math.max(0, workers.scale()));
        BigInteger d = BigInteger.valueOf(objective).multiply(BigInteger.valueOf(lep)).multiply(BigInteger.valueOf(further)).multiply(scale);
        BigInteger n = workers.setScale(Math.max(0, workers.scale())).unscaledValue().multiply(d.divide(scale));
        BigInteger p = BigInteger.valueOf(population).multiply(d);
        BigInteger atObjective = p.divide(BigInteger.valueOf(objective));
        BigInteger atLep = p.divide(BigInteger.valueOf(lep));
        BigInteger atFurther = p.divide(BigInteger.valueOf(further));
        BigInteger a = n.min(atLep).subtract(atObjective).max(BigInteger.ZERO);
        BigInteger b = n.min(atFurther).subtract(atLep).max(BigInteger.ZERO);
        BigInteger cents = BigInteger.valueOf(first.cents()).multiply(a).add(BigInteger.valueOf(second.cents()).multiply(b));
        BigInteger[] qr = cents.divideAndRemainder(d);
        return qr[0].longValueExact() + (qr[1].shiftLeft(1).compareTo(d) >= 0 ? 1 : 0);
    }

    private static SocialWorkerStatus referenceStatus(long population, BigDecimal workers) {
        BigDecimal p = BigDecimal.valueOf(population);
        return workers.multiply(BigDecimal.valueOf(4000)).compareTo(p) >= 0 ? SocialWorkerStatus.FURTHER_OBJECTIVE_MET
                : workers.multiply(BigDecimal.valueOf(5000)).compareTo(p) >= 0 ? SocialWorkerStatus.LEP_MET
                : workers.multiply(BigDecimal.valueOf(6500)).compareTo(p) >= 0 ? SocialWorkerStatus.OBJECTIVE_MET : SocialWorkerStatus.BELOW_OBJECTIVE;
    }

    @Test
    void theContributionAndTheStatusAtEveryScaleOfTheWorkers() {
        assertThat(RATIOS.objective()).isEqualTo(6500);
        assertThat(RATIOS.lep()).isEqualTo(5000);
        assertThat(RATIOS.further()).isEqualTo(4000);
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 3_000_000L), longs().between(0, 2_000_000L), integers().between(0, 4), integers().between(0, 20))
                .checkAssert((p, unscaled, scale, extra) -> {
                    BigDecimal workers = BigDecimal.valueOf(unscaled, scale);
                    // the same number written with more digits: past 18 it takes the BigDecimal path
                    BigDecimal written = workers.setScale(scale + extra);
                    long expected = referenceCents(p, workers, 6500, 5000, 4000, RATIOS.first(), RATIOS.second());
                    assertThat(RATIOS.contribution(p, workers).cents()).isEqualTo(expected);
                    assertThat(RATIOS.contribution(p, written).cents()).isEqualTo(expected);
                    assertThat(RATIOS.status(p, workers)).isEqualTo(referenceStatus(p, workers));
                    assertThat(RATIOS.status(p, written)).isEqualTo(referenceStatus(p, workers));
                });
    }

    @Test
    void theExactBoundsOfTheStatus() {
        // 1 worker per 5,000 inhabitants exactly is the LEP; one inhabitant more is not
        assertThat(RATIOS.status(5000, BigDecimal.ONE)).isEqualTo(SocialWorkerStatus.LEP_MET);
        assertThat(RATIOS.status(5001, BigDecimal.ONE)).isEqualTo(SocialWorkerStatus.OBJECTIVE_MET);
        assertThat(RATIOS.status(6501, BigDecimal.ONE)).isEqualTo(SocialWorkerStatus.BELOW_OBJECTIVE);
        assertThat(RATIOS.status(4000, new BigDecimal("1.000"))).isEqualTo(SocialWorkerStatus.FURTHER_OBJECTIVE_MET);
        assertThat(RATIOS.status(4001, new BigDecimal("1.000"))).isEqualTo(SocialWorkerStatus.LEP_MET);
        assertThat(RATIOS.status(0, BigDecimal.ZERO)).isEqualTo(SocialWorkerStatus.FURTHER_OBJECTIVE_MET);
        // a negative scale (2E+1 = 20 workers) and a number of 19 digits
        assertThat(RATIOS.status(80_000, new BigDecimal("2E+1"))).isEqualTo(SocialWorkerStatus.FURTHER_OBJECTIVE_MET);
        assertThat(RATIOS.status(80_001, new BigDecimal("2E+1"))).isEqualTo(SocialWorkerStatus.LEP_MET);
        assertThat(RATIOS.status(Long.MAX_VALUE, new BigDecimal("1000000000000000000"))).isEqualTo(SocialWorkerStatus.FURTHER_OBJECTIVE_MET);
        // products beyond a long: P · 10^s and N · ratio
        assertThat(RATIOS.status(Long.MAX_VALUE / 2, new BigDecimal("0.5"))).isEqualTo(SocialWorkerStatus.BELOW_OBJECTIVE);
        assertThat(RATIOS.status(1, new BigDecimal("900000000000000000"))).isEqualTo(SocialWorkerStatus.FURTHER_OBJECTIVE_MET);
    }

    @Test
    void theContributionBeyondALong() {
        // workers with 17 decimals: P · 10^17 · L / 4,000 and N · L do not fit in a long, the BigDecimal path gives the reference's figure
        long population = 2;
        BigDecimal workers = new BigDecimal("0.00045000000000001");
        assertThat(RATIOS.contribution(population, workers).cents())
                .isEqualTo(referenceCents(population, workers, 6500, 5000, 4000, RATIOS.first(), RATIOS.second()));
        // a negative scale: 3E+2 = 300 workers for 1.5 M inhabitants (300 at the LEP's 1:5,000)
        assertThat(RATIOS.contribution(1_500_000, new BigDecimal("3E+2")).cents())
                .isEqualTo(referenceCents(1_500_000, BigDecimal.valueOf(300), 6500, 5000, 4000, RATIOS.first(), RATIOS.second()));
        SocialWorkers.Ratios odd = new SocialWorkers.Ratios(3, 2, 1, Euro.ofCents(1), Euro.ofCents(1));
        // ratios 1:3, 1:2, 1:1 and one cent a worker: sixths of a cent, rounded as the reference rounds them
        for (String n : new String[] {"0.5", "0.75", "1", "0.6666", "2"}) {
            assertThat(odd.contribution(1, new BigDecimal(n)).cents()).as(n)
                    .isEqualTo(referenceCents(1, new BigDecimal(n), 3, 2, 1, Euro.ofCents(1), Euro.ofCents(1)));
        }
        // half a cent goes up: P = 1, N = 1, ratios 1:2 and 1:1, one cent a worker: (1 − 1/2) of a cent
        assertThat(new SocialWorkers.Ratios(2, 1, 1, Euro.ofCents(1), Euro.ZERO).contribution(1, BigDecimal.ONE).cents()).isEqualTo(1);
        assertThat(new SocialWorkers.Ratios(4, 1, 1, Euro.ofCents(1), Euro.ZERO).contribution(1, new BigDecimal("0.5")).cents()).isZero();
    }

    @Test
    void negativeAmountsPerWorkerRoundAwayFromZeroAsBigDecimalDoes() {
        SocialWorkers.Ratios negative = new SocialWorkers.Ratios(6500, 5000, 4000, Euro.ofCents(-4_000_000), Euro.ofCents(-2_000_000));
        // P = 6,500, N = 1.3: (min(1.3, 1.3) − 1) × −40,000 + (min(1.3, 1.625) − 1.3) × −20,000 = −12,000.00
        assertThat(negative.contribution(6500, new BigDecimal("1.3"))).isEqualTo(Euro.ofCents(-1_200_000));
        // −½ cent is −1 cent, −⅔ of a cent is −1 cent, −⅙ of a cent is 0: BigDecimal's HALF_UP
        assertThat(new SocialWorkers.Ratios(2, 1, 1, Euro.ofCents(-1), Euro.ZERO).contribution(1, BigDecimal.ONE)).isEqualTo(Euro.ofCents(-1));
        assertThat(new SocialWorkers.Ratios(3, 1, 1, Euro.ofCents(-1), Euro.ZERO).contribution(1, BigDecimal.ONE)).isEqualTo(Euro.ofCents(-1));
        assertThat(new SocialWorkers.Ratios(3, 2, 1, Euro.ofCents(-1), Euro.ZERO).contribution(1, BigDecimal.ONE)).isEqualTo(Euro.ZERO);
        for (String n : new String[] {"0.5", "0.75", "1", "0.6666", "2"}) {
            assertThat(new SocialWorkers.Ratios(3, 2, 1, Euro.ofCents(-7), Euro.ofCents(-5)).contribution(1, new BigDecimal(n)).cents()).as(n)
                    .isEqualTo(new BigDecimal(n).min(new BigDecimal("0.5")).subtract(BigDecimal.ONE.divide(new BigDecimal(3), 40, RoundingMode.HALF_EVEN))
                            .max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(-7))
                            .add(new BigDecimal(n).min(BigDecimal.ONE).subtract(new BigDecimal("0.5")).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(-5)))
                            .setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
    }

    @Test
    void placesNeededAtEveryScaleOfTheRate() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 10_000_000L), longs().between(0, 5_000_000L), integers().between(0, 100), integers().between(0, 20))
                .checkAssert((children, places, percent, extra) -> {
                    BigDecimal fraction = BigDecimal.valueOf(percent, 2).setScale(2 + extra);
                    long want = BigDecimal.valueOf(percent).multiply(BigDecimal.valueOf(children)).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                            .longValueExact();
                    assertThat(NurseryCoverage.needed(Rate.ofFraction(fraction), children, places)).isEqualTo(Math.max(0, want - places));
                });
        // a whole rate (scale 0), a negative scale, and children beyond the long product
        assertThat(NurseryCoverage.needed(Rate.ofFraction(BigDecimal.ONE), 7, 2)).isEqualTo(5);
        assertThat(NurseryCoverage.needed(Rate.ofFraction(new BigDecimal("0.33")), Long.MAX_VALUE / 10, 0))
                .isEqualTo(new BigDecimal("0.33").multiply(BigDecimal.valueOf(Long.MAX_VALUE / 10)).setScale(0, RoundingMode.CEILING).longValueExact());
        assertThat(NurseryCoverage.needed(Rate.ofFraction(new BigDecimal("0.33")), 100, 33)).isZero();
        assertThat(NurseryCoverage.needed(Rate.ofFraction(new BigDecimal("0.33")), 101, 33)).isEqualTo(1);
        assertThat(NurseryCoverage.needed(Rate.ofFraction(new BigDecimal("0.33")), 0, 0)).isZero();
    }
}
