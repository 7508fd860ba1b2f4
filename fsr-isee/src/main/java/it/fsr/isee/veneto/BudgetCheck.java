package it.fsr.isee.veneto;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.Violations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An Ambito's budget check of the nursery contributions and, when they exceed the budget, who is funded
 * (the Fattore Famiglia's purposes as the Region states them: "verificare ex-ante i budget di spesa", "approntamento della graduatoria").
 *
 * <p>Three policies:
 * <ul>
 *   <li>{@link Policy#CHRONOLOGICAL}: applications in the order they were submitted (DGR Veneto 1609/2021: funded "in
 *       ordine cronologico delle domande"; ties, such as siblings of one application, by id), funded whole in that order
 *       until the next one does not fit; that one and everyone after it are not funded. The edition in force says
 *       whether it applies ({@link #policyOf}).</li>
 *   <li>{@link Policy#RANKING}: applications sorted by rescaled ISEE ascending (ties by application id),
 *       funded whole in that order until the next one does not fit; that one and everyone after it are
 *       not funded, so nobody is funded while someone with a lower rescaled ISEE is not. What is left
 *       stays unspent (a named remainder).</li>
 *   <li>{@link Policy#PRO_RATA}: every contribution scaled by budget / total through the allocation engine
 *       (weights = contributions, caps = contributions): Σ = budget to the cent, nobody above their
 *       contribution.</li>
 * </ul>
 * When the total fits the budget, everyone is funded in full under both. The applications are the
 * children (the act pays "per minore"): {@link #applications} makes one per child granted, ranked by
 * its household's rescaled ISEE. Stateless and thread-safe.
 */
public final class BudgetCheck {

    /** How to fit the contributions to the budget. */
    public enum Policy {
        /** In the chronological order of the applications, funded whole in order. */
        CHRONOLOGICAL,
        /** Ranking by rescaled ISEE, funded whole in order. */
        RANKING,
        /** All scaled down pro rata to the cent. */
        PRO_RATA
    }

    /**
     * One application.
     *
     * @param id           the application's id (tie-break)
     * @param rescaledIsee its rescaled ISEE
     * @param contribution the contribution it is entitled to
     * @param order        its place in the order of submission (a protocol number or sequence; ties allowed), or null when
     *                     not known — required by {@link Policy#CHRONOLOGICAL}
     */
    public record Application(String id, Euro rescaledIsee, Euro contribution, Long order) {
        /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
        @Override
        public String toString() {
            return "Application[…]";
        }

        /** An application without a known order of submission. */
        public Application(String id, Euro rescaledIsee, Euro contribution) {
            this(id, rescaledIsee, contribution, null);
        }
    }

    /**
     * The outcome for one application.
     *
     * @param application the application
     * @param rank        its position in the ranking or the chronological order (1 = first)
     * @param funded      the amount funded
     * @param fullyFunded whether it got its whole contribution
     */
    public record Outcome(Application application, int rank, Euro funded, boolean fullyFunded) {
        /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
        @Override
        public String toString() {
            return "Outcome[…]";
        }

    }

    /**
     * The check's result.
     *
     * @param budget    the Ambito's budget
     * @param requested Σ contributions
     * @param funded    Σ funded
     * @param unspent   budget − funded
     * @param outcomes  every application, in ranking order
     */
    public record Result(Euro budget, Euro requested, Euro funded, Euro unspent, List<Outcome> outcomes) {
        /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
        @Override
        public String toString() {
            return "Result[" + "outcomes=" + outcomes.size() + "]";
        }

        /** Copies the list. */
        public Result {
            outcomes = List.copyOf(outcomes);
        }

        /** Whether the requested total fits the budget. */
        public boolean fits() {
            return !requested.isGreaterThan(budget);
        }
    }

    private BudgetCheck() {
    }

    /**
     * The policy the edition in force for {@code year} sets: {@link Policy#CHRONOLOGICAL} where it funds "in ordine
     * cronologico delle domande" (DGR 1609/2021, 2021/22).
     *
     * @throws it.fsr.core.parameter.MissingParameterException when the edition states no order (the Ambito's choice is then
     *     explicit: {@link #check} with a policy)
     * @throws it.fsr.core.validation.ValidationException when the edition's row names no chronological order
     */
    public static Policy policyOf(ServiceYear year, it.fsr.core.parameter.ParameterSet parameters) {
        boolean chronological = parameters.datedForWindow(FattoreFamigliaParameters.NURSERY_CHRONOLOGICAL, year.start(), year.end(),
                "anno educativo " + year).value();
        if (!chronological) {
            throw it.fsr.core.validation.ValidationException.of("ff.nursery.chronological", "no",
                    "the edition states no chronological order: choose the Ambito's policy (ranking or pro rata)");
        }
        return Policy.CHRONOLOGICAL;
    }

    /**
     * One application per child granted a contribution, with id {@code household/member}, the household's
     * rescaled ISEE and the child's contribution: the ranking and the pro-rata work on children, the act's
     * unit of grant.
     */
    public static List<Application> applications(java.util.Collection<HouseholdContributions> households) {
        List<Application> out = new ArrayList<>();
        for (HouseholdContributions h : households) {
            for (ContributionDecision d : h.granted()) {
                out.add(new Application(h.householdId() + "/" + d.memberId(), h.rescaledIsee(), d.amount()));
            }
        }
        return out;
    }

    /**
     * Checks the applications against the budget.
     *
     * @throws it.fsr.core.validation.ValidationException for a negative budget or amount, or duplicate ids
     */
    public static Result check(Euro budget, List<Application> applications, Policy policy) {
        Violations v = new Violations();
        v.check(!budget.isNegative(), "budget", budget, "must not be negative");
        Set<String> ids = new HashSet<>();
        for (Application a : applications) {
            v.check(ids.add(a.id()), "applications[" + a.id() + "].id", a.id(), "is a duplicate id");
            v.check(!a.contribution().isNegative(), "applications[" + a.id() + "].contribution", a.contribution(), "must not be negative");
            v.check(!a.rescaledIsee().isNegative(), "applications[" + a.id() + "].rescaledIsee", a.rescaledIsee(), "must not be negative");
            if (policy == Policy.CHRONOLOGICAL) {
                v.check(a.order() != null, "applications[" + a.id() + "].order", "", "is required: the chronological order of the "
                        + "applications decides who is funded (DGR Veneto 1609/2021)");
            }
        }
        v.throwIfAny();
        List<Application> ranked = new ArrayList<>(applications);
        ranked.sort(policy == Policy.CHRONOLOGICAL ? Comparator.comparing(Application::order).thenComparing(Application::id)
                : Comparator.comparing(Application::rescaledIsee).thenComparing(Application::id));
        Euro requested = Euro.sum(ranked.stream().map(Application::contribution).toList());
        List<Outcome> out = new ArrayList<>();
        if (policy != Policy.PRO_RATA || !requested.isGreaterThan(budget)) {
            long left = budget.cents();
            boolean open = true;
            for (int i = 0; i < ranked.size(); i++) {
                Application a = ranked.get(i);
                boolean fund = open && a.contribution().cents() <= left;
                open = fund;
                if (fund) {
                    left -= a.contribution().cents();
                }
                out.add(new Outcome(a, i + 1, fund ? a.contribution() : Euro.ZERO, fund));
            }
        } else {
            List<Claim> claims = new ArrayList<>();
            for (Application a : ranked) {
                claims.add(Claim.of(a.id(), a.contribution().toBigDecimal()).withCap(a.contribution()));
            }
            Allocation alloc = AllocationEngine.allocate(AllocationRequest.of(budget, claims));
            for (int i = 0; i < ranked.size(); i++) {
                Application a = ranked.get(i);
                Euro f = alloc.amountOf(a.id());
                out.add(new Outcome(a, i + 1, f, f.equals(a.contribution())));
            }
        }
        Euro funded = Euro.sum(out.stream().map(Outcome::funded).toList());
        return new Result(budget, requested, funded, budget.minus(funded), List.copyOf(out));
    }
}
