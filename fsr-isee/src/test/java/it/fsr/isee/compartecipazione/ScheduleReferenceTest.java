package it.fsr.isee.compartecipazione;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The schedule's fee against a slow reference written from the shapes the regolamenti use (the line
 * between two ends, the bracket, the percentage of the cost, the exemption, the full cost, no access, the
 * residential quota that leaves the personal allowance), in plain {@link BigDecimal}: every shape, rising
 * and falling lines, and every rounding mode a schedule may state. {@link Schedule#fee} (what a batch calls)
 * and {@link Schedule#charge} (what a report explains) give the reference's fee to the cent.
 */
class ScheduleReferenceTest {
    static final List<String> SHAPES = List.of(
            "segment.1=0|10000|0|7,33\nsegment.2=10000|25000|7,33|19,99",
            "segment.1=0|30000|20|3,50",
            "quadratic.1=0|20000|3|9\nquadratic.2=20000|31000|9|7,77",
            "bracket.1=0|8000|1,10\nbracket.2=8000|16000|4,20\nbracket.3=16000||9,90",
            "percent.1=0|12000|10%\npercent.2=12000|40000|55%");
    static final List<RoundingMode> MODES = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN, RoundingMode.UP,
            RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);

    static Schedule schedule(RoundingMode rounding, String shape, String extra) {
        Schedule base = ScheduleInput.read("s.properties", String.join("\n", "name=prova", "unit=ora", "cost=21,37", "isee=ordinario",
                shape, extra)).schedule();
        Schedule.Builder b = Schedule.builder(base.name()).kind(base.kind()).unit(base.unit()).cost(base.cost()).isee(base.isee())
                .exemptUpTo(base.exemptUpTo()).fullCostAbove(base.fullCostAbove()).noAccessAbove(base.noAccessAbove()).rounding(rounding);
        base.bands().forEach(b::band);
        return b.build();
    }

    /** The reference fee of one unit in euro, or null with no access or in a gap. */
    static BigDecimal reference(Schedule s, BigDecimal isee) {
        if (s.noAccessAbove() != null && isee.compareTo(s.noAccessAbove().toBigDecimal()) > 0) {
            return null;
        }
        BigDecimal cost = s.cost().toBigDecimal();
        BigDecimal fee;
        if (s.exemptUpTo() != null && isee.compareTo(s.exemptUpTo().toBigDecimal()) <= 0) {
            fee = BigDecimal.ZERO;
        } else if (s.fullCostAbove() != null && isee.compareTo(s.fullCostAbove().toBigDecimal()) > 0) {
            fee = cost;
        } else {
            fee = null;
            for (int i = 0; i < s.bands().size() && fee == null; i++) {
                Band b = s.bands().get(i);
                BigDecimal from = b.from().toBigDecimal();
                // the first band owns its start, and so does a band written "da X,01" after one "fino a X" (the acts' notation)
                boolean startIncluded = i == 0 || s.bands().get(i - 1).to() != null
                        && from.subtract(s.bands().get(i - 1).to().toBigDecimal()).compareTo(new BigDecimal("0.01")) == 0;
                boolean in = (startIncluded ? isee.compareTo(from) >= 0 : isee.compareTo(from) > 0)
                        && (b.to() == null || isee.compareTo(b.to().toBigDecimal()) <= 0);
                if (!in) {
                    continue;
                }
                BigDecimal exact;
                if (b instanceof Band.Linear l) {
                    BigDecimal span = l.to().toBigDecimal().subtract(from);
                    exact = span.signum() == 0 ? l.feeAtTo().toBigDecimal() : l.feeAtFrom().toBigDecimal().add(isee.subtract(from)
                            .multiply(l.feeAtTo().toBigDecimal().subtract(l.feeAtFrom().toBigDecimal())).divide(span, 30, RoundingMode.HALF_EVEN));
                } else if (b instanceof Band.Quadratic q) {
                    // C = Cmin + (Cmax − Cmin)·((I − I0)/(I1 − I0))²
                    BigDecimal span = q.to().toBigDecimal().subtract(from);
                    BigDecimal t = span.signum() == 0 ? BigDecimal.ONE : isee.subtract(from).divide(span, 40, RoundingMode.HALF_EVEN);
                    exact = q.feeAtFrom().toBigDecimal().add(q.feeAtTo().toBigDecimal().subtract(q.feeAtFrom().toBigDecimal()).multiply(t.multiply(t)));
                } else if (b instanceof Band.Fixed f) {
                    exact = f.fee().toBigDecimal();
                } else {
                    exact = cost.multiply(((Band.Percent) b).percent().fraction());
                }
                fee = exact.setScale(2, s.rounding()).min(cost);
            }
            if (fee == null) {
                Band last = s.bands().isEmpty() ? null : s.bands().get(s.bands().size() - 1);
                if (last != null && last.to() != null && isee.compareTo(last.to().toBigDecimal()) > 0) {
                    fee = cost;
                } else {
                    return null;
                }
            }
        }
        return fee;
    }

    /**
     * What a resident pays for {@code days} days: the schedule's fee, but where the Comune integrates (in a band) at most what
     * the ISEE leaves after the monthly allowance, computed on the act's period and rounded there, times the periods the days
     * make (DGR Lazio 380/2010; the settled reading: never above the full-cost threshold nor above the bands).
     */
    static BigDecimal referenceTotal(Schedule s, BigDecimal isee, int days) {
        BigDecimal fee = reference(s, isee);
        BigDecimal total = fee.multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP);
        boolean full = s.fullCostAbove() != null && isee.compareTo(s.fullCostAbove().toBigDecimal()) > 0;
        boolean exempt = s.exemptUpTo() != null && isee.compareTo(s.exemptUpTo().toBigDecimal()) <= 0;
        Band last = s.bands().get(s.bands().size() - 1);
        boolean above = last.to() != null && isee.compareTo(last.to().toBigDecimal()) > 0;
        if (full || exempt || above) {
            return total;
        }
        int n = s.period().perYear();
        BigDecimal left = isee.subtract(s.personalAllowanceMonth().toBigDecimal().multiply(BigDecimal.valueOf(12)));
        BigDecimal perPeriod = left.signum() <= 0 ? BigDecimal.ZERO : left.divide(BigDecimal.valueOf(n), 2, s.rounding());
        BigDecimal capacity = perPeriod.multiply(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(n))
                .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
        return total.min(capacity);
    }

    @Test
    void everyShapeAndRoundingModeGivesTheReferenceFee() {
        SplittableRandom r = new SplittableRandom(7);
        int checked = 0;
        for (RoundingMode mode : MODES) {
            for (String shape : SHAPES) {
                for (String extra : List.of("", "exempt_up_to=3000\nfull_cost_above=28000", "no_access_above=35000")) {
                    Schedule s = schedule(mode, shape, extra);
                    for (int k = 0; k < 1500; k++) {
                        long x = k < 100 ? k * 50_000L : r.nextLong(4_500_000);
                        BigDecimal want = reference(s, BigDecimal.valueOf(x, 2));
                        Schedule.Fee fee = s.fee(x);
                        String at = mode + " " + shape + " " + extra + " at " + x;
                        if (want == null) {
                            assertThat(fee.outcome()).as(at).isIn(Schedule.Outcome.NO_ACCESS, Schedule.Outcome.GAP);
                            continue;
                        }
                        assertThat(fee.cents()).as(at).isEqualTo(want.movePointRight(2).longValueExact());
                        assertThat(s.charge(User.of("u", Euro.ofCents(x))).fee().cents()).as(at).isEqualTo(fee.cents());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50_000);
    }

    @Test
    void residentialCareLeavesThePersonalAllowanceAsTheReferenceDoes() {
        for (String period : List.of("giorno", "mese", "anno")) {
            for (String rounding : List.of("half_up", "down")) {
                Schedule s = ScheduleInput.read("rsa.properties", String.join("\n", "name=RSA", "kind=residenziale", "unit=giorno", "cost=60",
                        "isee=residenze", "retta_day=60", "personal_allowance_month=150", "period=" + period, "rounding=" + rounding,
                        "segment.1=0|30000|0|60", "full_cost_above=30000")).schedule();
                for (long euros = 0; euros <= 42_000; euros += 97) {
                    assertThat(s.fee(euros * 100).cents()).as("ISEE %d", euros).isEqualTo(reference(s, BigDecimal.valueOf(euros)).movePointRight(2)
                            .longValueExact());
                    for (int days : new int[] {1, 30, 365}) {
                        assertThat(s.charge(new User("u", Euro.ofEuros(euros), null, BigDecimal.valueOf(days))).userTotal().toBigDecimal())
                                .as("%s %s ISEE %d, %d days", period, rounding, euros, days)
                                .isEqualByComparingTo(referenceTotal(s, BigDecimal.valueOf(euros), days));
                    }
                }
            }
        }
    }

}
