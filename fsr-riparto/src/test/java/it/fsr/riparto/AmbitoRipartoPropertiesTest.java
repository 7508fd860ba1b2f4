package it.fsr.riparto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of the riparto over random Ambiti (random units, indicators, weights, budgets). */
class AmbitoRipartoPropertiesTest {
    private static final int EXAMPLES = Integer.getInteger("fsr.examples", 300);
    private static final ServiceType[] TYPES = {ServiceType.AFFIDO, ServiceType.ADM, ServiceType.PRIMA_INFANZIA, ServiceType.CAG,
        ServiceType.CRD, ServiceType.SAD_ANZIANI, ServiceType.CENTRO_DIURNO_ANZIANI, ServiceType.SAD_DISABILI, ServiceType.SFA,
        ServiceType.CA_DISABILI, ServiceType.CSE, ServiceType.RESIDENZIALE_MINORI};

    /** A random Ambito from a seed: 1–40 units of any type, random costs, indicators, exclusions. */
    static List<ServiceUnit> units(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(40);
        List<ServiceUnit> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ServiceType t = TYPES[r.nextInt(TYPES.length)];
            long costs = 1_000 + r.nextInt(200_000);
            long revenues = (long) (costs * r.nextInt(110) / 100.0);
            ServiceUnit.Builder b = ServiceUnit.builder(String.format("U%03d", i), t).authorised(true).seatedInAmbito(true).cudes(r.nextInt(20) == 0 ? "" : "C" + i)
                    .costs(Euro.ofEuros(costs)).revenues(Euro.ofEuros(revenues)).authorised(r.nextInt(25) != 0)
                    .eligibleSpend(Euro.ofEuros(r.nextInt((int) costs)))
                    // a CRD's personnel and general costs are parts of its costs (investments apart)
                    .personnelCost(Euro.ofEuros(crdPart(t, r.nextInt(100_000), costs))).complementaryCost(Euro.ofEuros(r.nextInt(30_000)))
                    .userPayments(Euro.ofEuros(r.nextInt(10_000))).generalCost(Euro.ofEuros(crdPart(t, r.nextInt(20_000), costs)))
                    .residentDays(r.nextInt(20) == 0 ? 0 : r.nextInt(300)).minoriWebDeclared(r.nextInt(10) != 0);
            if (r.nextInt(10) == 0) {
                b.activityEnd(java.time.LocalDate.of(2025, 1 + r.nextInt(12), 1 + r.nextInt(28)));
            }
            for (Indicator ind : Indicator.values()) {
                if (ind.serviceType() == t && !ind.isComputed()) {
                    if (ind.isYesNo()) {
                        b.indicator(ind, r.nextBoolean());
                    } else {
                        b.indicator(ind, r.nextInt(500));
                    }
                }
            }
            out.add(b.build());
        }
        return out;
    }

    static RipartoScenario scenario(long budgetEuro, long seed) {
        Random r = new Random(seed);
        RipartoScenario s = RipartoScenario.of("Random", 2025, Euro.ofEuros(budgetEuro))
                .withSetAsides(Rate.ofPercent(r.nextInt(6)), Rate.ofPercent(2 + r.nextInt(9)), Rate.ofPercent(r.nextInt(3)))
                .withPreviousAreaSplit(Map.of(Area.MINORI, Euro.ofEuros(1 + r.nextInt(1000)), Area.ANZIANI,
                        Euro.ofEuros(1 + r.nextInt(1000)), Area.DISABILI, Euro.ofEuros(1 + r.nextInt(1000))));
        int a = r.nextInt(101);
        s = s.withIndicatorWeights(ServiceType.PRIMA_INFANZIA, Map.of(Indicator.CHILDREN_ATTENDING, Rate.ofPercent(a),
                Indicator.OPEN_10_HOURS, Rate.ofPercent(100 - a)));
        s = s.withIndicatorWeights(ServiceType.CAG, Map.of(Indicator.ACTIVITY_HOURS, Rate.ofPercent(60), Indicator.PERSONNEL_COST, Rate.ofPercent(40)));
        return s.withIndicatorWeights(ServiceType.CRD, Map.of(Indicator.COUNTED_COST, Rate.ofPercent(100 - a), Indicator.CANTEEN, Rate.ofPercent(a)));
    }

    private static RipartoPlan plan(long budget, long seed) {
        try {
            return AmbitoRiparto.compute(scenario(budget, seed), units(seed));
        } catch (it.fsr.core.validation.ValidationException e) {
            // the only acceptable refusal: a per-day budget that cannot pay the minimum, reported with the amount missing
            assertThat(e.getMessage()).contains("missing");
            return null;
        }
    }

    @Test
    void thePlanAlwaysSumsToTheBudgetToTheCent() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 2_000_000), longs().all()).checkAssert((budget, seed) -> {
            RipartoPlan p = plan(budget, seed);
            if (p == null) {
                return;
            }
            long units = p.units().stream().mapToLong(u -> u.amount().cents()).sum();
            assertThat(units + p.returnedToReserve().cents() + p.reserve().cents() + p.inclusion().cents())
                    .isEqualTo(budget * 100);
        });
    }

    @Test
    void noUnitAboveItsDeficitNorInZeroToThreeHundredAndExcludedUnitsGetZeroWithAReason() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 2_000_000), longs().all()).checkAssert((budget, seed) -> {
            RipartoPlan p = plan(budget, seed);
            if (p == null) {
                return;
            }
            for (UnitResult u : p.units()) {
                assertThat(u.amount()).isLessThanOrEqualTo(u.deficit().atLeastZero());
                assertThat(u.amount()).isLessThanOrEqualTo(u.cap());
                assertThat(u.amount().isZero() || u.amount().cents() >= 30_000).as(u.toString()).isTrue();
                if (u.status() == UnitStatus.EXCLUDED) {
                    assertThat(u.amount()).isEqualTo(Euro.ZERO);
                    assertThat(u.reasons()).isNotEmpty();
                }
            }
        });
    }

    @Test
    void permutingTheInputChangesNothingAndTheSameInputGivesTheSamePlanByteForByte() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 2_000_000), longs().all()).checkAssert((budget, seed) -> {
            RipartoPlan p = plan(budget, seed);
            if (p == null) {
                return;
            }
            List<ServiceUnit> shuffled = new ArrayList<>(units(seed));
            Collections.shuffle(shuffled, new Random(seed ^ 42));
            RipartoPlan q = AmbitoRiparto.compute(scenario(budget, seed), shuffled);
            assertThat(q.toCsv()).isEqualTo(p.toCsv());
            assertThat(q.toMarkdown(java.util.Locale.ITALIAN, true)).isEqualTo(p.toMarkdown(java.util.Locale.ITALIAN, true));
        });
    }

    @Test
    void randomIndicatorWeightsNeverBreakTheSum() {
        qt().withExamples(EXAMPLES).forAll(integers().between(0, 100), longs().all()).checkAssert((w, seed) -> {
            RipartoScenario s = scenario(500_000, seed).withIndicatorWeights(ServiceType.PRIMA_INFANZIA,
                    Map.of(Indicator.CHILDREN_UNDER_ONE, Rate.ofPercent(w), Indicator.CHILDREN_WITH_DISABILITIES, Rate.ofPercent(100 - w)));
            RipartoPlan p;
            try {
                p = AmbitoRiparto.compute(s, units(seed));
            } catch (it.fsr.core.validation.ValidationException e) {
                assertThat(e.getMessage()).contains("missing");
                return;
            }
            assertThat(p.allocatedToUnits().plus(p.returnedToReserve())).isEqualTo(p.distributable());
        });
    }

    /** A CRD's personnel or general cost within half its costs, so the two stay parts of them; other types' as drawn. */
    static long crdPart(ServiceType t, long drawn, long costs) {
        return t == ServiceType.CRD ? drawn % (costs / 2 + 1) : drawn;
    }
}
