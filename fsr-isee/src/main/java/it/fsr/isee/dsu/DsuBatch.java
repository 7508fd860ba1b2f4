package it.fsr.isee.dsu;

import it.fsr.isee.Purpose;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordinary-variant ISEE of many DSUs at once, in {@code long} cents: the same rules as {@link
 * DsuCalculator} (ordinary or 2026 family purpose), without explanations, for a region recomputing a
 * million DSUs. Exact: the 20% deductions are carried in fifths of a cent and the home's two thirds in
 * thirds of a cent, so that ISR, ISP, ISE and ISEE are each rounded half-up to the cent once, as the
 * one-by-one calculator does (a differential test holds them equal). Parameters are read once per DSU
 * date. Stateless and thread-safe.
 */
public final class DsuBatch {

    /**
     * The indicators of each DSU, in cents; the scale in hundredths.
     *
     * @param isr   ISR
     * @param isp   ISP
     * @param ise   ISE
     * @param scale scale × 100
     * @param isee  ISEE
     */
    public record Result(long[] isr, long[] isp, long[] ise, long[] scale, long[] isee) {
        /** DSU i's ISEE. */
        public Euro iseeOf(int i) {
            return Euro.ofCents(isee[i]);
        }
    }

    /** The values of the parameters in force on one date, as integers. */
    private record Rules(long employeeCapFifths, long pensionCapFifths, long disabilityCap,
            long rentCap, long rentPerChild, long homeAllowance, long homeAllowanceMetro, long homePerChild, int homeFreeChildren,
            long bondExclusion, long finBase, long finPerMember, long finCap, long finPerChild, long[] sizeScale, long extraMember,
            long[] childrenScale, long workingParents, long workingParentsUnder3, long disabled, long residentialMember,
            Rate figurativeRate) {
    }

    private DsuBatch() {
    }

    /** The ISEE of every DSU in {@code c}, for {@code purpose} (ordinary or the 2026 family ISEE), on this thread. */
    public static Result run(DsuColumns c, Purpose purpose) {
        return run(c, purpose, 1);
    }

