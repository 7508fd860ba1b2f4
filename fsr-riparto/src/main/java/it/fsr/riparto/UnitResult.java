package it.fsr.riparto;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One unit's line in the piano di riparto: the figures and the outcome, and the explanation of how they
 * came about.
 *
 * <p>The explanation is built when first asked for (a riparto of ten thousand units does not format ten
 * thousand explanations nobody reads) and is then kept; it is the same whenever it is built. Immutable
 * and thread-safe.
 */
public final class UnitResult {
    private final ServiceUnit unit;
    private final UnitStatus status;
    private final List<ExclusionReason> reasons;
    private final Euro basis;
    private final Euro deficit;
    private final Euro cap;
    private final int activeDays;
    private final int daysInYear;
    private final Euro minimum;
    private final Map<Indicator, BigDecimal> indicators;
    private final Euro amount;
    private final Supplier<Explanation> explainer;
    private volatile Explanation explanation;

    UnitResult(ServiceUnit unit, UnitStatus status, List<ExclusionReason> reasons, Euro basis, Euro deficit, Euro cap, int activeDays,
            int daysInYear, Euro minimum, java.util.EnumMap<Indicator, BigDecimal> indicators, Euro amount, Supplier<Explanation> explainer) {
        this.unit = unit;
        this.status = status;
        this.reasons = List.copyOf(reasons);
        this.basis = basis;
        this.deficit = deficit;
        this.cap = cap;
        this.activeDays = activeDays;
        this.daysInYear = daysInYear;
        this.minimum = minimum;
        // in the indicators' order, the same in every run (Map.copyOf iterates in an order that changes between runs); an
        // EnumMap is copied as its array
        this.indicators = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(indicators));
        this.amount = amount;
        this.explainer = it.fsr.core.validation.ValidationException.requireNonNull(explainer, "explainer");
    }

    /** The amount per day of presence of resident users, to the cent (half-up, display only), when it has days. */
    public java.util.Optional<BigDecimal> amountPerDay() {
        long days = unit.residentDays();
        return days > 0 ? java.util.Optional.of(amount.toBigDecimal().divide(BigDecimal.valueOf(days), 2, java.math.RoundingMode.HALF_UP))
                : java.util.Optional.empty();
    }

    /** The unit as submitted. */
    public ServiceUnit unit() {
        return unit;
    }

    /** The outcome. */
    public UnitStatus status() {
        return status;
    }

    /** Why it was excluded (empty unless {@link UnitStatus#EXCLUDED}). */
    public List<ExclusionReason> reasons() {
        return reasons;
    }

    /** The spend its rule weighs: eligible spend (PROPORTIONAL by spend, SAD) or deficit. */
    public Euro basis() {
        return basis;
    }

    /** Costs − investments − revenues. */
    public Euro deficit() {
        return deficit;
    }

    /** The most it may receive: min(deficit, eligible spend), prorated; zero if excluded. */
    public Euro cap() {
        return cap;
    }

    /** Days active in the funding year. */
    public int activeDays() {
        return activeDays;
    }

    /** Days in the funding year. */
    public int daysInYear() {
        return daysInYear;
    }

    /** Its guaranteed minimum (per-day rule), else zero. */
    public Euro minimum() {
        return minimum;
    }

    /** The indicator values used (WEIGHTED), computed ones included, in the order of {@link Indicator}. */
    public Map<Indicator, BigDecimal> indicators() {
        return indicators;
    }

    /** The contribution, to the cent. */
    public Euro amount() {
        return amount;
    }

    /** The steps that led to the amount or the exclusion. */
    public Explanation explanation() {
        Explanation e = explanation;
        if (e == null) {
            e = explainer.get();
            explanation = e;
        }
        return e;
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
        return Optional.of(amount.toBigDecimal().multiply(BigDecimal.valueOf(100)).divide(basis.toBigDecimal(), 2, RoundingMode.HALF_UP));
    }

    @Override
    public String toString() {
        return "UnitResult[" + unit.id() + ", " + status + ", " + amount + "]";
    }
}
