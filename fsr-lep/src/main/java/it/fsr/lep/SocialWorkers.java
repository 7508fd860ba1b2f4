package it.fsr.lep;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Decimals;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Social workers against the LEP (1 per 5,000 inhabitants), the service objective (1 per 6,500 by 2026)
 * and the further objective (1 per 4,000), and the L. 178/2020 art. 1 c. 797 contribution.
 *
 * <p>Rules (L. 178/2020 art. 1 c. 797): workers needed for a ratio R = ceil(P / R) whole persons; the gap is
 * max(0, needed − N) with N in exact full-time equivalents. The contribution is
 * {@code C = 40,000·max(0, min(N, P/5,000) − P/6,500) + 20,000·max(0, min(N, P/4,000) − P/5,000)}: the
 * thresholds P/R are real numbers, so fsr multiplies everything by the least common multiple of the
 * three ratios and computes C exactly, rounding it once, half-up to the cent. Stateless and thread-safe.
 */
public final class SocialWorkers {
    private SocialWorkers() {
    }

    /**
     * The Ambito's c. 797 contribution shared among its Comuni, as information beside the pooled figure (the contribution
     * is the Ambito's: L. 178/2020 art. 1 c. 797, "assunti dall'ambito, ovvero dai comuni che ne fanno parte"): each
     * Comune's own figure (its contribution computed on its own population and workers), scaled down in proportion when
     * their sum exceeds the Ambito's, to the cent by largest remainder (the reading of the D.M. 4 febbraio 2021 riparto:
     * scelta di fsr). Never summed into the Ambito's contribution; when the sum is below it, each Comune shows its own.
     *
     * @param ambito the Ambito's pooled contribution
     * @param own    each Comune's own figure, in order
     * @return each Comune's share, in the same order
     */
    public static java.util.Map<String, Euro> sharesInAmbito(Euro ambito, java.util.Map<String, Euro> own) {
        Euro sum = Euro.sum(own.values());
        List<it.fsr.core.allocation.Claim> claims = new ArrayList<>();
        own.forEach((k, e) -> claims.add(it.fsr.core.allocation.Claim.of(k, BigDecimal.valueOf(e.cents())).withCap(e)));
        it.fsr.core.allocation.Allocation a = it.fsr.core.allocation.AllocationEngine.allocate(
                it.fsr.core.allocation.AllocationRequest.of(sum.min(ambito), claims));
        java.util.Map<String, Euro> out = new java.util.LinkedHashMap<>();
        own.keySet().forEach(k -> out.put(k, a.amountOf(k)));
        return out;
    }

