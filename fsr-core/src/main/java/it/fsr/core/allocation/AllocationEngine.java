package it.fsr.core.allocation;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one allocation engine of fsr: splits a budget among keyed claims by weight, to the cent.
 *
 * <p><b>The rule</b> (fsr spec, "Cross-cutting rules: allocation to the cent" and "Caps, floors,
 * thresholds"; used for the FSR riparto under DGR XII/4793/2025, the Veneto 0–3 split under DGR
 * 1609/2021 and the FSC unit-cost resources):
 * <ol>
 *   <li><b>Minimums.</b> Each claim's guaranteed minimum is paid first. If the budget cannot pay them
 *       all, the request is rejected with the amount missing (it never pays less quietly).</li>
 *   <li><b>Weights and caps (water-filling).</b> The rest R is split in proportion to the weights.
 *       Any claim whose minimum plus share would exceed its cap gets its cap, and the excess is split
 *       again among the others by weight, repeatedly, until nobody is over.</li>
 *   <li><b>Rounding.</b> The exact shares (rational numbers, never approximated) become cents by the
 *       {@link RoundingPolicy}: largest remainder with ties broken by ascending key, by default.</li>
 *   <li><b>Exclusion threshold.</b> If any claim's amount lies in (0, threshold), the claims with the
 *       <em>smallest</em> exact amount are excluded (0; equal claims together, so that equal units are
 *       treated equally) and everything is recomputed among the rest, until no amount lies in
 *       (0, threshold). Excluding the smallest first, one group at a time, funds as many units as the
 *       rule allows: excluding everybody under the threshold at once would exclude units that the
 *       redistribution lifts above it.</li>
 *   <li><b>Remainder.</b> What no claim can take (everyone capped, no weight left) is the named
 *       remainder: Σ amounts + remainder = budget exactly.</li>
 * </ol>
 * Claims with zero weight receive only their minimum. The result does not depend on the order of the
 * claims. All arithmetic is integer arithmetic on cents and scaled weights: no floating point.
 *
 * <p>Stateless and thread-safe.
 */
public final class AllocationEngine {
    private static final BigInteger TWO = BigInteger.valueOf(2);

    /** One computation over the claims not excluded so far: the general one, or {@link LongPass}. */
    interface PassResult {
        void run();

        int[] underThreshold(long threshold);

        int[] smallestUnderThreshold(long threshold);

        boolean highestAmountBelow(int i, long bar);

        Allocation result(Euro total, int rounds);
    }

    private AllocationEngine() {
    }

    /**
     * Splits the request's budget.
     *
     * @throws ValidationException listing every problem: negative budget, weight, cap, minimum or
     *     threshold, duplicate or blank keys, a minimum above its cap, minimums above the budget
     */
    public static Allocation allocate(AllocationRequest request) {
        validate(request);
        List<Claim> claims = request.claims();
        int n = claims.size();
        java.util.function.Function<boolean[], PassResult> passes = longPasses(request);
        if (passes == null) {
            passes = generalPasses(request);
        }
        boolean[] excluded = new boolean[n];
        int rounds = 0;
        long threshold = request.threshold().cents();
        while (true) {
            PassResult pass = passes.apply(excluded);
            pass.run();
            if (threshold <= 0) {
                return pass.result(request.budget(), rounds);
            }
            int[] under = pass.underThreshold(threshold);
            if (under.length == 0) {
                return pass.result(request.budget(), rounds);
            }
            int[] toExclude = surelyExcluded(passes, excluded, under, threshold);
            if (toExclude.length == 0) {
                toExclude = pass.smallestUnderThreshold(threshold);
            }
            for (int i : toExclude) {
                excluded[i] = true;
            }
            rounds++;
        }
    }

