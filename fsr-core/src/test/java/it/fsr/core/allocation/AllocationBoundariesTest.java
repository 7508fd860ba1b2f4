package it.fsr.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine at its boundaries, on both arithmetic paths (long weights, and weights beyond a long). */
class AllocationBoundariesTest {
    static final BigDecimal HUGE = BigDecimal.TEN.pow(30);

    static Allocation both(AllocationRequest r) {
        List<Claim> scaled = r.claims().stream().map(c -> new Claim(c.key(), c.weight().multiply(HUGE), c.cap(), c.minimum())).toList();
        Allocation small = AllocationEngine.allocate(r);
        Allocation big = AllocationEngine.allocate(new AllocationRequest(r.budget(), scaled, r.threshold(), r.policy()));
        assertThat(big.shares()).extracting(Share::amount).containsExactlyElementsOf(small.shares().stream().map(Share::amount).toList());
        assertThat(big.shares()).extracting(Share::status).containsExactlyElementsOf(small.shares().stream().map(Share::status).toList());
        assertThat(big.remainder()).isEqualTo(small.remainder());
        return small;
    }

    static Euro e(String s) {
        return Euro.parse(s);
    }

    @Test
    void anAmountEqualToTheThresholdStaysAndOneCentLessGoes() {
        // 2,000 by 1:1:1: a capped at exactly 300.00 (kept), b at 299.99 (excluded), c takes the rest
        Allocation a = both(AllocationRequest.of(e("2000"), List.of(Claim.of("a", 1).withCap(e("300")), Claim.of("b", 1).withCap(e("299.99")),
                Claim.of("c", 1))).withThreshold(e("300")));
        assertThat(a.amountOf("a")).isEqualTo(e("300"));
        assertThat(a.share("a").orElseThrow().status()).isEqualTo(Share.Status.CAPPED);
        assertThat(a.amountOf("b")).isEqualTo(Euro.ZERO);
        assertThat(a.share("b").orElseThrow().status()).isEqualTo(Share.Status.BELOW_THRESHOLD);
        assertThat(a.amountOf("c")).isEqualTo(e("1700"));
        assertThat(a.exclusionRounds()).isEqualTo(1);
        // equal units under the threshold go one at a time (the greater key first): a reaches it once b is out
        Allocation pair = both(AllocationRequest.of(e("1000"), List.of(Claim.of("a", 1), Claim.of("b", 1), Claim.of("c", 2)))
                .withThreshold(e("300")));
        assertThat(pair.amountOf("a")).isEqualTo(e("333.33"));
        assertThat(pair.amountOf("b")).isEqualTo(Euro.ZERO);
        assertThat(pair.amountOf("c")).isEqualTo(e("666.67"));
    }

    /**
     * The Avviso FSR 2025 (Monte Orfano, Istruttoria): "al di sotto di tale quota non sarà possibile riconoscere alcun
     * contributo" — a floor for each unit, not a reason to drop every equal unit: three identical units and a budget of 600
     * give 300 / 300 / 0 (the last key out), never 0 / 0 / 0 with the 600 unplaced.
     */
    @Test
    void threeEqualUnitsOfSixHundredGetThreeHundredTwiceNotNothing() {
        Allocation a = both(AllocationRequest.of(e("600"), List.of(Claim.of("u1", 1), Claim.of("u2", 1), Claim.of("u3", 1)))
                .withThreshold(e("300")));
        assertThat(a.amountOf("u1")).isEqualTo(e("300"));
        assertThat(a.amountOf("u2")).isEqualTo(e("300"));
        assertThat(a.amountOf("u3")).isEqualTo(Euro.ZERO);
        assertThat(a.share("u3").orElseThrow().status()).isEqualTo(Share.Status.BELOW_THRESHOLD);
        assertThat(a.remainder()).isEqualTo(Euro.ZERO);
        // four equal units and 600: one at a time until two remain
        Allocation four = both(AllocationRequest.of(e("600"), List.of(Claim.of("u1", 1), Claim.of("u2", 1), Claim.of("u3", 1),
                Claim.of("u4", 1))).withThreshold(e("300")));
        assertThat(four.amountOf("u1")).isEqualTo(e("300"));
        assertThat(four.amountOf("u2")).isEqualTo(e("300"));
        assertThat(four.exclusionRounds()).isEqualTo(2);
    }

