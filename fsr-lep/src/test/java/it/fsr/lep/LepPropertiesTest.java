package it.fsr.lep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.allocation.RoundingPolicy;
import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invariants of the fsr spec lep.md. */
class LepPropertiesTest {
    static final int EXAMPLES = Integer.getInteger("fsr.examples", 1000);

    @Test
    void neededWorkersAreNeverNegativeAndMonotoneInPopulation() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 5_000_000L), longs().between(0, 100_000L), integers().between(0, 2000))
                .checkAssert((p, dp, tenths) -> {
                    BigDecimal n = BigDecimal.valueOf(tenths, 1);
                    SocialWorkerReport a = SocialWorkers.assess("a", p, n, 2025, LepParameters.defaults());
                    SocialWorkerReport b = SocialWorkers.assess("b", p + dp, n, 2025, LepParameters.defaults());
                    assertThat(a.needed5000()).isNotNegative().isLessThanOrEqualTo(b.needed5000());
                    assertThat(a.needed6500()).isLessThanOrEqualTo(b.needed6500());
                    assertThat(a.gap5000().signum()).isNotNegative();
                    if (n.multiply(BigDecimal.valueOf(5000)).compareTo(BigDecimal.valueOf(p)) >= 0 && n.compareTo(BigDecimal.valueOf(a.needed5000())) >= 0) {
                        assertThat(a.gap5000()).isEqualByComparingTo("0");
                    }
                });
    }

    @Test
    void theContributionIsMonotoneInWorkersAndNeverAboveTheBandMaxima() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 5_000_000L), integers().between(0, 5000), integers().between(0, 500))
                .checkAssert((p, tenths, dt) -> {
                    Euro a = SocialWorkers.assess("a", p, BigDecimal.valueOf(tenths, 1), 2025, LepParameters.defaults()).contribution797();
                    Euro b = SocialWorkers.assess("b", p, BigDecimal.valueOf(tenths + dt, 1), 2025, LepParameters.defaults()).contribution797();
                    assertThat(b).isGreaterThanOrEqualTo(a);
                    // band maxima: 40,000 × (P/5,000 − P/6,500) + 20,000 × (P/4,000 − P/5,000) = P × 24/13 + P = P × 37/13
                    BigDecimal max = BigDecimal.valueOf(p).multiply(BigDecimal.valueOf(37)).divide(BigDecimal.valueOf(13), 2, java.math.RoundingMode.HALF_UP);
                    assertThat(b.toBigDecimal()).isLessThanOrEqualTo(max);
                });
    }

    @Test
    void aComuneAtOrAboveATargetHasNoGap() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 1_000_000L), longs().between(0, 500_000L)).checkAssert((children, extra) -> {
            long places = NurseryCoverage.needed(it.fsr.core.money.Rate.ofPercent(33), children, 0) + extra;
            assertThat(NurseryCoverage.assess("x", children, places, 2025, LepParameters.defaults()).placesNeededLep()).isZero();
        });
    }

    @Test
    void unitCostAllocationsSumToTheTotalExactlyUnderLargestRemainderAndWithinHalfACentEachOtherwise() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 1_000_000_000_00L), lists().of(integers().between(0, 500)).ofSizeBetween(1, 60))
                .assuming((t, us) -> us.stream().mapToLong(Integer::longValue).sum() > 0)
                .checkAssert((t, us) -> {
                    Map<String, Long> users = new LinkedHashMap<>();
                    for (int i = 0; i < us.size(); i++) {
                        users.put("C" + i, us.get(i).longValue());
                    }
                    long sum = us.stream().mapToLong(Integer::longValue).sum();
                    UnitCost c = UnitCost.of(Euro.ofCents(t), sum);
                    long lr = c.allocate(users, RoundingPolicy.LARGEST_REMAINDER).values().stream().mapToLong(Euro::cents).sum();
                    assertThat(lr).isEqualTo(t);
                    long each = c.allocate(users, RoundingPolicy.EACH_HALF_UP).values().stream().mapToLong(Euro::cents).sum();
                    assertThat(Math.abs(each - t) * 2).isLessThanOrEqualTo(us.size());
                });
    }

    @Test
    void aBacinoEqualsTheSumsOfItsComuni() {
        qt().withExamples(Math.min(300, EXAMPLES)).forAll(lists().of(longs().between(0, 10_000L)).ofSizeBetween(1, 20)).checkAssert(xs -> {
            Map<String, long[]> comuni = new LinkedHashMap<>();
            List<String> ids = new ArrayList<>();
            long children = 0;
            long places = 0;
            for (int i = 0; i < xs.size(); i++) {
                long ch = xs.get(i);
                long pl = ch / 3 + i;
                comuni.put("C" + i, new long[] {ch, pl});
                ids.add("C" + i);
                children += ch;
                places += pl;
            }
            NurseryReport b = NurseryCoverage.bacini(comuni, Map.of("B", ids), 2025, LepParameters.defaults()).get("B");
            assertThat(b.children()).isEqualTo(children);
            assertThat(b.places()).isEqualTo(places);
            assertThat(b.placesNeededLep()).isEqualTo(NurseryCoverage.assess("B", children, places, 2025, LepParameters.defaults()).placesNeededLep());
        });
    }
}