    /**
     * The {@link LongPass} factory when every weight, scaled to the largest scale, and their sum fit in a
     * long (the common case: cents, days, counts); null otherwise.
     */
    private static java.util.function.Function<boolean[], PassResult> longPasses(AllocationRequest request) {
        List<Claim> claims = request.claims();
        int n = claims.size();
        int scale = 0;
        for (Claim c : claims) {
            scale = Math.max(scale, c.weight().scale());
        }
        if (scale > 18) {
            return null;
        }
        String[] keys = new String[n];
        long[] w = new long[n];
        long[] min = new long[n];
        long[] cap = new long[n];
        long sum = 0;
        try {
            for (int i = 0; i < n; i++) {
                Claim c = claims.get(i);
                BigDecimal weight = c.weight();
                w[i] = weight.scale() == scale ? weight.unscaledValue().longValueExact()
                        : weight.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
                sum = Math.addExact(sum, w[i]);
                keys[i] = c.key();
                min[i] = c.minimum().cents();
                cap[i] = c.cap() == null ? -1 : c.cap().cents();
            }
        } catch (ArithmeticException tooLarge) {
            return null;
        }
        long budget = request.budget().cents();
        RoundingPolicy policy = request.policy();
        return excluded -> new LongPass(keys, w, min, cap, excluded, budget, policy);
    }

    /** The general (BigInteger) pass factory. */
    private static java.util.function.Function<boolean[], PassResult> generalPasses(AllocationRequest request) {
        List<Claim> claims = request.claims();
        int scale = 0;
        for (Claim c : claims) {
            scale = Math.max(scale, c.weight().scale());
        }
        Unit[] units = new Unit[claims.size()];
        for (int i = 0; i < units.length; i++) {
            Claim c = claims.get(i);
            units[i] = new Unit(c, c.weight().setScale(scale, RoundingMode.UNNECESSARY).unscaledValue());
        }
        return excluded -> new Pass(units, excluded, request.budget().cents(), request.policy());
    }

    /**
     * The units under the threshold that no sequence of exclusions can lift to it: amounts only rise
     * as units are excluded, and the units now at or above the threshold stay there, so the highest
     * level any unit can reach is the one where every unit now under the threshold is gone. A unit
     * whose exact amount at that level is still more than a cent under the threshold would be
     * excluded by the one-group-at-a-time rule sooner or later: excluding it now gives the same
     * result in fewer rounds.
     */
    private static int[] surelyExcluded(java.util.function.Function<boolean[], PassResult> passes, boolean[] excluded, int[] under,
            long threshold) {
        boolean[] hypothesis = excluded.clone();
        for (int i : under) {
            hypothesis[i] = true;
        }
        PassResult best = passes.apply(hypothesis);
        best.run();
        long bar = threshold - 1;
        List<Integer> sure = new ArrayList<>();
        for (int i : under) {
            if (best.highestAmountBelow(i, bar)) {
                sure.add(i);
            }
        }
        return sure.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void validate(AllocationRequest request) {
        Violations v = new Violations();
        v.check(!request.budget().isNegative(), "budget", request.budget(), "must not be negative");
        v.check(!request.threshold().isNegative(), "threshold", request.threshold(), "must not be negative");
        Set<String> keys = new HashSet<>(request.claims().size() * 2);
        long minimums = 0;
        List<Claim> claims = request.claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            minimums += c.minimum().cents();
            boolean fine = !c.key().isBlank() && keys.add(c.key()) && c.weight().signum() >= 0 && !c.minimum().isNegative()
                    && (c.cap() == null || !c.cap().isNegative() && !c.minimum().isGreaterThan(c.cap()));
            if (fine) {
                continue;
            }
            String at = "claims[" + i + "]";
            if (c.key().isBlank()) {
                v.add(at + ".key", "\"" + c.key() + "\"", "must not be blank");
            } else if (!keys.add(c.key()) && !firstOccurrence(claims, i)) {
                v.add(at + ".key", c.key(), "is a duplicate key");
            }
            v.check(c.weight().signum() >= 0, at + ".weight", c.weight().toPlainString(), "must not be negative");
            v.check(!c.minimum().isNegative(), at + ".minimum", c.minimum(), "must not be negative");
            if (c.cap() != null) {
                v.check(!c.cap().isNegative(), at + ".cap", c.cap(), "must not be negative");
                v.check(!c.minimum().isGreaterThan(c.cap()), at + ".minimum", c.minimum(),
                        "is above the claim's cap " + c.cap());
            }
        }
        if (v.isEmpty() && minimums > request.budget().cents()) {
            v.add("budget", request.budget(), "cannot pay the guaranteed minimums of "
                    + Euro.ofCents(minimums) + ": missing " + Euro.ofCents(minimums - request.budget().cents()));
        }
        v.throwIfAny();
    }