    @Test
    void zeroWeightsGetTheirMinimumOrNothing() {
        Allocation a = both(AllocationRequest.of(e("1000"), List.of(Claim.of("m", 0).withMinimum(e("300")), Claim.of("z", 0), Claim.of("w", 1)))
                .withThreshold(e("300")));
        assertThat(a.amountOf("m")).isEqualTo(e("300"));
        assertThat(a.share("m").orElseThrow().status()).isEqualTo(Share.Status.FUNDED);
        assertThat(a.share("z").orElseThrow().status()).isEqualTo(Share.Status.ZERO_WEIGHT);
        assertThat(a.amountOf("w")).isEqualTo(e("700"));
        assertThat(a.share("m").orElseThrow().exactAmount()).isEqualByComparingTo("300");
        Allocation nobody = both(AllocationRequest.of(e("10"), List.of(Claim.of("m", 0).withMinimum(e("4")))));
        assertThat(nobody.remainder()).isEqualTo(e("6"));
        assertThat(nobody.allocated()).isEqualTo(e("4"));
        assertThat(nobody.budget()).isEqualTo(e("10"));
    }

    @Test
    void halfACentRoundsUpUnderEachHalfUp() {
        Allocation a = both(AllocationRequest.of(e("0.01"), List.of(Claim.of("a", 1), Claim.of("b", 1))).withPolicy(RoundingPolicy.EACH_HALF_UP));
        assertThat(a.amountOf("a")).isEqualTo(e("0.01"));
        assertThat(a.amountOf("b")).isEqualTo(e("0.01"));
        assertThat(a.remainder()).isEqualTo(e("-0.01"));
        Allocation below = both(AllocationRequest.of(e("0.02"), List.of(Claim.of("a", 1), Claim.of("b", 2))).withPolicy(RoundingPolicy.EACH_HALF_UP));
        // 0.6667 -> 1 cent, 1.3333 -> 1 cent
        assertThat(below.amountOf("a")).isEqualTo(e("0.01"));
        assertThat(below.amountOf("b")).isEqualTo(e("0.01"));
    }

    @Test
    void aCapEqualToTheShareIsNotCapped() {
        Allocation a = both(AllocationRequest.of(e("100"), List.of(Claim.of("a", 1).withCap(e("50")), Claim.of("b", 1))));
        assertThat(a.share("a").orElseThrow().status()).isEqualTo(Share.Status.FUNDED);
        assertThat(a.amountOf("a")).isEqualTo(e("50"));
        Allocation over = both(AllocationRequest.of(e("100.01"), List.of(Claim.of("a", 1).withCap(e("50")), Claim.of("b", 1))));
        assertThat(over.share("a").orElseThrow().status()).isEqualTo(Share.Status.CAPPED);
        assertThat(over.amountOf("b")).isEqualTo(e("50.01"));
    }

    @Test
    void tiesOnTheRemainderGoToTheSmallerKeyWhateverTheirPlace() {
        // 5 cents by 1:1:1:1:2: 0.8333 cent each and 1.6667; floors 0,0,0,0,1; the 4 cents left go to the
        // largest remainders (.8333 > .6667): a, b, c, d
        Allocation a = both(AllocationRequest.of(e("0.05"), List.of(Claim.of("d", 1), Claim.of("b", 1), Claim.of("a", 1), Claim.of("c", 1),
                Claim.of("e", 2))));
        assertThat(a.shares()).extracting(Share::amount).containsOnly(e("0.01"));
        // 3 cents by 1:1:1:1: 0.75 each, all remainders equal: the cents go to a, b, c by key, not by place
        Allocation tie = both(AllocationRequest.of(e("0.03"), List.of(Claim.of("d", 1), Claim.of("b", 1), Claim.of("a", 1), Claim.of("c", 1))));
        assertThat(tie.amountOf("a")).isEqualTo(e("0.01"));
        assertThat(tie.amountOf("b")).isEqualTo(e("0.01"));
        assertThat(tie.amountOf("c")).isEqualTo(e("0.01"));
        assertThat(tie.amountOf("d")).isEqualTo(Euro.ZERO);
    }

    @Test
    void sharesAndAllocationsDescribeThemselves() {
        Allocation a = both(AllocationRequest.of(e("10"), List.of(Claim.of("a", 1), Claim.of("b", 3))));
        Share s = a.share("a").orElseThrow();
        assertThat(s).isEqualTo(a.share("a").orElseThrow()).isNotEqualTo(a.share("b").orElseThrow()).isNotEqualTo("a");
        assertThat(s.hashCode()).isEqualTo(a.share("a").orElseThrow().hashCode());
        assertThat(s.toString()).isEqualTo("Share[a, 2.50, FUNDED]");
        assertThat(a.toString()).startsWith("Allocation[budget=10.00, remainder=0.00, shares=[Share[a, 2.50, FUNDED]");
        assertThat(a.share("zz")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.amountOf("zz")).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("key = zz: is not a key of this allocation");
        assertThat(a.allocated()).isEqualTo(e("10"));
    }
}
