package it.fsr.core.riparto;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One unit's line in the piano di riparto.
 *
 * @param unit        the unit as submitted
 * @param status      the outcome
 * @param reasons     why it was excluded (empty unless {@link UnitStatus#EXCLUDED})
 * @param basis       the spend its rule weighs: eligible spend (PROPORTIONAL by spend, SAD) or deficit
 * @param deficit     costs − investments − revenues
 * @param cap         the most it may receive: min(deficit, eligible spend), prorated; zero if excluded
 * @param activeDays  days active in the funding year
 * @param daysInYear  days in the funding year
 * @param minimum     its guaranteed minimum (per-day rule), else zero
 * @param indicators  the indicator values used (WEIGHTED), computed ones included
 * @param amount      the contribution, to the cent
 * @param explanation the steps that led to the amount or the exclusion
 */
public record UnitResult(ServiceUnit unit, UnitStatus status, List<ExclusionReason> reasons, Euro basis, Euro deficit,
        Euro cap, int activeDays, int daysInYear, Euro minimum, Map<Indicator, BigDecimal> indicators, Euro amount,
        Explanation explanation) {

    /** Copies the lists. */
    public UnitResult {
        reasons = List.copyOf(reasons);
        indicators = Map.copyOf(indicators);
    }

    /** The unit's id. */
    public String id() {
        return unit.id();
    }

    /** Whether the unit was prorated for ceasing during the year. */
    public boolean prorated() {
        return activeDays < daysInYear && status != UnitStatus.EXCLUDED;
    }

    /** amount / basis as a percentage with 2 decimals (half-up, display only), if the basis is positive. */
    public Optional<BigDecimal> coveragePercent() {
        if (!basis.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(amount.toBigDecimal().multiply(BigDecimal.valueOf(100))
                .divide(basis.toBigDecimal(), 2, java.math.RoundingMode.HALF_UP));
    }
}
