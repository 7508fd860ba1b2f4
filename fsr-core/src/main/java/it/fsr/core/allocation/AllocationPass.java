package it.fsr.core.allocation;

import it.fsr.core.money.Euro;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One computation of the {@link AllocationEngine} over the claims not excluded so far. Two arithmetic
 * back ends extend it — {@link LongPass} for weights that fit in a long, the engine's general
 * {@code BigInteger} pass otherwise — and share here the threshold steps, which read only the rounded
 * amounts and the exact ones. Not thread-safe; one per round.
 */
abstract class AllocationPass {
    /** Which claims are out (shared with the engine's loop, read only here). */
    final boolean[] excluded;
    /** Each claim's amount in cents after {@link #run()} (a pass that only levels never allocates it). */
    long[] amount;

    AllocationPass(boolean[] excluded) {
        this.excluded = excluded;
    }

    /** Water-filling only: which claims are capped, and the pool and weight left for the others. */
    abstract void level();

    /**
     * Starts the water-filling from the claims another pass capped, when this pass excludes at least the
     * claims that pass excluded: excluding a claim never lowers the level, so a claim capped there is capped
     * here too, and the fixpoint reached is the same in fewer sweeps. A back end may ignore it.
     */
    void startFrom(AllocationPass earlier) {
    }

    /** Rounding to cents, after {@link #level()}. */
    abstract void distribute();

    /** Whether claim i, excluded in this pass, could not reach {@code bar} in any state that includes it. */
    abstract boolean highestAmountBelow(int i, long bar);

    /** Claim i's exact amount as numerator / denominator. */
    abstract BigInteger[] exact(int i);

    /** The allocation this pass computed. */
    abstract Allocation result(Euro total, int rounds);

    /** Water-filling and rounding. */
    final void run() {
        amount = new long[excluded.length];
        level();
        distribute();
    }

    /** The claims whose amount lies in (0, threshold). */
    final int[] underThreshold(long threshold) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < amount.length; i++) {
            if (!excluded[i] && amount[i] > 0 && amount[i] < threshold) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The claims with the smallest exact amount, when some amount lies in (0, threshold). */
    final int[] smallestUnderThreshold(long threshold) {
        BigInteger[] smallest = null;
        long smallestCents = 0;
        for (int i : underThreshold(threshold)) {
            BigInteger[] e = exact(i);
            if (smallest == null || AllocationEngine.compare(e, smallest) < 0) {
                smallest = e;
                smallestCents = amount[i];
            }
        }
        if (smallest == null) {
            return new int[0];
        }
        List<Integer> group = new ArrayList<>();
        for (int i = 0; i < amount.length; i++) {
            // equal exact amounts round to cents at most one apart
            if (!excluded[i] && amount[i] > 0 && Math.abs(amount[i] - smallestCents) <= 1
                    && AllocationEngine.compare(exact(i), smallest) == 0) {
                group.add(i);
            }
        }
        return group.stream().mapToInt(Integer::intValue).toArray();
    }
}
