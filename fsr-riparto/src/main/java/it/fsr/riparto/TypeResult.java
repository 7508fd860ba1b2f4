package it.fsr.riparto;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * One service type's budget and what its units got.
 *
 * <p>Σ: budget + received = allocated + remainder, to the cent.
 *
 * @param type      the service type
 * @param budget    its budget as set: by the Assembly, or by the default split by need
 * @param received  what the return path reassigned to it (from its area, or to a residual type)
 * @param units     its units' lines, in id order
 * @param remainder what its units could not take (all capped, all under the minimum): returned
 */
public record TypeResult(ServiceType type, Euro budget, Euro received, List<UnitResult> units, Euro remainder) {
    /** Copies the list. */
    public TypeResult {
        units = List.copyOf(units);
    }

    /** Σ of the units' amounts. */
    public Euro allocated() {
        return Euro.sum(units.stream().map(UnitResult::amount).toList());
    }

    /** Σ amounts / Σ basis of funded units, as a percentage (2 decimals, display only). */
    public Optional<BigDecimal> coveragePercent() {
        long basis = units.stream().filter(u -> u.amount().isPositive()).mapToLong(u -> u.basis().cents()).sum();
        if (basis <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(allocated().cents()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(basis), 2, RoundingMode.HALF_UP));
    }
}