    /**
     * Assesses one Comune or Ambito.
     *
     * @throws it.fsr.core.validation.ValidationException for a negative population or workers, or a
     *     year with no parameter
     */
    public static SocialWorkerReport assess(String id, long population, BigDecimal workers, int year, ParameterSet parameters) {
        Violations v = new Violations();
        v.check(population >= 0, "comuni[" + id + "].population", population, "must not be negative");
        v.check(workers != null && workers.signum() >= 0, "comuni[" + id + "].socialWorkers", workers == null ? "null" : it.fsr.core.money.Decimals.echo(workers),
                "must not be negative");
        v.throwIfAny();
        Ratios ratios = Ratios.of(parameters, year);
        int objective = ratios.objective();
        int lep = ratios.lep();
        int further = ratios.further();
        Euro first = ratios.first();
        Euro second = ratios.second();
        String src = parameters.datedForYear(LepParameters.SOCIAL_LEP_RATIO, year).source();
        List<Step> steps = new ArrayList<>();
        Optional<BigDecimal> perWorker = workers.signum() == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(population).divide(workers, 2, RoundingMode.HALF_UP));
        steps.add(Messages.step("social.perWorker", perWorker.orElse(null), population + " / " + workers.toPlainString(), "", population, workers));
        long n6500 = ceilDiv(population, objective);
        long n5000 = ceilDiv(population, lep);
        long n4000 = ceilDiv(population, further);
        steps.add(Messages.step("social.needed", BigDecimal.valueOf(n6500), "⌈" + population + " / " + objective + "⌉",
                parameters.datedForYear(LepParameters.SOCIAL_OBJECTIVE_RATIO, year).source(), objective));
        steps.add(Messages.step("social.needed", BigDecimal.valueOf(n5000), "⌈" + population + " / " + lep + "⌉", src, lep));
        steps.add(Messages.step("social.needed", BigDecimal.valueOf(n4000), "⌈" + population + " / " + further + "⌉",
                parameters.datedForYear(LepParameters.SOCIAL_FURTHER_RATIO, year).source(), further));
        SocialWorkerStatus status = ratios.status(population, workers);
        Euro c = ratios.contribution(population, workers);
        steps.add(Messages.step("social.c797", c, first + " × massimo(0, minimo(N, P/" + lep + ") − P/" + objective + ") + " + second
                + " × massimo(0, minimo(N, P/" + further + ") − P/" + lep + ")", parameters.datedForYear(LepParameters.SOCIAL_C797_FIRST, year).source()));
        return new SocialWorkerReport(id, population, workers, perWorker, n6500, n5000, n4000, gap(n6500, workers), gap(n5000, workers),
                gap(n4000, workers), status, c, Explanation.of(steps));
    }

    /**
     * The ratios and c. 797 amounts in force for a year, read once (a batch reads them once for all).
     *
     * @param objective inhabitants per worker of the service objective (6,500)
     * @param lep       of the LEP (5,000)
     * @param further   of the further objective (4,000)
     * @param first     c. 797 amount per worker from the objective to the LEP
     * @param second    c. 797 amount per worker from the LEP to the further objective
     */
    static final class Ratios {
        private final int objective;
        private final int lep;
        private final int further;
        private final Euro first;
        private final Euro second;
        /** The least common multiple of the three ratios, computed once for a batch. */
        private final long lcm;

        Ratios(int objective, int lep, int further, Euro first, Euro second) {
            this.objective = objective;
            this.lep = lep;
            this.further = further;
            this.first = first;
            this.second = second;
            this.lcm = lcm(lcm(objective, lep), further);
        }

        static Ratios of(ParameterSet parameters, int year) {
            return new Ratios(parameters.valueForYear(LepParameters.SOCIAL_OBJECTIVE_RATIO, year), parameters.valueForYear(LepParameters.SOCIAL_LEP_RATIO, year),
                    parameters.valueForYear(LepParameters.SOCIAL_FURTHER_RATIO, year), parameters.valueForYear(LepParameters.SOCIAL_C797_FIRST, year),
                    parameters.valueForYear(LepParameters.SOCIAL_C797_SECOND, year));
        }

        int objective() {
            return objective;
        }

        int lep() {
            return lep;
        }

        int further() {
            return further;
        }

        Euro first() {
            return first;
        }

        Euro second() {
            return second;
        }

        SocialWorkerStatus status(long population, BigDecimal workers) {
            return atLeast(workers, population, further) ? SocialWorkerStatus.FURTHER_OBJECTIVE_MET
                    : atLeast(workers, population, lep) ? SocialWorkerStatus.LEP_MET
                    : atLeast(workers, population, objective) ? SocialWorkerStatus.OBJECTIVE_MET : SocialWorkerStatus.BELOW_OBJECTIVE;
        }

        Euro contribution(long population, BigDecimal workers) {
            return SocialWorkers.contribution(population, workers, lcm, objective, lep, further, first, second);
        }
    }

    /**
     * Whether N workers meet 1 per {@code ratio} for P inhabitants: N · ratio ≥ P, exactly. N = u / 10^s is compared as
     * u · ratio ≥ P · 10^s in longs when N has a small unscaled value and both products fit, in {@code BigDecimal}
     * otherwise: one comparison, two representations of the same numbers.
     */
    static boolean atLeast(BigDecimal workers, long population, int ratio) {
        long u = Decimals.unscaledLong(workers);
        if (u != Decimals.NO_LONG) {
            try {
                return Math.multiplyExact(u, (long) ratio) >= Math.multiplyExact(population, Decimals.tenTo(workers.scale()));
            } catch (ArithmeticException tooLarge) {
                // the same comparison below, in BigDecimal
            }
        }
        return workers.multiply(BigDecimal.valueOf(ratio)).compareTo(BigDecimal.valueOf(population)) >= 0;
    }

    private static BigDecimal gap(long needed, BigDecimal workers) {
        BigDecimal g = BigDecimal.valueOf(needed).subtract(workers);
        return g.signum() > 0 ? g : BigDecimal.ZERO;
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /**
     * The c. 797 contribution, exact then half-up to the cent, with the ratios' least common multiple L: with
     * N = u / 10^s workers and P inhabitants, first × max(0, min(N·L, P·L/lep) − P·L/objective)
     * + second × max(0, min(N·L, P·L/further) − P·L/lep), over L, half-up to the cent. The numbers are the same in longs (everything times 10^s, amounts in cents) when every
     * product fits, in {@code BigDecimal} otherwise.
     */
    private static Euro contribution(long population, BigDecimal workers, long lcm, int objective, int lep, int further, Euro first, Euro second) {
        long u = Decimals.unscaledLong(workers);
        if (u != Decimals.NO_LONG) {
            try {
                long ten = Decimals.tenTo(workers.scale());
                long p = Math.multiplyExact(population, ten);
                long nl = Math.multiplyExact(u, lcm);
                long t1 = Math.multiplyExact(p, lcm / objective);
                long t2 = Math.multiplyExact(p, lcm / lep);
                long t3 = Math.multiplyExact(p, lcm / further);
                long a = Math.max(0, Math.subtractExact(Math.min(nl, t2), t1));
                long b = Math.max(0, Math.subtractExact(Math.min(nl, t3), t2));
                long numerator = Math.addExact(Math.multiplyExact(first.cents(), a), Math.multiplyExact(second.cents(), b));
                long den = Math.multiplyExact(lcm, ten);
                // half-up, away from zero as BigDecimal's HALF_UP
                long r = Math.abs(numerator % den);
                return Euro.ofCents(numerator / den + (r >= den - r ? Long.signum(numerator) : 0));
            } catch (ArithmeticException tooLarge) {
                // the same formula below, in BigDecimal
            }
        }
        BigDecimal p = BigDecimal.valueOf(population);
        BigDecimal t1 = p.multiply(BigDecimal.valueOf(lcm / objective));
        BigDecimal t2 = p.multiply(BigDecimal.valueOf(lcm / lep));
        BigDecimal t3 = p.multiply(BigDecimal.valueOf(lcm / further));
        BigDecimal nl = workers.multiply(BigDecimal.valueOf(lcm));
        BigDecimal a = nl.min(t2).subtract(t1).max(BigDecimal.ZERO);
        BigDecimal b = nl.min(t3).subtract(t2).max(BigDecimal.ZERO);
        BigDecimal numerator = first.toBigDecimal().multiply(a).add(second.toBigDecimal().multiply(b));
        return Euro.of(numerator.divide(BigDecimal.valueOf(lcm), 2, RoundingMode.HALF_UP));
    }

    private static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
    }

    /** Euclid's greatest common divisor of two positive ratios (no {@code BigInteger} per Comune of a national batch). */
    static long gcd(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }

    /**
     * The FSC social spending objective (L. 178/2020 c. 791-792; scelta di fsr on the reading of the monitoring notes): met when
     * spending (net of nurseries) ≥ the standard need (FaS); otherwise the Comune must report the use of
     * up to min(contribution, FaS − spending).
     *
     * @param met            whether the objective is met
     * @param amountToReport what must be reported (zero when met)
     */
    public record SpendingObjective(boolean met, Euro amountToReport) {
        /**
         * Assesses the objective.
         *
         * @throws it.fsr.core.validation.ValidationException for negative amounts
         */
        public static SpendingObjective assess(Euro contribution, Euro spending, Euro standardNeed) {
            Violations v = new Violations();
            v.check(!contribution.isNegative(), "contribution", contribution, "must not be negative");
            v.check(!spending.isNegative(), "spending", spending, "must not be negative");
            v.check(!standardNeed.isNegative(), "standardNeed", standardNeed, "must not be negative");
            v.throwIfAny();
            if (!spending.isLessThan(standardNeed)) {
                return new SpendingObjective(true, Euro.ZERO);
            }
            return new SpendingObjective(false, contribution.min(standardNeed.minus(spending)));
        }
    }
}
