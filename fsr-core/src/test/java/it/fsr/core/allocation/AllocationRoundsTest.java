package it.fsr.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The threshold's rounds when the weights change with the running set, the weights a reweighting may give, the floors'
 * pinned shares and the exact comparison of two products: each at the case that tells it.
 */
class AllocationRoundsTest {
    private static List<String> fields(Runnable r) {
        return it.fsr.core.testing.Problems.fields(r);
    }

    /** The same weights whatever the running set. */
    private static Reweighting same(List<Claim> claims) {
        return running -> {
            Map<String, BigDecimal> w = new LinkedHashMap<>();
            for (Claim c : claims) {
                if (running.contains(c.key())) {
                    w.put(c.key(), c.weight());
                }
            }
            return w;
        };
    }

    @Test
    void aReweightingGivesNonNegativeWeightsToClaimsStillInTheRunning() {
        List<Claim> claims = List.of(Claim.of("a", 1), Claim.of("b", 1), Claim.of("c", 1));
        AllocationRequest r = AllocationRequest.of(Euro.ofCents(1000), claims).withThreshold(Euro.ofCents(400));
        // round 1: 333.33 each, all under 400; c (the greatest key) goes; then the reweighting decides
        assertThat(fields(() -> AllocationEngine.allocate(r.withReweighting(running -> Map.of("a", BigDecimal.ONE, "b", BigDecimal.ONE.negate())))))
                .containsExactly("reweighting[b]");
        assertThat(fields(() -> AllocationEngine.allocate(r.withReweighting(running -> Map.of("a", BigDecimal.ONE, "c", BigDecimal.ONE)))))
                .containsExactly("reweighting[c]");
        // a weight of zero is a weight: b is in the running with nothing by weight, a takes the budget
        Allocation zero = AllocationEngine.allocate(r.withReweighting(running -> Map.of("a", BigDecimal.ONE, "b", BigDecimal.ZERO)));
        assertThat(zero.amountOf("a").cents()).isEqualTo(1000);
        assertThat(zero.amountOf("b").cents()).isZero();
        assertThat(zero.share("c").orElseThrow().status()).isEqualTo(Share.Status.BELOW_THRESHOLD);
        assertThat(zero.exclusionRounds()).isEqualTo(1);
    }

    @Test
    void claimsWhoseCapIsUnderTheThresholdGoTogetherWhenTheWeightsChange() {
        List<Claim> claims = List.of(Claim.of("a", 1).withCap(Euro.ofCents(100)), Claim.of("b", 1).withCap(Euro.ofCents(100)),
                Claim.of("c", 1), Claim.of("d", 1));
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(Euro.ofCents(1000), claims).withThreshold(Euro.ofCents(300))
                .withReweighting(same(claims)));
        // a and b can never reach 300 (their caps): both out in one round, c and d share the budget
        assertThat(a.exclusionRounds()).isEqualTo(1);
        assertThat(a.amountOf("c").cents()).isEqualTo(500);
        assertThat(a.amountOf("d").cents()).isEqualTo(500);
    }

    @Test
    void aCapEqualToTheThresholdCanStillBePaid() {
        // round 1 of 1,000 over weights 2, 2, 1, 1, 1: a and b 285.71, e f g 142.86, all under 300; a's cap is 300 exactly
        List<Claim> claims = List.of(Claim.of("a", 2).withCap(Euro.ofCents(300)), Claim.of("b", 2), Claim.of("e", 1), Claim.of("f", 1),
                Claim.of("g", 1));
        Allocation x = AllocationEngine.allocate(AllocationRequest.of(Euro.ofCents(1000), claims).withThreshold(Euro.ofCents(300))
                .withReweighting(same(claims)));
        // g, f and e go one by one; a reaches its cap of 300, which is the threshold: it is paid
        assertThat(x.amountOf("a").cents()).isEqualTo(300);
        assertThat(x.amountOf("b").cents()).isEqualTo(700);
        assertThat(x.exclusionRounds()).isEqualTo(3);
    }

    @Test
    void aFloorPinsOnlyAShareBelowItAndTellsItsStatus() {
        List<Claim> claims = List.of(Claim.of("a", 1).withCap(Euro.ofCents(200)), Claim.of("b", 9), Claim.of("c", 1).withCap(Euro.ofCents(400)));
        AllocationRequest r = AllocationRequest.of(Euro.ofCents(1100), claims);
        // shares of 1,100: a 100, b 900, c 100; a's floor is its cap (capped), c's floor is under its cap (funded)
        Allocation f = AllocationEngine.allocateWithFloors(r, Map.of("a", Euro.ofCents(200), "c", Euro.ofCents(150)));
        assertThat(f.amountOf("a").cents()).isEqualTo(200);
        assertThat(f.share("a").orElseThrow().status()).isEqualTo(Share.Status.CAPPED);
        assertThat(f.amountOf("c").cents()).isEqualTo(150);
        assertThat(f.share("c").orElseThrow().status()).isEqualTo(Share.Status.FUNDED);
        assertThat(f.amountOf("b").cents()).isEqualTo(750);
        // a share that rounds to its floor is not pinned: its exact amount stays 100.4 cents
        AllocationRequest even = AllocationRequest.of(Euro.ofCents(1004), List.of(Claim.of("a", 1), Claim.of("b", 9)));
        Allocation g = AllocationEngine.allocateWithFloors(even, Map.of("a", Euro.ofCents(100)));
        assertThat(g.amountOf("a").cents()).isEqualTo(100);
        assertThat(g.share("a").orElseThrow().exactAmount()).isEqualByComparingTo("1.004");
    }

    @Test
    void productsComparedExactlyBeyond64Bits() {
        assertThat(LongPass.compareProducts(Long.MAX_VALUE, 3, 1, 1)).isPositive();
        assertThat(LongPass.compareProducts(1, 1, Long.MAX_VALUE, 3)).isNegative();
        assertThat(LongPass.compareProducts(Long.MAX_VALUE, 2, 2, Long.MAX_VALUE)).isZero();
        // the same high half, the low halves compared unsigned
        assertThat(LongPass.compareProducts(Long.MAX_VALUE, 2, Long.MAX_VALUE - 1, 2)).isPositive();
        assertThat(LongPass.compareProducts(3, 5, 4, 4)).isNegative();
    }
}
