package it.fsr.isee.compartecipazione;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A schedule applied to all the users of a service: each user's charge, and the service's totals — what
 * the users pay, what the Comune pays, how many are exempt, reduced, full or without access — the figures
 * a budget check needs before the year starts ("verificare ex-ante i budget di spesa"). Immutable.
 *
 * @param schedule the schedule
 * @param charges  one per user, in input order
 */
public record ServicePricing(Schedule schedule, List<Charge> charges) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "ServicePricing[" + "charges=" + charges.size() + "]";
    }

    /** Copies the list. */
    public ServicePricing {
        charges = List.copyOf(charges);
    }

    /**
     * Prices every user, all problems at once.
     *
     * @throws ValidationException listing every bad user (negative ISEE or units, an ISEE in a gap, a duplicate id)
     */
    public static ServicePricing of(Schedule schedule, List<User> users) {
        Violations v = new Violations();
        Set<String> ids = new HashSet<>();
        List<Charge> out = new ArrayList<>();
        for (User u : users) {
            v.check(ids.add(u.id()), "users[" + u.id() + "].id", u.id(), "is a duplicate id");
            try {
                out.add(schedule.charge(u));
            } catch (ValidationException e) {
                e.violations().forEach(v::add);
            }
        }
        v.throwIfAny();
        return new ServicePricing(schedule, out);
    }

    /** Σ of the users' totals. */
    public Euro usersTotal() {
        return Euro.sum(charges.stream().map(Charge::userTotal).toList());
    }

    /** Σ of the Comune's shares: the service's cost to the Comune. */
    public Euro comuneTotal() {
        return Euro.sum(charges.stream().map(Charge::comuneShare).toList());
    }

    /** How many users have this status. */
    public long count(Charge.Status status) {
        return charges.stream().filter(c -> c.status() == status).count();
    }
}
