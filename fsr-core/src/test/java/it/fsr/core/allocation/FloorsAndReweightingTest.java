package it.fsr.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The two kernel additions the riparto needs: floors (never added on top) and weights re-read after each exclusion. */
class FloorsAndReweightingTest {

    private static Euro eur(String s) {
        return Euro.parse(s);
    }

    @Test
    void aFloorReplacesTheShareWhenTheShareIsBelowItAndIsNeverAdded() {
        // 100 split 1 : 9; a's floor 50 > its share 10: a gets 50, b the other 50 (a minimum would have given a 55, b 45)
        Allocation a = AllocationEngine.allocateWithFloors(AllocationRequest.of(eur("100"), List.of(Claim.of("a", 1), Claim.of("b", 9))),
                Map.of("a", eur("50")));
        assertThat(a.amountOf("a")).isEqualTo(eur("50.00"));
        assertThat(a.amountOf("b")).isEqualTo(eur("50.00"));
        Allocation withMinimum = AllocationEngine.allocate(AllocationRequest.of(eur("100"),
                List.of(Claim.of("a", 1).withMinimum(eur("50")), Claim.of("b", 9))));
        assertThat(withMinimum.amountOf("a")).isEqualTo(eur("55.00"));
        // a floor below the share changes nothing
        Allocation b = AllocationEngine.allocateWithFloors(AllocationRequest.of(eur("100"), List.of(Claim.of("a", 1), Claim.of("b", 9))),
                Map.of("a", eur("5")));
        assertThat(b.amountOf("a")).isEqualTo(eur("10.00"));
        // fixing one floor can push another below its own: 100 split 1 : 1 : 8, floors 30 and 15 -> a 30, then b's share
        // 70 × 1/9 = 7.78 < 15 -> b 15, c 55
        Allocation c = AllocationEngine.allocateWithFloors(AllocationRequest.of(eur("100"),
                List.of(Claim.of("a", 1), Claim.of("b", 1), Claim.of("c", 8))), Map.of("a", eur("30"), "b", eur("15")));
        assertThat(c.amountOf("a")).isEqualTo(eur("30.00"));
        assertThat(c.amountOf("b")).isEqualTo(eur("15.00"));
        assertThat(c.amountOf("c")).isEqualTo(eur("55.00"));
    }

    @Test
    void floorsAboveTheBudgetAreRefusedWithTheAmountMissing() {
        assertThatThrownBy(() -> AllocationEngine.allocateWithFloors(AllocationRequest.of(eur("10"), List.of(Claim.of("a", 1))),
                Map.of("a", eur("12"))))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("budget = 10.00: cannot pay the floors of 12.00: missing 2.00");
        assertThatThrownBy(() -> AllocationEngine.allocateWithFloors(AllocationRequest.of(eur("10"),
                List.of(Claim.of("a", 1).withMinimum(eur("1")))), Map.of()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("claims[a].minimum = 1.00: must be zero with floors");
    }

    @Test
    void floorsKeepTheSumAndNeverGoBelowTheFloorOrAboveTheCap() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(8);
            long budget = r.nextInt(1_000_000);
            List<Claim> claims = new ArrayList<>();
            Map<String, Euro> floors = new HashMap<>();
            long floorSum = 0;
            for (int i = 0; i < n; i++) {
                Claim c = Claim.of("k" + i, r.nextInt(1000));
                if (r.nextBoolean()) {
                    c = c.withCap(Euro.ofCents(r.nextInt(500_000)));
                }
                claims.add(c);
                long f = r.nextInt(200_000);
                if (floorSum + f <= budget && r.nextBoolean()) {
                    floors.put(c.key(), Euro.ofCents(f));
                    floorSum += Math.min(f, c.cap() == null ? f : c.cap().cents());
                }
            }
            Allocation a = AllocationEngine.allocateWithFloors(AllocationRequest.of(Euro.ofCents(budget), claims), floors);
            long sum = a.remainder().cents();
            for (Claim c : claims) {
                long got = a.amountOf(c.key()).cents();
                sum += got;
                long floor = floors.getOrDefault(c.key(), Euro.ZERO).cents();
                long cap = c.cap() == null ? Long.MAX_VALUE : c.cap().cents();
                assertThat(got).isGreaterThanOrEqualTo(Math.min(floor, cap));
                assertThat(got).isLessThanOrEqualTo(cap);
            }
            assertThat(sum).isEqualTo(budget);
        });
    }

    @Test
    void weightsAreReReadForTheClaimsLeftAfterEachExclusion() {
        // two criteria, 50% each: x = a 10, b 30, c 1; y = a 10, b 0, c 10. c's cap 200 < 300 puts it out whatever the
        // weights; its values must then leave both denominators.
        Map<String, Map<String, Integer>> values = Map.of("x", Map.of("a", 10, "b", 30, "c", 1), "y", Map.of("a", 10, "b", 0, "c", 10));
        Reweighting r = running -> {
            List<MultiCriteria.Criterion> criteria = new ArrayList<>();
            for (String k : List.of("x", "y")) {
                Map<String, BigDecimal> v = new LinkedHashMap<>();
                running.forEach(u -> v.put(u, BigDecimal.valueOf(values.get(k).get(u))));
                criteria.add(new MultiCriteria.Criterion(k, it.fsr.core.money.Rate.ofPercent(50), v));
            }
            return MultiCriteria.compositeWeights(criteria);
        };
        List<Claim> claims = new ArrayList<>();
        Map<String, BigDecimal> start = r.weightsFor(java.util.Set.of("a", "b", "c"));
        claims.add(Claim.of("a", start.get("a")));
        claims.add(Claim.of("b", start.get("b")));
        claims.add(Claim.of("c", start.get("c")).withCap(eur("200")));
        Allocation fixed = AllocationEngine.allocate(AllocationRequest.of(eur("1000"), claims).withThreshold(eur("300")));
        Allocation reweighted = AllocationEngine.allocate(AllocationRequest.of(eur("1000"), claims).withThreshold(eur("300")).withReweighting(r));
        // re-read among a and b: x 10 : 30, y 10 : 0 -> a 0.5·1/4 + 0.5·1 = 0.625, b 0.375: 625 / 375
        assertThat(reweighted.amountOf("c")).isEqualTo(Euro.ZERO);
        assertThat(reweighted.amountOf("a")).isEqualTo(eur("625.00"));
        assertThat(reweighted.amountOf("b")).isEqualTo(eur("375.00"));
        // fixed at the start (c's values still in the denominators): a 0.5·10/41 + 0.5·10/20 = 0.3720, b 0.3659 -> 504.13 / 495.87
        assertThat(fixed.amountOf("a")).isEqualTo(eur("504.13"));
        assertThat(fixed.amountOf("b")).isEqualTo(eur("495.87"));
    }
}
