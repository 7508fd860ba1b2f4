package it.fsr.isee.compartecipazione;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A schedule priced over a whole population in long cents, with no explanation: the fee of one unit for
 * each ISEE, by exactly the rule of {@link Schedule#charge} (a property test checks the two agree), for a
 * region's or a vendor's batch of a million users. Build once per schedule; thread-safe once built.
 */
public final class PricingBatch {
    private static final byte LINEAR = 0;
    private static final byte FIXED = 1;
    private final long cost;
    private final long exempt;
    private final long full;
    private final long noAccess;
    private final long[] from;
    private final long[] to;
    private final byte[] shape;
    private final long[] feeFrom;
    private final long[] feeTo;
    private final RoundingMode rounding;
    private final long allowanceYear;
    private final boolean residential;

    private PricingBatch(Schedule s) {
        cost = s.cost().cents();
        exempt = s.exemptUpTo() == null ? -1 : s.exemptUpTo().cents();
        full = s.fullCostAbove() == null ? -1 : s.fullCostAbove().cents();
        noAccess = s.noAccessAbove() == null ? -1 : s.noAccessAbove().cents();
        int n = s.bands().size();
        from = new long[n];
        to = new long[n];
        shape = new byte[n];
        feeFrom = new long[n];
        feeTo = new long[n];
        for (int i = 0; i < n; i++) {
            Band b = s.bands().get(i);
            from[i] = b.from().cents();
            to[i] = b.to() == null ? Long.MAX_VALUE : b.to().cents();
            if (b instanceof Band.Linear l) {
                shape[i] = LINEAR;
                feeFrom[i] = l.feeAtFrom().cents();
                feeTo[i] = l.feeAtTo().cents();
            } else {
                shape[i] = FIXED;
                feeFrom[i] = Euro.of(b.exactFee(b.from(), s.cost()), s.rounding()).cents();
            }
        }
        rounding = s.rounding();
        residential = s.kind() == Schedule.Kind.RESIDENZIALE && s.personalAllowanceMonth() != null;
        allowanceYear = residential ? s.personalAllowanceMonth().cents() * 12 : 0;
    }

    /** The batch form of a schedule. */
    public static PricingBatch of(Schedule s) {
        return new PricingBatch(s);
    }

    /**
     * The fee of one unit in cents for an ISEE in cents: -1 for no access, -2 for an ISEE in a gap between
     * bands (an error of the schedule that {@link ScheduleCheck} reports).
     */
    public long feeCents(long isee) {
        if (noAccess >= 0 && isee > noAccess) {
            return -1;
        }
        long fee;
        if (exempt >= 0 && isee <= exempt) {
            fee = 0;
        } else if (full >= 0 && isee > full) {
            fee = cost;
        } else {
            int i = band(isee);
            if (i < 0) {
                int last = from.length - 1;
                if (last >= 0 && to[last] != Long.MAX_VALUE && isee > to[last]) {
                    fee = cost;
                } else {
                    return -2;
                }
            } else {
                fee = Math.min(cost, shape[i] == FIXED ? feeFrom[i] : linear(i, isee));
            }
        }
        if (residential) {
            long capacity = isee - allowanceYear <= 0 ? 0 : (isee - allowanceYear) / 365;
            fee = Math.min(fee, capacity);
        }
        return fee;
    }

    private int band(long isee) {
        for (int i = 0; i < from.length; i++) {
            boolean above = i == 0 ? isee >= from[i] : isee > from[i];
            if (above && isee <= to[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * feeFrom + (x − from)(feeTo − feeFrom)/(to − from), rounded once by the schedule's rounding — the
     * fee is rounded, not the increment (on a falling segment rounding the increment away from zero would
     * round the fee down).
     */
    private long linear(int i, long x) {
        long span = to[i] - from[i];
        if (span == 0) {
            return feeTo[i];
        }
        long dx = x - from[i];
        long df = feeTo[i] - feeFrom[i];
        long t;
        try {
            t = Math.addExact(Math.multiplyExact(feeFrom[i], span), Math.multiplyExact(dx, df));
        } catch (ArithmeticException overflow) {
            BigInteger exact = BigInteger.valueOf(feeFrom[i]).multiply(BigInteger.valueOf(span))
                    .add(BigInteger.valueOf(dx).multiply(BigInteger.valueOf(df)));
            return new BigDecimal(exact).divide(BigDecimal.valueOf(span), 0, rounding).longValueExact();
        }
        long q = t / span;
        long r = t % span;
        if (r != 0) {
            boolean away = switch (rounding) {
                case UP -> true;
                case DOWN -> false;
                default -> 2 * Math.abs(r) >= span;
            };
            if (away) {
                q += t < 0 ? -1 : 1;
            }
        }
        return q;
    }

    /**
     * Prices every user: the fee of one unit of each (-1 no access, -2 in a gap), and the totals.
     *
     * @param iseeCents each user's ISEE in cents
     * @param feeCents  filled with each user's fee of one unit
     * @return the number of users priced (with access and no gap)
     */
    public int price(long[] iseeCents, long[] feeCents) {
        int served = 0;
        for (int k = 0; k < iseeCents.length; k++) {
            long f = feeCents(iseeCents[k]);
            feeCents[k] = f;
            if (f >= 0) {
                served++;
            }
        }
        return served;
    }
}
