package it.fsr.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationEngineTest {

    private static Euro eur(String s) {
        return Euro.parse(s);
    }

    @Test
    void splitsOneHundredOneToOneToOneWithTheLeftoverCentToTheSmallestKey() {
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(eur("100.00"),
                List.of(Claim.of("c", 1), Claim.of("a", 1), Claim.of("b", 1))));
        assertThat(a.amountOf("a")).isEqualTo(eur("33.34"));
        assertThat(a.amountOf("b")).isEqualTo(eur("33.33"));
        assertThat(a.amountOf("c")).isEqualTo(eur("33.33"));
        assertThat(a.remainder()).isEqualTo(Euro.ZERO);
        // listed in the order of the claims
        assertThat(a.shares()).extracting(Share::key).containsExactly("c", "a", "b");
    }

    @Test
    void givesLeftoverCentsToTheLargestRemaindersFirst() {
        // 10.00 by 1:2:4 -> exact 1.428571 / 2.857142 / 5.714285; floors 1.42/2.85/5.71 = 9.98;
        // remainders .8571, .7142, .5714 (in cents): the two cents go to a and b
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(eur("10.00"),
                List.of(Claim.of("a", 1), Claim.of("b", 2), Claim.of("c", 4))));
        assertThat(a.amountOf("a")).isEqualTo(eur("1.43"));
        assertThat(a.amountOf("b")).isEqualTo(eur("2.86"));
        assertThat(a.amountOf("c")).isEqualTo(eur("5.71"));
    }

    @Test
    void eachHalfUpRoundsEveryShareOnItsOwnAndReportsTheDifference() {
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(eur("100.00"),
                List.of(Claim.of("a", 1), Claim.of("b", 1), Claim.of("c", 1))).withPolicy(RoundingPolicy.EACH_HALF_UP));
        assertThat(a.shares()).extracting(Share::amount).containsOnly(eur("33.33"));
        assertThat(a.remainder()).isEqualTo(eur("0.01"));
        Allocation over = AllocationEngine.allocate(AllocationRequest.of(eur("0.02"),
                List.of(Claim.of("a", 1), Claim.of("b", 1), Claim.of("c", 1), Claim.of("d", 1))).withPolicy(RoundingPolicy.EACH_HALF_UP));
        // 0.5 cent each, half-up: 1 cent each = 0.04, two cents over the budget
        assertThat(over.remainder()).isEqualTo(eur("-0.02"));
    }

    @Test
    void capsRedistributeTheExcessToTheOthersByWeightUntilNobodyIsOver() {
        // 1,000 by 1:1:2, a capped at 100: the 900 left goes 1:2 -> b 300, c 600
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(eur("1000"), List.of(
                Claim.of("a", 1).withCap(eur("100")), Claim.of("b", 1), Claim.of("c", 2))));
        assertThat(a.amountOf("a")).isEqualTo(eur("100"));
        assertThat(a.share("a").orElseThrow().status()).isEqualTo(Share.Status.CAPPED);
        assertThat(a.amountOf("b")).isEqualTo(eur("300"));
        assertThat(a.amountOf("c")).isEqualTo(eur("600"));
    }

    @Test
    void cappingOneCanPushAnotherOverItsCap() {
        // 1,000 by 1:1:1 caps 100/350/inf: round 1 a capped (333 > 100), then 900/2 = 450 > 350: b capped
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(eur("1000"), List.of(
                Claim.of("a", 1).withCap(eur("100")), Claim.of("b", 1).withCap(eur("350")), Claim.of("c", 1))));
        assertThat(a.amountOf("a")).isEqualTo(eur("100"));
        assertThat(a.amountOf("b")).isEqualTo(eur("350"));
        assertThat(a.amountOf("c")).isEqualTo(eur("550"));
    }

    @Test
    void whatNobodyCanTakeIsTheRemainder() {
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(eur("1000"), List.of(
                Claim.of("a", 1).withCap(eur("100")), Claim.of("b", 3).withCap(eur("200")))));
        assertThat(a.amountOf("a")).isEqualTo(eur("100"));
        assertThat(a.amountOf("b")).isEqualTo(eur("200"));
        assertThat(a.remainder()).isEqualTo(eur("700"));
        Allocation none = AllocationEngine.allocate(AllocationRequest.of(eur("50"), List.of(Claim.of("a", 0))));
        assertThat(none.remainder()).isEqualTo(eur("50"));
        assertThat(none.share("a").orElseThrow().status()).isEqualTo(Share.Status.ZERO_WEIGHT);
    }

    @Test
    void paysGuaranteedMinimumsFirstThenTheRestByWeight() {
        // 1,000: a minimum 400 weight 1, b weight 1: the 600 left is split 300/300
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(eur("1000"), List.of(
                Claim.of("a", 1).withMinimum(eur("400")), Claim.of("b", 1))));
        assertThat(a.amountOf("a")).isEqualTo(eur("700"));
        assertThat(a.amountOf("b")).isEqualTo(eur("300"));
    }

    @Test
    void rejectsMinimumsTheBudgetCannotPayWithTheAmountMissing() {
        assertThatThrownBy(() -> AllocationEngine.allocate(AllocationRequest.of(eur("100"), List.of(
                Claim.of("a", 1).withMinimum(eur("80")), Claim.of("b", 1).withMinimum(eur("50"))))))
                .isInstanceOf(ValidationException.class)
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("budget = 100.00: cannot pay the guaranteed minimums of 130.00: missing 30.00");
    }

    @Test
    void excludesTheSmallestUnderTheThresholdAndRedistributesUntilStable() {
        // 1,000 by 50:25:15:10 with a 150 threshold: d 100 -> out; c 1000*15/90 = 166.67 stays
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(eur("1000"), List.of(
                Claim.of("a", 50), Claim.of("b", 25), Claim.of("c", 15), Claim.of("d", 10))).withThreshold(eur("150")));
        assertThat(a.amountOf("d")).isEqualTo(Euro.ZERO);
        assertThat(a.share("d").orElseThrow().status()).isEqualTo(Share.Status.BELOW_THRESHOLD);
        // 1,000 by 50:25:15 -> 555.555.., 277.777.., 166.666..: the two cents go to b (.78) and c (.67)
        assertThat(a.amountOf("c")).isEqualTo(eur("166.67"));
        assertThat(a.amountOf("a")).isEqualTo(eur("555.55"));
        assertThat(a.amountOf("b")).isEqualTo(eur("277.78"));
        assertThat(a.exclusionRounds()).isEqualTo(1);
    }

    @Test
    void excludingOnlyTheSmallestFundsUnitsThatAllAtOnceWouldDrop() {
        // 1,000 by 70:14:14:2 threshold 150: c and b at 140 are under, but after d (20) goes, 14/98*1000 = 142.86
        // still under: of b and c (equal) one goes, c (the greater key); then b has 14/84*1000 = 166.67
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(eur("1000"), List.of(
                Claim.of("a", 70), Claim.of("b", 14), Claim.of("c", 14), Claim.of("d", 2))).withThreshold(eur("150")));
        assertThat(a.amountOf("a")).isEqualTo(eur("833.33"));
        assertThat(a.amountOf("b")).isEqualTo(eur("166.67"));
        assertThat(a.amountOf("c")).isEqualTo(Euro.ZERO);
        assertThat(a.exclusionRounds()).isEqualTo(2);
        // 1,000 by 60:15:15:10 threshold 150: d (100) out; then 15/90*1000 = 166.67 >= 150: b, c kept
        Allocation kept = AllocationEngine.allocate(AllocationRequest.of(eur("1000"), List.of(
                Claim.of("a", 60), Claim.of("b", 15), Claim.of("c", 15), Claim.of("d", 10))).withThreshold(eur("150")));
        assertThat(kept.amountOf("b")).isEqualTo(eur("166.67"));
        assertThat(kept.amountOf("c")).isEqualTo(eur("166.66"));
    }

    @Test
    void reportsEveryProblemOfABadRequestAtOnce() {
        assertThatThrownBy(() -> AllocationEngine.allocate(new AllocationRequest(eur("-1"), List.of(
                Claim.of("a", -1), Claim.of("a", 1), Claim.of(" ", 1),
                Claim.of("b", 1).withCap(eur("10")).withMinimum(eur("20"))), eur("-5"), RoundingPolicy.LARGEST_REMAINDER)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(6))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("budget = -1.00: must not be negative")
                .contains("threshold = -5.00: must not be negative")
                .contains("claims[0].weight = -1: must not be negative")
                .contains("claims[1].key = a: is a duplicate key")
                .contains("claims[2].key")
                .contains("claims[3].minimum = 20.00: is above the claim's cap 10.00");
    }

    @Test
    void acceptsDecimalWeightsExactly() {
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(eur("1.00"), List.of(
                Claim.of("a", new BigDecimal("0.1")), Claim.of("b", new BigDecimal("0.2")))));
        assertThat(a.amountOf("a")).isEqualTo(eur("0.33"));
        assertThat(a.amountOf("b")).isEqualTo(eur("0.67"));
    }
}
