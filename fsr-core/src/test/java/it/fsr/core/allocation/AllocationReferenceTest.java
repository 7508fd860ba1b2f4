package it.fsr.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential: the allocation engine against a slow reference written from its rule as the class states it —
 * minimums first, the rest by weight with caps by water-filling in exact fractions, largest remainder with ties to the
 * smaller key, then while an amount lies in (0, threshold): (a) the claims that cannot reach it even at the level the
 * others reach once every claim under it is gone excluded together, else (b) the one claim with the smallest exact
 * amount (ties: the greatest key), and everything recomputed — on small random claims made to tie: weights 0–4, caps that meet
 * the shares, thresholds that meet the amounts. Both the long and the general passes are reached (a cap above what
 * cents in a long can hold takes the general one).
 */
class AllocationReferenceTest {
    /** The random cases: fewer under mutation testing ({@code fsr.examples} below 1,000), where each mutant runs them. */
    private static final int CASES = Integer.getInteger("fsr.examples", 1000) >= 1000 ? 20_000 : 20_000 / 10;

    /** An exact fraction p/q, q > 0. */
    record Q(BigInteger p, BigInteger q) implements Comparable<Q> {
        static Q of(long v) {
            return new Q(BigInteger.valueOf(v), BigInteger.ONE);
        }

        Q plus(Q o) {
            return norm(p.multiply(o.q).add(o.p.multiply(q)), q.multiply(o.q));
        }

        Q minus(Q o) {
            return norm(p.multiply(o.q).subtract(o.p.multiply(q)), q.multiply(o.q));
        }

        Q times(long k, long d) {
            return norm(p.multiply(BigInteger.valueOf(k)), q.multiply(BigInteger.valueOf(d)));
        }

        static Q norm(BigInteger p, BigInteger q) {
            BigInteger g = p.gcd(q);
            if (g.signum() == 0) {
                return new Q(BigInteger.ZERO, BigInteger.ONE);
            }
            return new Q(p.divide(g), q.divide(g));
        }

        long floor() {
            return p.divide(q).longValueExact() - (p.signum() < 0 && p.mod(q).signum() != 0 ? 1 : 0);
        }

        Q frac() {
            return minus(of(floor()));
        }

        @Override
        public int compareTo(Q o) {
            return p.multiply(o.q).compareTo(o.p.multiply(q));
        }
    }

    record C(String key, long weight, Long cap, long min) {
    }

    /** The exact amounts of the claims not excluded (null for an excluded one); the exact remainder. */
    static Q[] exact(long budget, List<C> claims, boolean[] excluded, Q[] remainder, boolean[] cappedOut) {
        int n = claims.size();
        Q[] a = new Q[n];
        long mins = 0;
        for (int i = 0; i < n; i++) {
            if (!excluded[i]) {
                mins += claims.get(i).min();
                a[i] = Q.of(claims.get(i).min());
            }
        }
        Q rest = Q.of(budget - mins);
        boolean[] capped = new boolean[n];
        while (true) {
            long w = 0;
            Q open = rest;
            for (int i = 0; i < n; i++) {
                if (excluded[i]) {
                    continue;
                }
                if (capped[i]) {
                    open = open.minus(Q.of(claims.get(i).cap() - claims.get(i).min()));
                } else {
                    w += claims.get(i).weight();
                }
            }
            boolean any = false;
            for (int i = 0; i < n; i++) {
                C c = claims.get(i);
                if (excluded[i] || capped[i] || c.weight() == 0 || w == 0) {
                    continue;
                }
                Q share = open.times(c.weight(), w);
                if (c.cap() != null && Q.of(c.min()).plus(share).compareTo(Q.of(c.cap())) > 0) {
                    capped[i] = true;
                    any = true;
                }
            }
            if (any) {
                continue;
            }
            Q given = Q.of(0);
            for (int i = 0; i < n; i++) {
                C c = claims.get(i);
                if (excluded[i]) {
                    continue;
                }
                if (capped[i]) {
                    a[i] = Q.of(c.cap());
                } else if (c.weight() > 0 && w > 0) {
                    a[i] = Q.of(c.min()).plus(open.times(c.weight(), w));
                }
                given = given.plus(a[i]);
            }
            remainder[0] = Q.of(budget).minus(given);
            System.arraycopy(capped, 0, cappedOut, 0, n);
            return a;
        }
    }

