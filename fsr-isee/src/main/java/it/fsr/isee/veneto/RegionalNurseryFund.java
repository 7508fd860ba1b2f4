package it.fsr.isee.veneto;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Veneto region's split of the nursery-contribution fund among the Ambiti in proportion to each
 * Ambito's 0–3 places recognised by the Region (DGR Veneto 1609/2021, all. A: the Ambiti's share by "capacità
 * ricettiva dei servizi 0-3 anni … e del relativo peso percentuale"), exact to the cent by the
 * allocation engine (largest remainder, ties by Ambito name). Stateless and thread-safe.
 */
public final class RegionalNurseryFund {
    private RegionalNurseryFund() {
    }

    /**
     * Splits {@code fund} by places.
     *
     * @param fund   the fund (€5,000,000.00 in 2021)
     * @param places each Ambito's places, by name
     * @return each Ambito's amount, in input order
     * @throws it.fsr.core.validation.ValidationException for negative places or fund
     */
    public static Map<String, Euro> split(Euro fund, Map<String, Long> places) {
        Violations v = new Violations();
        v.check(!fund.isNegative(), "fund", fund, "must not be negative");
        places.forEach((k, n) -> v.check(n != null && n >= 0, "places[" + k + "]", n, "must not be negative"));
        v.throwIfAny();
        List<Claim> claims = new ArrayList<>();
        places.forEach((k, n) -> claims.add(Claim.of(k, n)));
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(fund, claims));
        Map<String, Euro> out = new LinkedHashMap<>();
        for (String k : places.keySet()) {
            out.put(k, a.amountOf(k));
        }
        return out;
    }
}
