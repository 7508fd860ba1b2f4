package it.fsr.isee.compartecipazione;

import it.fsr.core.money.Euro;
import java.util.ArrayList;
import java.util.List;

/**
 * Two schedules on the same users, side by side: who pays more, who less, by how much, and the Comune's
 * total under each — the question a Giunta asks before adopting a new schedule. Immutable.
 *
 * @param a     the schedule in force (the baseline)
 * @param b     the proposed one
 * @param lines one per user, in input order
 */
public record ScheduleComparison(ServicePricing a, ServicePricing b, List<Line> lines) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "ScheduleComparison[" + "lines=" + lines.size() + "]";
    }


    /**
     * One user under both schedules.
     *
     * @param userId the user
     * @param chargeA under the baseline
     * @param chargeB under the proposal
     */
    public record Line(String userId, Charge chargeA, Charge chargeB) {
        /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
        @Override
        public String toString() {
            return "Line[…]";
        }

        /** What the user pays more (positive) or less (negative) under the proposal. */
        public Euro difference() {
            return chargeB.userTotal().minus(chargeA.userTotal());
        }
    }

    /** Copies the list. */
    public ScheduleComparison {
        lines = List.copyOf(lines);
    }

    /** Prices the same users under both schedules. */
    public static ScheduleComparison of(Schedule a, Schedule b, List<User> users) {
        ServicePricing pa = ServicePricing.of(a, users);
        ServicePricing pb = ServicePricing.of(b, users);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            out.add(new Line(users.get(i).id(), pa.charges().get(i), pb.charges().get(i)));
        }
        return new ScheduleComparison(pa, pb, out);
    }

    /** How many users pay more under the proposal. */
    public long payMore() {
        return lines.stream().filter(l -> l.difference().isPositive()).count();
    }

    /** How many users pay less under the proposal. */
    public long payLess() {
        return lines.stream().filter(l -> l.difference().isNegative()).count();
    }

    /** The Comune's total under the proposal minus under the baseline. */
    public Euro comuneDifference() {
        return b.comuneTotal().minus(a.comuneTotal());
    }
}
