package it.fsr.isee.veneto;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.Violations;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One household's nursery contributions: one decision per child attending a 0–3 service, or a single
 * exclusion when no child attends (DGR Veneto 1609/2021 pays "per minore"). Immutable and thread-safe.
 *
 * @param householdId  the household
 * @param rescaledIsee the household's rescaled ISEE, which every child's contribution reads
 * @param decisions    one per child attending, or one household-level exclusion; never empty
 */
public record HouseholdContributions(String householdId, Euro rescaledIsee, List<ContributionDecision> decisions) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "HouseholdContributions[" + "decisions=" + decisions.size() + "]";
    }

    /** Copies the list. */
    public HouseholdContributions {
        it.fsr.core.validation.ValidationException.requireNonNull(householdId, "householdId");
        it.fsr.core.validation.ValidationException.requireNonNull(rescaledIsee, "rescaledIsee");
        decisions = List.copyOf(decisions);
        if (decisions.isEmpty()) {
            throw it.fsr.core.validation.ValidationException.of("decisions", "[]", "a household has at least one decision");
        }
    }

    /** Σ of its children's contributions, to the cent. */
    public Euro total() {
        return Euro.sum(decisions.stream().map(ContributionDecision::amount).toList());
    }

    /** The decisions that grant a contribution (one per child funded). */
    public List<ContributionDecision> granted() {
        return decisions.stream().filter(ContributionDecision::granted).toList();
    }

    /**
     * The totals per Ambito (or any grouping) of many households' contributions: Σ of every child's
     * contribution of the households of each Ambito, keyed and sorted by the Ambito's name.
     *
     * @param results          the households' contributions
     * @param ambitoOfHousehold the Ambito of each household, by household id
     * @throws it.fsr.core.validation.ValidationException naming every household with no Ambito
     */
    public static Map<String, Euro> totalsByAmbito(Collection<HouseholdContributions> results, Map<String, String> ambitoOfHousehold) {
        Violations v = new Violations();
        Map<String, Long> cents = new TreeMap<>();
        for (HouseholdContributions r : results) {
            String ambito = ambitoOfHousehold.get(r.householdId());
            if (v.check(ambito != null, "households[" + r.householdId() + "].ambito", "null", "is required for the totals per Ambito")) {
                cents.merge(ambito, r.total().cents(), Math::addExact);
            }
        }
        v.throwIfAny();
        Map<String, Euro> out = new TreeMap<>();
        cents.forEach((k, c) -> out.put(k, Euro.ofCents(c)));
        return out;
    }
}
