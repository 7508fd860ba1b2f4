package it.fsr.core.allocation;

import it.fsr.core.money.Euro;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One computation of the {@link AllocationEngine} when every scaled weight and their sum fit in a
 * {@code long}: the same rule as the general pass, on primitive arrays. Products of a pool (cents) and a
 * weight are compared exactly in 128 bits ({@link Math#multiplyHigh}); a quotient whose numerator does
 * not fit in 63 bits falls back to {@code BigInteger} for that unit. Not thread-safe; one per call.
 */
final class LongPass extends AllocationPass {
    private final String[] keys;
    private final long[] weight;
    private final long[] minimum;
    private final long[] cap;
    private final long budget;
    private final RoundingPolicy policy;
    private final boolean[] capped;
    private long[] remainder;
    private boolean[] open;
    private long pool;
    private long den;
    private long left;

    LongPass(String[] keys, long[] weight, long[] minimum, long[] cap, boolean[] excluded, long budget, RoundingPolicy policy) {
        super(excluded);
        this.keys = keys;
        this.weight = weight;
        this.minimum = minimum;
        this.cap = cap;
        this.budget = budget;
        this.policy = policy;
        int n = keys.length;
        this.capped = new boolean[n];
    }

    /** Compares a×b with c×d exactly, for non-negative longs. */
    static int compareProducts(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        if (hi1 != hi2) {
            return Long.compare(hi1, hi2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /** The claims capped by the earlier pass this one starts from, or null. */
    private boolean[] start;

    @Override
    void startFrom(AllocationPass earlier) {
        if (earlier instanceof LongPass p && p.keys == keys) {
            start = p.capped;
        }
    }

    /** The water-filling only: which units are capped, and the pool and weight left for the others. */
    @Override
    void level() {
        long rest = budget;
        long total = 0;
        // the units a sweep may still cap: in the running, not capped, with a cap and a weight
        int[] candidates = new int[keys.length];
        int m = 0;
        for (int i = 0; i < keys.length; i++) {
            if (!excluded[i]) {
                rest -= minimum[i];
                if (start != null && start[i]) {
                    capped[i] = true;
                    rest -= cap[i] - minimum[i];
                } else {
                    total += weight[i];
                    if (cap[i] >= 0 && weight[i] != 0) {
                        candidates[m++] = i;
                    }
                }
            }
        }
        // water-filling: cap whoever's share exceeds its headroom, until nobody does; each sweep reads the units
        // the sweeps before left open
        boolean changed = true;
        while (changed && total > 0) {
            changed = false;
            long newRest = rest;
            long newTotal = total;
            int kept = 0;
            for (int k = 0; k < m; k++) {
                int i = candidates[k];
                long headroom = cap[i] - minimum[i];
                if (compareProducts(rest, weight[i], headroom, total) > 0) {
                    capped[i] = true;
                    changed = true;
                    newRest -= headroom;
                    newTotal -= weight[i];
                } else {
                    candidates[kept++] = i;
                }
            }
            m = kept;
            rest = newRest;
            total = newTotal;
        }
        pool = rest;
        den = total;
    }

    @Override
    void distribute() {
        remainder = new long[keys.length];
        open = new boolean[keys.length];
        long placed = 0;
        int openCount = 0;
        for (int i = 0; i < keys.length; i++) {
            if (excluded[i]) {
                continue;
            }
            if (capped[i]) {
                amount[i] = cap[i];
            } else if (den > 0 && weight[i] > 0) {
                long q;
                long r;
                long hi = Math.multiplyHigh(pool, weight[i]);
                long lo = pool * weight[i];
                if (hi == 0 && lo >= 0) {
                    q = lo / den;
                    r = lo % den;
                } else {
                    BigInteger[] qr = BigInteger.valueOf(pool).multiply(BigInteger.valueOf(weight[i])).divideAndRemainder(BigInteger.valueOf(den));
                    q = qr[0].longValueExact();
                    r = qr[1].longValueExact();
                }
                if (policy == RoundingPolicy.EACH_HALF_UP && r >= den - r) {
                    q++;
                }
                amount[i] = minimum[i] + q;
                remainder[i] = r;
                open[i] = true;
                openCount++;
            } else {
                amount[i] = minimum[i];
            }
            placed += amount[i];
        }
        left = budget - placed;
        if (policy == RoundingPolicy.LARGEST_REMAINDER && den > 0 && left > 0 && openCount > 0) {
            giveLeftoverCents(openCount);
        }
    }

    /** The k-th smallest value of {@code a} (0-based), reordering {@code a}: quickselect, linear on average. */
    static long select(long[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            long pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    /** One cent each to the {@code left} largest remainders; ties by ascending key. */
    private void giveLeftoverCents(int openCount) {
        long[] rs = new long[openCount];
        int k = 0;
        for (int i = 0; i < keys.length; i++) {
            if (open[i]) {
                rs[k++] = remainder[i];
            }
        }
        long give = Math.min(left, openCount);
        long cut = select(rs, (int) (openCount - give));
        List<Integer> ties = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (open[i]) {
                if (remainder[i] > cut) {
                    amount[i]++;
                    give--;
                } else if (remainder[i] == cut) {
                    ties.add(i);
                }
            }
        }
        ties.sort((a, b) -> keys[a].compareTo(keys[b]));
        for (int t = 0; t < give; t++) {
            amount[ties.get(t)]++;
        }
        left -= Math.min(left, openCount);
    }

    @Override
    BigInteger[] exact(int i) {
        if (capped[i] || !open[i]) {
            return new BigInteger[] {BigInteger.valueOf(amount[i]), BigInteger.ONE};
        }
        BigInteger d = BigInteger.valueOf(den);
        return new BigInteger[] {BigInteger.valueOf(minimum[i]).multiply(d).add(BigInteger.valueOf(pool).multiply(BigInteger.valueOf(weight[i]))), d};
    }

    @Override
    boolean highestAmountBelow(int i, long bar) {
        return AllocationEngine.boundBelow(cap[i], minimum[i], BigInteger.valueOf(weight[i]), BigInteger.valueOf(pool), BigInteger.valueOf(den), bar);
    }

    @Override
    Allocation result(Euro total, int rounds) {
        return new Allocation(total, new Shares(excluded.clone()), Euro.ofCents(left), rounds, true);
    }

    /**
     * The shares, read from this pass's columns when asked: a million units' result is a few arrays, not a
     * million {@link Share}s and {@link Euro}s made whether they are read or not. Immutable once the
     * allocation is returned (the pass is never run again).
     */
    private final class Shares extends java.util.AbstractList<Share> implements java.util.RandomAccess {
        private final boolean[] out;

        Shares(boolean[] out) {
            this.out = out;
        }

        @Override
        public Share get(int i) {
            java.util.Objects.checkIndex(i, keys.length);
            if (out[i]) {
                return Share.ofFraction(keys[i], Euro.ZERO, Share.Status.BELOW_THRESHOLD, 0, 0, 0, 1);
            }
            if (capped[i]) {
                return Share.ofFraction(keys[i], Euro.ofCents(amount[i]), Share.Status.CAPPED, amount[i], 0, 0, 1);
            }
            if (open[i]) {
                return Share.ofFraction(keys[i], Euro.ofCents(amount[i]), Share.Status.FUNDED, minimum[i], pool, weight[i], den);
            }
            Share.Status s = minimum[i] == 0 ? Share.Status.ZERO_WEIGHT : Share.Status.FUNDED;
            return Share.ofFraction(keys[i], Euro.ofCents(amount[i]), s, amount[i], 0, 0, 1);
        }

        @Override
        public int size() {
            return keys.length;
        }
    }
}
