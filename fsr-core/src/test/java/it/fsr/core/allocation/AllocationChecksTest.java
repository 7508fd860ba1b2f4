package it.fsr.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's checks at their bounds: a minimum up to its cap, minimums up to the budget, floors up to the budget and within the caps. */
class AllocationChecksTest {
    private static List<String> fields(Runnable r) {
        return it.fsr.core.testing.Problems.fields(r);
    }

    private static Allocation allocate(long budget, Claim... claims) {
        return AllocationEngine.allocate(AllocationRequest.of(Euro.ofCents(budget), List.of(claims)));
    }

    @Test
    void minimumsCapsAndTheBudget() {
        assertThat(fields(() -> allocate(100, Claim.of("a", 1).withCap(Euro.ofCents(50)).withMinimum(Euro.ofCents(50))))).isEmpty();
        assertThat(fields(() -> allocate(100, Claim.of("a", 1).withCap(Euro.ofCents(50)).withMinimum(Euro.ofCents(51))))).containsExactly("claims[0].minimum");
        assertThat(fields(() -> allocate(100, Claim.of("a", 0).withCap(Euro.ZERO)))).isEmpty();
        assertThat(fields(() -> allocate(100, Claim.of("a", 1).withMinimum(Euro.ofCents(60)), Claim.of("b", 1).withMinimum(Euro.ofCents(40))))).isEmpty();
        assertThat(fields(() -> allocate(99, Claim.of("a", 1).withMinimum(Euro.ofCents(60)), Claim.of("b", 1).withMinimum(Euro.ofCents(40)))))
                .containsExactly("budget");
        assertThat(fields(() -> allocate(100, Claim.of("a", 1), Claim.of("b", 1), Claim.of("a", 1)))).containsExactly("claims[2].key");
        assertThat(fields(() -> allocate(100, Claim.of(" ", 1)))).containsExactly("claims[0].key");
        // the minimums paid first, the rest by weight: 60 + 0 and 40 + 0 of nothing left
        Allocation a = allocate(100, Claim.of("a", 1).withMinimum(Euro.ofCents(60)), Claim.of("b", 3).withMinimum(Euro.ofCents(40)));
        assertThat(a.amountOf("a").cents()).isEqualTo(60);
        assertThat(a.amountOf("b").cents()).isEqualTo(40);
    }

    @Test
    void floorsUpToTheBudgetAndWithinTheCaps() {
        AllocationRequest r = AllocationRequest.of(Euro.ofCents(1000), List.of(Claim.of("a", 1), Claim.of("b", 9), Claim.of("c", 0).withCap(Euro.ofCents(100))));
        // a's share of 1,000 is 100: a floor of 300 lifts it; c's floor of 500 is cut to its cap 100
        Allocation f = AllocationEngine.allocateWithFloors(r, Map.of("a", Euro.ofCents(300), "c", Euro.ofCents(500)));
        assertThat(f.amountOf("a").cents()).isEqualTo(300);
        assertThat(f.amountOf("c").cents()).isEqualTo(100);
        assertThat(f.amountOf("b").cents()).isEqualTo(600);
        // a floor equal to the share changes nothing
        Allocation same = AllocationEngine.allocateWithFloors(AllocationRequest.of(Euro.ofCents(1000), List.of(Claim.of("a", 1), Claim.of("b", 9))),
                Map.of("a", Euro.ofCents(100)));
        assertThat(same.amountOf("a").cents()).isEqualTo(100);
        assertThat(same.amountOf("b").cents()).isEqualTo(900);
        assertThat(fields(() -> AllocationEngine.allocateWithFloors(AllocationRequest.of(Euro.ofCents(1000), List.of(Claim.of("a", 1), Claim.of("b", 1))),
                Map.of("a", Euro.ofCents(600), "b", Euro.ofCents(400))))).isEmpty();
        assertThat(fields(() -> AllocationEngine.allocateWithFloors(AllocationRequest.of(Euro.ofCents(1000), List.of(Claim.of("a", 1), Claim.of("b", 1))),
                Map.of("a", Euro.ofCents(600), "b", Euro.ofCents(401))))).containsExactly("budget");
        assertThat(fields(() -> AllocationEngine.allocateWithFloors(AllocationRequest.of(Euro.ofCents(1000), List.of(Claim.of("a", 1))),
                Map.of("a", Euro.ofCents(-1))))).containsExactly("floors[a]");
        assertThat(fields(() -> AllocationEngine.allocateWithFloors(AllocationRequest.of(Euro.ofCents(1000), List.of(Claim.of("a", 1)
                .withMinimum(Euro.ofCents(1)))), Map.of()))).containsExactly("claims[a].minimum");
    }
}