    /** Compares two exact amounts given as numerator / denominator. */
    static int compare(BigInteger[] a, BigInteger[] b) {
        return a[0].multiply(b[1]).compareTo(b[0].multiply(a[1]));
    }

    /** Whether claim i is the first with its key. */
    private static boolean firstOccurrence(List<Claim> claims, int i) {
        for (int j = 0; j < i; j++) {
            if (claims.get(j).key().equals(claims.get(i).key())) {
                return false;
            }
        }
        return true;
    }

    /** A claim with its weight as a scaled integer. */
    private record Unit(Claim claim, BigInteger weight) {
        long minimum() {
            return claim.minimum().cents();
        }

        boolean hasCap() {
            return claim.cap() != null;
        }

        long headroom() {
            return claim.cap().cents() - claim.minimum().cents();
        }
    }

    /** One computation over the claims not excluded so far. */
    private static final class Pass implements PassResult {
        private final Unit[] units;
        private final boolean[] excluded;
        private final long budget;
        private final RoundingPolicy policy;
        private final boolean[] capped;
        private final long[] amount;
        /** exact share numerator over {@link #denominator}, for uncapped units with weight. */
        private final BigInteger[] remainders;
        private BigInteger pool;
        private BigInteger denominator = BigInteger.ZERO;
        private long remainder;

        Pass(Unit[] units, boolean[] excluded, long budget, RoundingPolicy policy) {
            this.units = units;
            this.excluded = excluded;
            this.budget = budget;
            this.policy = policy;
            this.capped = new boolean[units.length];
            this.amount = new long[units.length];
            this.remainders = new BigInteger[units.length];
        }

        @Override
        public void run() {
            long rest = budget;
            for (int i = 0; i < units.length; i++) {
                if (!excluded[i]) {
                    rest -= units[i].minimum();
                }
            }
            BigInteger r = BigInteger.valueOf(rest);
            BigInteger total = BigInteger.ZERO;
            for (int i = 0; i < units.length; i++) {
                if (!excluded[i]) {
                    total = total.add(units[i].weight());
                }
            }
            waterFill(r, total);
            distribute();
        }

        /** Caps every unit whose exact share exceeds its headroom, repeatedly. */
        private void waterFill(BigInteger r, BigInteger total) {
            boolean changed = true;
            while (changed && total.signum() > 0) {
                changed = false;
                BigInteger newR = r;
                BigInteger newTotal = total;
                for (int i = 0; i < units.length; i++) {
                    Unit u = units[i];
                    if (excluded[i] || capped[i] || !u.hasCap() || u.weight().signum() == 0) {
                        continue;
                    }
                    // share = r * w / total > headroom  <=>  r * w > headroom * total
                    if (r.multiply(u.weight()).compareTo(BigInteger.valueOf(u.headroom()).multiply(total)) > 0) {
                        capped[i] = true;
                        changed = true;
                        newR = newR.subtract(BigInteger.valueOf(u.headroom()));
                        newTotal = newTotal.subtract(u.weight());
                    }
                }
                r = newR;
                total = newTotal;
            }
            pool = r;
            denominator = total;
        }