    /**
     * The same on {@code threads} threads: the DSUs are cut into contiguous slices, each computed by one
     * task of a pool made for the call; every DSU is computed exactly as on one thread, so the results are
     * identical whatever the number of threads.
     *
     * @param threads at least 1
     */
    public static Result run(DsuColumns c, Purpose purpose, int threads) {
        if (threads < 1) {
            throw it.fsr.core.validation.ValidationException.of("threads", threads, "must be at least 1");
        }
        if (purpose == Purpose.BONUS_NIDO) {
            throw it.fsr.core.validation.ValidationException.of("purpose", purpose, "the batch computes the ordinary and the 2026 family ISEE; the bonus nido goes through DsuCalculator");
        }
        boolean family = purpose == Purpose.FAMIGLIA_2026;
        ParameterSet p = c.parameters();
        if (family) {
            Violations v = new Violations();
            for (int i = 0; i < c.size; i++) {
                if (c.capoluogo[i] < 0) {
                    v.add(c.ids[i] + ": capoluogo_metropolitano", "", "a value is required (yes or no) for the 2026 family ISEE: "
                            + "is the home in the capoluogo of a Città metropolitana?");
                }
            }
            v.throwIfAny();
        }
        int n = c.size;
        long[] isrs = new long[n];
        long[] isps = new long[n];
        long[] ises = new long[n];
        long[] scales = new long[n];
        long[] isees = new long[n];
        long[][] out = {isrs, isps, ises, scales, isees};
        if (threads == 1 || n < 2 * SLICE) {
            computeRange(c, 0, n, family, p, out);
        } else {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                List<java.util.concurrent.Future<?>> tasks = new ArrayList<>();
                for (int from = 0; from < n; from += SLICE) {
                    int start = from;
                    int end = Math.min(n, from + SLICE);
                    tasks.add(pool.submit(() -> computeRange(c, start, end, family, p, out)));
                }
                for (java.util.concurrent.Future<?> t : tasks) {
                    t.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing the DSU batch", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        return new Result(isrs, isps, ises, scales, isees);
    }

    /** DSUs per task of a parallel run. */
    private static final int SLICE = 65_536;

    private static void computeRange(DsuColumns c, int first, int last, boolean family, ParameterSet p, long[][] out) {
        long[] isrs = out[0];
        long[] isps = out[1];
        long[] ises = out[2];
        long[] scales = out[3];
        long[] isees = out[4];
        Map<LocalDate, Rules> cache = new HashMap<>();
        LocalDate lastDate = null;
        Rules r = null;
        for (int i = first; i < last; i++) {
            if (!c.dates[i].equals(lastDate)) {
                lastDate = c.dates[i];
                r = cache.computeIfAbsent(lastDate, d -> rules(p, d, family));
            }
            int from = c.firstMember[i];
            int to = c.firstMember[i + 1];
            int members = to - from;
            int kids = 0;
            int minors = 0;
            boolean under3 = false;
            int parents = 0;
            boolean allParentsWorked = true;
            long disabledScale = 0;
            long sumFifths = 0;
            for (int j = from; j < to; j++) {
                int rel = c.relationship[j];
                if (rel == 2) {
                    kids++;
                    if (c.age[j] < 18) {
                        minors++;
                    }
                    if (c.age[j] < 3) {
                        under3 = true;
                    }
                } else if (rel <= 1) {
                    parents++;
                    allParentsWorked &= c.worked[j];
                }
                if (c.disability[j] != 0) {
                    disabledScale += r.disabled;
                }
                if (c.residential[j]) {
                    disabledScale += r.residentialMember;
                }
                sumFifths += netFifths(c, j, r);
            }
            long figurative = c.figurative[i] >= 0 ? c.figurative[i] : figurativeCents(c, i, r);
            long rentCap = r.rentCap + r.rentPerChild * Math.max(0, kids - 2);
            long rentDed = Math.min(c.rent[i], rentCap);
            long isrFifths = Math.max(0, sumFifths + 5 * (figurative - rentDed));
            long isr = (isrFifths + 2) / 5;
            long homeNet = Math.max(0, c.homeValue[i] - c.homeMortgage[i]);
            long allowance = (family && c.capoluogo[i] == 1 ? r.homeAllowanceMetro : r.homeAllowance)
                    + r.homePerChild * Math.max(0, kids - r.homeFreeChildren);
            long homeThirds = 2 * Math.max(0, homeNet - allowance);
            long deposits = Math.max(c.depositsBalance[i], c.depositsAverage[i]);
            long financial = deposits + c.otherFinancial[i] + Math.max(0, c.governmentBonds[i] - r.bondExclusion);
            long franchigia = Math.min(r.finBase + r.finPerMember * (members - 1), r.finCap) + r.finPerChild * Math.max(0, kids - 2);
            long ispThirds = homeThirds + 3 * (c.otherRealEstate[i] + Math.max(0, financial - franchigia));
            long isp = (2 * ispThirds + 3) / 6;
            long ise = isr + (isp + 2) / 5;
            long scale;
            if (members <= 5) {
                scale = r.sizeScale[members - 1];
            } else {
                scale = r.sizeScale[4] + r.extraMember * (members - 5);
            }
            scale += r.childrenScale[Math.min(kids, 5)];
            boolean singleNonWorking = parents == 1 && members == 1 + minors;
            if (minors > 0 && (parents > 0 && allParentsWorked || singleNonWorking)) {
                scale += under3 ? r.workingParentsUnder3 : r.workingParents;
            }
            scale += disabledScale;
            isrs[i] = isr;
            isps[i] = isp;
            ises[i] = ise;
            scales[i] = scale;
            isees[i] = (2 * ise * 100 + scale) / (2 * scale);
        }
    }

    /** A member's net income in fifths of a cent (art. 4, as {@link DsuCalculator#memberLine}). */
    private static long netFifths(DsuColumns c, int j, Rules r) {
        long employee = c.amounts[0][j];
        long pensionAndBenefits = c.amounts[1][j] + c.amounts[3][j];
        long left = 5 * (employee + pensionAndBenefits + c.amounts[2][j] + c.amounts[4][j]);
        left -= Math.min(5 * c.amounts[5][j], left);
        left -= Math.min(5 * Math.min(c.amounts[6][j], r.disabilityCap), left);
        left -= Math.min(5 * c.amounts[7][j], left);
        // 20% of an amount in cents is that amount in fifths of a cent (the rates are checked to be 20%)
        long employeeDed = Math.min(employee, r.employeeCapFifths);
        long pensionDed = Math.min(pensionAndBenefits, r.pensionCapFifths);
        left -= Math.min(Math.max(employeeDed, pensionDed), left);
        return left;
    }

    private static long figurativeCents(DsuColumns c, int i, Rules r) {
        long base = c.otherFinancial[i] + Math.max(0, c.governmentBonds[i] - r.bondExclusion);
        if (base == 0) {
            return 0;
        }
        return Euro.ofCents(base).multiply(r.figurativeRate, RoundingMode.HALF_UP).cents();
    }

    private static Rules rules(ParameterSet p, LocalDate d, boolean family) {
        requireTwentyPercent(p.valueOn(IseeParameters.EMPLOYEE_DEDUCTION_RATE, d));
        requireTwentyPercent(p.valueOn(IseeParameters.PENSION_DEDUCTION_RATE, d));
        requireTwentyPercent(p.valueOn(IseeParameters.ASSETS_SHARE, d));
        if (p.valueOn(IseeParameters.HOME_EXCESS_SHARE, d).compareTo(BigDecimal.valueOf(2)) != 0) {
            throw new it.fsr.core.parameter.MissingParameterException(IseeParameters.HOME_EXCESS_SHARE.name(), d,
                    "the batch is exact for a 2/3 home share only; use DsuCalculator for the share in force");
        }
        long[] size = new long[5];
        for (int k = 0; k < 5; k++) {
            size[k] = hundredths(p.valueOn(IseeParameters.SCALE_BY_SIZE.get(k), d));
        }
        long[] children = new long[6];
        if (family) {
            children[2] = hundredths(p.valueOn(IseeParameters.FAMILY_TWO_CHILDREN, d));
            children[3] = hundredths(p.valueOn(IseeParameters.FAMILY_THREE_CHILDREN, d));
            children[4] = hundredths(p.valueOn(IseeParameters.FAMILY_FOUR_CHILDREN, d));
            children[5] = hundredths(p.valueOn(IseeParameters.FAMILY_FIVE_CHILDREN, d));
        } else {
            children[3] = hundredths(p.valueOn(IseeParameters.THREE_CHILDREN, d));
            children[4] = hundredths(p.valueOn(IseeParameters.FOUR_CHILDREN, d));
            children[5] = hundredths(p.valueOn(IseeParameters.FIVE_CHILDREN, d));
        }
        Rate figurativeRate;
        try {
            figurativeRate = p.valueOn(DsuParameters.FIGURATIVE_RATE, d);
        } catch (it.fsr.core.parameter.MissingParameterException e) {
            figurativeRate = null;
        }
        return new Rules(5 * p.valueOn(IseeParameters.EMPLOYEE_DEDUCTION_CAP, d).cents(), 5 * p.valueOn(IseeParameters.PENSION_DEDUCTION_CAP, d).cents(),
                p.valueOn(DsuParameters.DISABILITY_EXPENSES_CAP, d).cents(),
                p.valueOn(IseeParameters.RENT_CAP, d).cents(), p.valueOn(IseeParameters.RENT_CAP_PER_CHILD, d).cents(),
                family ? p.valueOn(DsuParameters.FAMILY_HOME_ALLOWANCE, d).cents() : p.valueOn(IseeParameters.HOME_ALLOWANCE, d).cents(),
                family ? p.valueOn(DsuParameters.FAMILY_HOME_ALLOWANCE_METRO, d).cents() : 0,
                family ? p.valueOn(DsuParameters.FAMILY_HOME_PER_CHILD, d).cents() : p.valueOn(IseeParameters.HOME_ALLOWANCE_PER_CHILD, d).cents(),
                family ? 1 : 2, p.valueOn(DsuParameters.BOND_EXCLUSION, d).cents(),
                p.valueOn(IseeParameters.FINANCIAL_ALLOWANCE, d).cents(), p.valueOn(IseeParameters.FINANCIAL_ALLOWANCE_PER_MEMBER, d).cents(),
                p.valueOn(IseeParameters.FINANCIAL_ALLOWANCE_CAP, d).cents(), p.valueOn(DsuParameters.FINANCIAL_ALLOWANCE_PER_CHILD, d).cents(),
                size, hundredths(p.valueOn(IseeParameters.SCALE_EXTRA_MEMBER, d)), children,
                hundredths(p.valueOn(IseeParameters.WORKING_PARENTS, d)), hundredths(p.valueOn(IseeParameters.WORKING_PARENTS_UNDER_THREE, d)),
                hundredths(p.valueOn(IseeParameters.DISABLED_MEMBER, d)), hundredths(p.valueOn(IseeParameters.RESIDENTIAL_MEMBER, d)),
                figurativeRate);
    }

    private static void requireTwentyPercent(Rate r) {
        if (r.percent().compareTo(BigDecimal.valueOf(20)) != 0) {
            throw new it.fsr.core.parameter.MissingParameterException("20%", r.percent() + "%",
                    "the batch is exact for 20% rates only; use DsuCalculator for the rate in force");
        }
    }

    private static long hundredths(BigDecimal b) {
        return b.movePointRight(2).longValueExact();
    }
}
