package it.fsr.core.allocation;

import it.fsr.core.money.Decimals;
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
 * <p><b>The rule</b> (scelta di fsr on the allocations the acts ask for: "allocation to the cent" and "caps, floors,
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
 *   <li><b>Exclusion threshold.</b> While any claim's amount lies in (0, threshold): (a) the claims
 *       that cannot reach the threshold even at the highest level any later round could give them are
 *       excluded together (no later state could pay them, so excluding them first only lifts the others); if
 *       there are none, (b) <em>one</em> claim is excluded: the one with the smallest exact amount, and among
 *       equal smallest amounts the one with the greatest key (the order in which rounding ties favour the
 *       smaller keys); then everything is recomputed among the rest. This is fsr's reading of "under the
 *       minimum nothing, its money redistributed": excluding everybody under the threshold at once — or all
 *       equal claims together — would drop units that the redistribution lifts above it (three equal claims
 *       of a budget of 600 with a threshold of 300 get 300, 300 and 0, not 0, 0 and 0), and (a) keeps a
 *       million-unit allocation to a handful of rounds.</li>
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

    private AllocationEngine() {
    }

    /**
     * Splits the request's budget (see the class documentation for the rule).
     *
     * @throws ValidationException listing every problem: negative budget, weight, cap, minimum or
     *     threshold, duplicate or blank keys, a minimum above its cap, minimums above the budget
     */
    public static Allocation allocate(AllocationRequest request) {
        Columns columns = validate(request);
        List<Claim> claims = request.claims();
        java.util.function.Function<boolean[], AllocationPass> passes = longPasses(request, columns);
        if (passes == null) {
            passes = generalPasses(request);
        }
        boolean[] excluded = new boolean[claims.size()];
        int rounds = 0;
        long threshold = request.threshold().cents();
        AllocationPass previous = null;
        while (true) {
            AllocationPass pass = passes.apply(excluded);
            if (previous != null && request.reweighting() == null) {
                pass.startFrom(previous);
            }
            pass.run();
            previous = pass;
            if (threshold <= 0) {
                return pass.result(request.budget(), rounds);
            }
            int[] under = pass.underThreshold(threshold);
            if (under.length == 0) {
                return pass.result(request.budget(), rounds);
            }
            int[] toExclude = request.reweighting() == null ? hopeless(passes, pass, excluded, under, threshold)
                    : hopelessWhateverTheWeights(request, under, threshold);
            if (toExclude.length == 0) {
                toExclude = new int[] {lastByKey(claims, pass.smallestUnderThreshold(threshold))};
            }
            for (int i : toExclude) {
                excluded[i] = true;
            }
            rounds++;
            if (request.reweighting() != null) {
                passes = reweighted(request, excluded);
            }
        }
    }

    /** Of claims with equal amounts, the one with the greatest key: the one step (b) of the threshold rule excludes. */
    private static int lastByKey(List<Claim> claims, int[] equal) {
        int last = equal[0];
        for (int i : equal) {
            if (claims.get(i).key().compareTo(claims.get(last).key()) > 0) {
                last = i;
            }
        }
        return last;
    }

    /** The passes over the request with the weights of the claims still in the running. */
    private static java.util.function.Function<boolean[], AllocationPass> reweighted(AllocationRequest request, boolean[] excluded) {
        Set<String> running = new java.util.LinkedHashSet<>();
        List<Claim> claims = request.claims();
        for (int i = 0; i < claims.size(); i++) {
            if (!excluded[i]) {
                running.add(claims.get(i).key());
            }
        }
        java.util.Map<String, BigDecimal> weights = request.reweighting().weightsFor(java.util.Collections.unmodifiableSet(running));
        Violations v = new Violations();
        weights.forEach((k, w) -> v.check(w != null && w.signum() >= 0 && running.contains(k), "reweighting[" + k + "]", w,
                "must be a non-negative weight of a claim still in the running"));
        v.throwIfAny();
        AllocationRequest next = request.withWeights(weights);
        java.util.function.Function<boolean[], AllocationPass> passes = longPasses(next, read(next));
        return passes != null ? passes : generalPasses(next);
    }

    /**
     * Step (a) when the weights change with the running set: the units under the threshold that cannot
     * reach it even alone, their cap (or the budget) below it — the only bound that holds whatever the
     * weights of later rounds.
     */
    private static int[] hopelessWhateverTheWeights(AllocationRequest request, int[] under, long threshold) {
        List<Integer> sure = new ArrayList<>();
        long budget = request.budget().cents();
        for (int i : under) {
            Claim c = request.claims().get(i);
            long most = c.cap() == null ? budget : Math.min(budget, c.cap().cents());
            if (most < threshold) {
                sure.add(i);
            }
        }
        return sure.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Splits the budget with a <em>floor</em> per claim: each claim gets the larger of its floor and its
     * proportional share of what the floored claims leave (water-filling: the claims whose share falls
     * below their floor are fixed at it, and the others re-split the rest, until none falls below).
     * Unlike a {@link Claim#minimum()}, which is paid first and <em>added to</em> the proportional
     * share, a floor is never paid on top of it. Caps still apply; a floor above its cap is the cap.
     *
     * <p>Used by the FSR riparto for the per-day minimums of a service type's budget (type budget =
     * max(proportional share, Σ the per-day minimum × days), the other types re-split on what is left). The
     * request's threshold, if any, applies to the final split.
     *
     * @param request the budget and the claims (their minimums must be zero)
     * @param floors  each claim's floor by key (a key missing has none)
     * @throws ValidationException for a negative floor, a claim with a minimum, or floors above the budget
     *     (with the amount missing)
     */
    public static Allocation allocateWithFloors(AllocationRequest request, java.util.Map<String, Euro> floors) {
        validate(request);
        Violations v = new Violations();
        long total = 0;
        java.util.Map<String, Long> floorOf = new java.util.HashMap<>();
        for (Claim c : request.claims()) {
            v.check(c.minimum().isZero(), "claims[" + c.key() + "].minimum", c.minimum(), "must be zero with floors: a floor replaces it");
            Euro f = floors.getOrDefault(c.key(), Euro.ZERO);
            v.check(!f.isNegative(), "floors[" + c.key() + "]", f, "must not be negative");
            long cents = c.cap() == null ? f.cents() : Math.min(f.cents(), c.cap().cents());
            floorOf.put(c.key(), cents);
            total += Math.max(0, cents);
        }
        if (v.isEmpty() && total > request.budget().cents()) {
            v.add("budget", request.budget(), "cannot pay the floors of " + Euro.ofCents(total) + ": missing "
                    + Euro.ofCents(total - request.budget().cents()));
        }
        v.throwIfAny();
        Set<String> fixed = new HashSet<>();
        while (true) {
            long pinned = 0;
            List<Claim> free = new ArrayList<>();
            for (Claim c : request.claims()) {
                if (fixed.contains(c.key())) {
                    pinned += floorOf.get(c.key());
                } else {
                    free.add(c);
                }
            }
            Allocation a = allocate(new AllocationRequest(request.budget().minus(Euro.ofCents(pinned)), free, request.threshold(),
                    request.policy(), request.reweighting()));
            List<String> below = new ArrayList<>();
            for (Share s : a.shares()) {
                if (s.amount().cents() < floorOf.get(s.key())) {
                    below.add(s.key());
                }
            }
            if (below.isEmpty()) {
                List<Share> shares = new ArrayList<>();
                for (Claim c : request.claims()) {
                    if (fixed.contains(c.key())) {
                        long f = floorOf.get(c.key());
                        boolean atCap = c.cap() != null && f == c.cap().cents();
                        shares.add(Share.of(c.key(), Euro.ofCents(f), atCap ? Share.Status.CAPPED : Share.Status.FUNDED,
                                BigInteger.valueOf(f), BigInteger.ONE));
                    } else {
                        shares.add(a.share(c.key()).orElseThrow());
                    }
                }
                return new Allocation(request.budget(), shares, a.remainder(), a.exclusionRounds());
            }
            fixed.addAll(below);
        }
    }

    /**
     * The {@link LongPass} factory when every weight, scaled to the largest scale, and their sum fit in a
     * long (the common case: cents, days, counts); null otherwise. It reads the columns of the one sweep over the
     * claims that checked them.
     */
    private static java.util.function.Function<boolean[], AllocationPass> longPasses(AllocationRequest request, Columns columns) {
        long[] w = columns.weights();
        if (w == null) {
            return null;
        }
        long budget = request.budget().cents();
        RoundingPolicy policy = request.policy();
        String[] keys = columns.keys();
        long[] min = columns.minimums();
        long[] cap = columns.caps();
        return excluded -> new LongPass(keys, w, min, cap, excluded, budget, policy);
    }

    /** A claim's problems, one bit each, in the order they are told. */
    private static final int BLANK = 1;
    private static final int NEGATIVE_WEIGHT = 2;
    private static final int NEGATIVE_MINIMUM = 4;
    private static final int NEGATIVE_CAP = 8;
    private static final int ABOVE_CAP = 16;

    /**
     * The claims as columns: the keys, the minimums and caps in cents (−1: no cap), and the weights as integers at the
     * largest scale of the claims (at least 0), or null when one of them or their sum does not fit in a long.
     */
    private record Columns(String[] keys, int[] hashes, long[] minimums, long[] caps, long[] weights) {
    }

    /**
     * One sweep over the claims: their columns, and each one's problems but for its key's repetition (a million
     * claims are a million object graphs: each is walked once).
     */
    private static Columns read(AllocationRequest request, byte[] problems) {
        List<Claim> claims = request.claims();
        int n = claims.size();
        String[] keys = new String[n];
        int[] hashes = new int[n];
        long[] min = new long[n];
        long[] cap = new long[n];
        long[] w = new long[n];
        byte[] scales = null;
        int scale = 0;
        boolean fits = true;
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(i);
            String key = c.key();
            BigDecimal weight = c.weight();
            Euro minimum = c.minimum();
            Euro ceiling = c.cap();
            keys[i] = key;
            hashes[i] = key.hashCode();
            min[i] = minimum.cents();
            cap[i] = ceiling == null ? -1 : ceiling.cents();
            if (problems != null) {
                problems[i] = (byte) ((key.isBlank() ? BLANK : 0) | (weight.signum() < 0 ? NEGATIVE_WEIGHT : 0) | (min[i] < 0 ? NEGATIVE_MINIMUM : 0)
                        | (ceiling != null && ceiling.isNegative() ? NEGATIVE_CAP : 0) | (ceiling != null && min[i] > cap[i] ? ABOVE_CAP : 0));
            }
            if (fits) {
                w[i] = Decimals.unscaledLong(weight);
                fits = w[i] != Decimals.NO_LONG;
                int s = weight.scale();
                if (s != scale && scales == null) {
                    // the claims before held the scale 0 (the first other scale makes the array)
                    scales = new byte[n];
                }
                if (scales != null) {
                    scales[i] = (byte) s;
                }
                scale = Math.max(scale, s);
            }
        }
        return new Columns(keys, hashes, min, cap, fits ? scaled(w, scales, scale) : null);
    }

    /** The weights at one scale and their sum in a long, or null. */
    private static long[] scaled(long[] w, byte[] scales, int scale) {
        long sum = 0;
        try {
            for (int i = 0; i < w.length; i++) {
                if (scales != null && scales[i] != scale) {
                    w[i] = Math.multiplyExact(w[i], Decimals.tenTo(scale - scales[i]));
                }
                sum = Math.addExact(sum, w[i]);
            }
        } catch (ArithmeticException tooLarge) {
            return null;
        }
        return w;
    }

    /** The columns of a request already checked. */
    private static Columns read(AllocationRequest request) {
        return read(request, null);
    }

    /** The general (BigInteger) pass factory. */
    private static java.util.function.Function<boolean[], AllocationPass> generalPasses(AllocationRequest request) {
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
     * Step (a) of the threshold rule: the units under the threshold that cannot reach it whatever else is
     * excluded — even at the water-filling level reached when every unit now under the threshold is gone
     * (the highest level any later state can have: a unit that might still reach the threshold is never
     * excluded while a smaller one is under it), their amount stays more than a cent short.
     */
    private static int[] hopeless(java.util.function.Function<boolean[], AllocationPass> passes, AllocationPass current, boolean[] excluded,
            int[] under, long threshold) {
        boolean[] hypothesis = excluded.clone();
        for (int i : under) {
            hypothesis[i] = true;
        }
        AllocationPass best = passes.apply(hypothesis);
        best.startFrom(current);
        best.level();
        long bar = threshold - 1;
        List<Integer> sure = new ArrayList<>();
        for (int i : under) {
            if (best.highestAmountBelow(i, bar)) {
                sure.add(i);
            }
        }
        return sure.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Columns validate(AllocationRequest request) {
        Violations v = new Violations();
        v.check(!request.budget().isNegative(), "budget", request.budget(), "must not be negative");
        v.check(!request.threshold().isNegative(), "threshold", request.threshold(), "must not be negative");
        List<Claim> claims = request.claims();
        byte[] problems = new byte[claims.size()];
        Columns columns = read(request, problems);
        boolean[] repeated = repeatedKeys(columns.keys(), columns.hashes());
        long minimums = 0;
        for (int i = 0; i < problems.length; i++) {
            minimums += columns.minimums()[i];
            int p = problems[i];
            if (p == 0 && !repeated[i]) {
                continue;
            }
            Claim c = claims.get(i);
            String at = "claims[" + i + "]";
            if ((p & BLANK) != 0) {
                v.add(at + ".key", "\"" + c.key() + "\"", "must not be blank");
            } else if (repeated[i]) {
                v.add(at + ".key", c.key(), "is a duplicate key");
            }
            if ((p & NEGATIVE_WEIGHT) != 0) {
                v.add(at + ".weight", it.fsr.core.money.Decimals.echo(c.weight()), "must not be negative");
            }
            if ((p & NEGATIVE_MINIMUM) != 0) {
                v.add(at + ".minimum", c.minimum(), "must not be negative");
            }
            if ((p & NEGATIVE_CAP) != 0) {
                v.add(at + ".cap", c.cap(), "must not be negative");
            }
            if ((p & ABOVE_CAP) != 0) {
                v.add(at + ".minimum", c.minimum(), "is above the claim's cap " + c.cap());
            }
        }
        if (v.isEmpty() && minimums > request.budget().cents()) {
            v.add("budget", request.budget(), "cannot pay the guaranteed minimums of "
                    + Euro.ofCents(minimums) + ": missing " + Euro.ofCents(minimums - request.budget().cents()));
        }
        v.throwIfAny();
        return columns;
    }

    /**
     * Whether a unit excluded from a pass (the pass that excludes every unit now under the threshold)
     * would still get less than {@code bar} in any state that includes it: the water-filling level of a
     * state with more units is never higher, so its amount is at most m + level·w, level = pool / den of
     * that pass; with no uncapped weight left the level is unbounded and only its cap bounds it.
     */
    static boolean boundBelow(long cap, long minimum, BigInteger weight, BigInteger pool, BigInteger den, long bar) {
        if (cap >= 0 && cap < bar) {
            return true;
        }
        if (den.signum() == 0) {
            // every unit left is capped: the level is unbounded, the unit could get up to its cap
            return weight.signum() == 0 && minimum < bar;
        }
        // the level with the unit back in is at most pool / den: amount <= m + pool·w / den
        BigInteger m = BigInteger.valueOf(minimum);
        BigInteger upper = m.multiply(den).add(pool.multiply(weight));
        return upper.compareTo(BigInteger.valueOf(bar).multiply(den)) < 0;
    }

    /** Compares two exact amounts given as numerator / denominator. */
    static int compare(BigInteger[] a, BigInteger[] b) {
        return a[0].multiply(b[1]).compareTo(b[0].multiply(a[1]));
    }

    /**
     * Which keys repeat an earlier key: an open-addressing table of indices (no node per key). Keys whose hashes
     * collide on purpose cannot make it quadratic: past a fixed number of probes per key it hands over to a
     * {@link HashSet}, whose bins of colliding strings are trees.
     */
    static boolean[] repeatedKeys(String[] keys, int[] hashes) {
        int n = keys.length;
        boolean[] repeated = new boolean[n];
        // between 2n and 4n slots
        int size = Integer.highestOneBit(Math.max(4, n)) << 2;
        int mask = size - 1;
        // each slot: the key's hash in the high half, its index + 1 in the low half (0: empty); a key is read again
        // only when its hash matches
        long[] table = new long[size];
        long probes = 0;
        long budget = 8L * n + 64;
        for (int i = 0; i < n; i++) {
            int h = hashes[i];
            int slot = (h ^ h >>> 16) & mask;
            long entry;
            while ((entry = table[slot]) != 0) {
                if (++probes > budget) {
                    return repeatedKeysHashed(keys);
                }
                if ((int) (entry >>> 32) == h && keys[(int) entry - 1].equals(keys[i])) {
                    repeated[i] = true;
                    break;
                }
                slot = slot + 1 & mask;
            }
            if (!repeated[i]) {
                table[slot] = (long) h << 32 | (i + 1);
            }
        }
        return repeated;
    }

    /** The same as {@link #repeatedKeys(String[], int[])} with a {@link HashSet}: for keys whose hashes collide. */
    static boolean[] repeatedKeysHashed(String[] keys) {
        int n = keys.length;
        boolean[] repeated = new boolean[n];
        Set<String> seen = new HashSet<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
            repeated[i] = !seen.add(keys[i]);
        }
        return repeated;
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
    private static final class Pass extends AllocationPass {
        private final Unit[] units;
        private final long budget;
        private final RoundingPolicy policy;
        private final boolean[] capped;
        /** exact share numerator over {@link #denominator}, for uncapped units with weight. */
        private final BigInteger[] remainders;
        private BigInteger pool;
        private BigInteger denominator = BigInteger.ZERO;
        private long remainder;

        Pass(Unit[] units, boolean[] excluded, long budget, RoundingPolicy policy) {
            super(excluded);
            this.units = units;
            this.budget = budget;
            this.policy = policy;
            this.capped = new boolean[units.length];
            this.remainders = new BigInteger[units.length];
        }

        @Override
        void level() {
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

        @Override
        void distribute() {
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
        @Override
        BigInteger[] exact(int i) {
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

        /**
         * Whether unit i (excluded in this pass) would get strictly less than {@code bar} cents if it
         * were back in at this pass's level: min(cap, minimum + pool × weight / denominator) < bar.
         */
        @Override
        boolean highestAmountBelow(int i, long bar) {
            Unit u = units[i];
            return boundBelow(u.hasCap() ? u.claim().cap().cents() : -1, u.minimum(), u.weight(), pool, denominator, bar);
        }

        @Override
        Allocation result(Euro total, int rounds) {
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