        private void distribute() {
            long placed = 0;
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < units.length; i++) {
                if (excluded[i]) {
                    continue;
                }
                Unit u = units[i];
                if (capped[i]) {
                    amount[i] = u.claim().cap().cents();
                } else if (denominator.signum() > 0 && u.weight().signum() > 0) {
                    BigInteger numerator = pool.multiply(u.weight());
                    BigInteger[] qr = numerator.divideAndRemainder(denominator);
                    long q = qr[0].longValueExact();
                    if (policy == RoundingPolicy.EACH_HALF_UP && qr[1].multiply(TWO).compareTo(denominator) >= 0) {
                        q++;
                    }
                    amount[i] = u.minimum() + q;
                    remainders[i] = qr[1];
                    open.add(i);
                } else {
                    amount[i] = u.minimum();
                }
                placed += amount[i];
            }
            long left = budget - placed;
            if (policy == RoundingPolicy.LARGEST_REMAINDER && denominator.signum() > 0 && left > 0) {
                Integer[] order = open.toArray(new Integer[0]);
                Arrays.sort(order, (a, b) -> {
                    int c = remainders[b].compareTo(remainders[a]);
                    return c != 0 ? c : units[a].claim().key().compareTo(units[b].claim().key());
                });
                // the leftover cents are fewer than the open units: each floor loses less than a cent
                long give = Math.min(left, order.length);
                for (int k = 0; k < give; k++) {
                    amount[order[k]]++;
                }
                left -= give;
            }
            remainder = left;
        }

        /** The exact amount of unit i as numerator / denominator (denominator 1 for fixed amounts). */
        private BigInteger[] exact(int i) {
            Unit u = units[i];
            if (capped[i] || remainders[i] == null) {
                return new BigInteger[] {BigInteger.valueOf(amount(i)), BigInteger.ONE};
            }
            BigInteger num = BigInteger.valueOf(u.minimum()).multiply(denominator).add(pool.multiply(u.weight()));
            return new BigInteger[] {num, denominator};
        }

        private long amount(int i) {
            return capped[i] ? units[i].claim().cap().cents() : amount[i];
        }



        /** The units whose amount lies in (0, threshold). */
        @Override
        public int[] underThreshold(long threshold) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < units.length; i++) {
                if (!excluded[i] && amount[i] > 0 && amount[i] < threshold) {
                    out.add(i);
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * Whether unit i (excluded in this pass) would get strictly less than {@code bar} cents if it
         * were back in at this pass's level: min(cap, minimum + pool × weight / denominator) < bar.
         */
        @Override
        public boolean highestAmountBelow(int i, long bar) {
            Unit u = units[i];
            if (u.hasCap() && u.claim().cap().cents() < bar) {
                return true;
            }
            if (denominator.signum() == 0) {
                return u.minimum() < bar;
            }
            BigInteger num = BigInteger.valueOf(u.minimum()).multiply(denominator).add(pool.multiply(u.weight()));
            return num.compareTo(BigInteger.valueOf(bar).multiply(denominator)) < 0;
        }

        /** The units with the smallest exact amount, when some amount lies in (0, threshold). */
        @Override
        public int[] smallestUnderThreshold(long threshold) {
            BigInteger[] smallest = null;
            for (int i = 0; i < units.length; i++) {
                if (!excluded[i] && amount[i] > 0 && amount[i] < threshold) {
                    BigInteger[] e = exact(i);
                    if (smallest == null || compare(e, smallest) < 0) {
                        smallest = e;
                    }
                }
            }
            if (smallest == null) {
                return new int[0];
            }
            List<Integer> group = new ArrayList<>();
            for (int i = 0; i < units.length; i++) {
                if (!excluded[i] && amount[i] > 0 && compare(exact(i), smallest) == 0) {
                    group.add(i);
                }
            }
            return group.stream().mapToInt(Integer::intValue).toArray();
        }

        @Override
        public Allocation result(Euro total, int rounds) {
            List<Share> shares = new ArrayList<>(units.length);
            for (int i = 0; i < units.length; i++) {
                Unit u = units[i];
                String key = u.claim().key();
                if (excluded[i]) {
                    shares.add(Share.of(key, Euro.ZERO, Share.Status.BELOW_THRESHOLD, BigInteger.ZERO, BigInteger.ONE));
                    continue;
                }
                Share.Status status = capped[i] ? Share.Status.CAPPED
                        : u.weight().signum() == 0 && u.minimum() == 0 ? Share.Status.ZERO_WEIGHT : Share.Status.FUNDED;
                BigInteger[] e = exact(i);
                shares.add(Share.of(key, Euro.ofCents(amount(i)), status, e[0], e[1]));
            }
            return new Allocation(total, shares, Euro.ofCents(remainder), rounds);
        }
    }
}