    static Map<String, Long> reference(long budget, List<C> claims, long threshold) {
        int n = claims.size();
        boolean[] excluded = new boolean[n];
        while (true) {
            Q[] rem = new Q[1];
            Q[] a = exact(budget, claims, excluded, rem, new boolean[n]);
            long[] cents = new long[n];
            long floors = 0;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!excluded[i]) {
                    cents[i] = a[i].floor();
                    floors += cents[i];
                    order.add(i);
                }
            }
            long toGive = budget - rem[0].floor() - floors;
            order.sort(Comparator.<Integer, Q>comparing(i -> a[i].frac()).reversed().thenComparing(i -> claims.get(i).key()));
            for (int k = 0; k < toGive; k++) {
                cents[order.get(k)]++;
            }
            // (a) the units under the threshold that cannot reach it even at the level the others reach once every unit
            // now under it is gone: their highest amount more than a cent short
            boolean[] hypothesis = excluded.clone();
            List<Integer> under = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!excluded[i] && cents[i] > 0 && cents[i] < threshold) {
                    under.add(i);
                    hypothesis[i] = true;
                }
            }
            if (!under.isEmpty()) {
                boolean[] capped = new boolean[n];
                Q[] h = exact(budget, claims, hypothesis, new Q[1], capped);
                Q level = null;
                for (int j = 0; j < n; j++) {
                    if (!hypothesis[j] && !capped[j] && claims.get(j).weight() > 0) {
                        level = h[j].minus(Q.of(claims.get(j).min())).times(1, claims.get(j).weight());
                        break;
                    }
                }
                List<Integer> hopeless = new ArrayList<>();
                for (int i : under) {
                    C c = claims.get(i);
                    Q highest;
                    if (c.weight() == 0) {
                        highest = Q.of(c.min());
                    } else if (level == null) {
                        highest = c.cap() == null ? Q.of(Long.MAX_VALUE / 4) : Q.of(c.cap());
                    } else {
                        highest = Q.of(c.min()).plus(level.times(c.weight(), 1));
                        if (c.cap() != null && highest.compareTo(Q.of(c.cap())) > 0) {
                            highest = Q.of(c.cap());
                        }
                    }
                    if (highest.compareTo(Q.of(threshold - 1)) < 0) {
                        hopeless.add(i);
                    }
                }
                if (!hopeless.isEmpty()) {
                    for (int i : hopeless) {
                        excluded[i] = true;
                    }
                    continue;
                }
            }
            int victim = -1;
            for (int i = 0; i < n; i++) {
                if (!excluded[i] && cents[i] > 0 && cents[i] < threshold) {
                    if (victim < 0 || a[i].compareTo(a[victim]) < 0
                            || a[i].compareTo(a[victim]) == 0 && claims.get(i).key().compareTo(claims.get(victim).key()) > 0) {
                        victim = i;
                    }
                }
            }
            if (victim < 0) {
                Map<String, Long> out = new LinkedHashMap<>();
                long sum = 0;
                for (int i = 0; i < n; i++) {
                    out.put(claims.get(i).key(), cents[i]);
                    sum += cents[i];
                }
                out.put("remainder", budget - sum);
                return out;
            }
            excluded[victim] = true;
        }
    }

    static Map<String, Long> engine(long budget, List<C> claims, long threshold, boolean general) {
        List<Claim> cs = new ArrayList<>();
        for (C c : claims) {
            // weights of 19 decimals are past what the long passes hold: the general (BigInteger) passes, the same proportions
            Claim x = (general ? Claim.of(c.key(), java.math.BigDecimal.valueOf(c.weight(), 19)) : Claim.of(c.key(), c.weight()))
                    .withMinimum(Euro.ofCents(c.min()));
            if (c.cap() != null) {
                x = x.withCap(Euro.ofCents(c.cap()));
            }
            cs.add(x);
        }
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(Euro.ofCents(budget), cs).withThreshold(Euro.ofCents(threshold)));
        Map<String, Long> out = new LinkedHashMap<>();
        for (C c : claims) {
            out.put(c.key(), a.amountOf(c.key()).cents());
        }
        out.put("remainder", a.remainder().cents());
        return out;
    }

    @Test
    void theEngineSplitsAsTheRuleSays() {
        Random r = new Random(2025);
        for (int i = 0; i < CASES; i++) {
            int n = 1 + r.nextInt(6);
            long budget = r.nextInt(4) == 0 ? r.nextInt(20) : r.nextInt(3_000);
            boolean withThreshold = r.nextInt(3) == 0;
            List<C> claims = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                long w = r.nextInt(5);
                Long cap = r.nextInt(3) == 0 ? null : Long.valueOf(r.nextBoolean() ? r.nextInt(1_500) : budget * (1 + r.nextInt(3)) / (2 + r.nextInt(4)));
                long min = withThreshold || r.nextInt(3) != 0 ? 0 : Math.min(r.nextInt(200), cap == null ? 200 : cap);
                claims.add(new C("k" + (char) ('a' + r.nextInt(26)) + k, w, cap, min));
            }
            long mins = claims.stream().mapToLong(C::min).sum();
            if (mins > budget) {
                continue;
            }
            long threshold = withThreshold ? (r.nextBoolean() ? budget / (1 + r.nextInt(n + 1)) : r.nextInt(600)) : 0;
            List<C> fixed = claims;
            Map<String, Long> expected = reference(budget, fixed, threshold);
            assertThat(engine(budget, fixed, threshold, false)).as("budget %d threshold %d %s", budget, threshold, fixed).isEqualTo(expected);
            if (i % 4 == 0) {
                assertThat(engine(budget, fixed, threshold, true)).as("general: budget %d threshold %d %s", budget, threshold, fixed)
                        .isEqualTo(expected);
            }
        }
    }
}
