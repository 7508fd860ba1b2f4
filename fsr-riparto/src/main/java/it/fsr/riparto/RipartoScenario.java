package it.fsr.riparto;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Assembly of Mayors' decisions for one Ambito's riparto: the year's FSR budget, the set-asides,
 * the area budgets (explicit, or last year's proportions), the type budgets (explicit, or by need) and
 * the indicator weights of the WEIGHTED types.
 *
 * <p>Immutable and thread-safe; start from {@link #of(String, int, Euro)} and change it with the
 * {@code with…} methods, each returning a new scenario (that is how a what-if is written).
 *
 * @param ambito            the Ambito's name, for the report
 * @param year              the funding year (FSR 2025: costs and revenues of 2024)
 * @param budget            the Ambito's FSR for the year (Monte Orfano 2025: €422,430.60)
 * @param previousResiduals residuals of earlier years, added to the reserve (Avviso §5)
 * @param reserveRate       fondo di riequilibrio/riserva, at most 5%
 * @param inclusionRate     inclusion actions, at most 10%, administrative costs included
 * @param adminRate         of which administrative costs, at most 2%
 * @param areaBudgets       explicit area budgets summing to the distributable budget; empty for the default
 * @param previousAreaSplit last year's area amounts, whose proportions the default continues
 * @param typeBudgets       explicit type budgets (all types of an area at once); empty for the default
 * @param indicatorWeights  per WEIGHTED type, each indicator's weight (summing to 100%)
 * @param avviso            the Ambito's own act this riparto applies (its Avviso pubblico FSR), cited by every
 *                          step of the report; when not stated, the report cites "Avviso FSR &lt;year&gt; –
 *                          &lt;ambito&gt;" (scelta di fsr: never another Ambito's Avviso)
 */
public record RipartoScenario(String ambito, int year, Euro budget, Euro previousResiduals, Rate reserveRate,
        Rate inclusionRate, Rate adminRate, Map<Area, Euro> areaBudgets, Map<Area, Euro> previousAreaSplit,
        Map<ServiceType, Euro> typeBudgets, Map<ServiceType, Map<Indicator, Rate>> indicatorWeights, String avviso) {

    /** Copies the maps; checks for nulls (ranges are checked by the riparto, all at once). */
    public RipartoScenario {
        it.fsr.core.validation.ValidationException.requireNonNull(ambito, "ambito");
        it.fsr.core.validation.ValidationException.requireNonNull(budget, "budget");
        it.fsr.core.validation.ValidationException.requireNonNull(previousResiduals, "previousResiduals");
        it.fsr.core.validation.ValidationException.requireNonNull(reserveRate, "reserveRate");
        it.fsr.core.validation.ValidationException.requireNonNull(inclusionRate, "inclusionRate");
        it.fsr.core.validation.ValidationException.requireNonNull(adminRate, "adminRate");
        areaBudgets = copy(areaBudgets, Area.class);
        previousAreaSplit = copy(previousAreaSplit, Area.class);
        typeBudgets = copy(typeBudgets, ServiceType.class);
        EnumMap<ServiceType, Map<Indicator, Rate>> w = new EnumMap<>(ServiceType.class);
        indicatorWeights.forEach((t, m) -> w.put(t, copy(m, Indicator.class)));
        indicatorWeights = Collections.unmodifiableMap(w);
        avviso = avviso == null || avviso.isBlank() ? "Avviso FSR " + year + " – " + ambito : avviso.strip();
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> map, Class<K> type) {
        EnumMap<K, V> m = new EnumMap<>(type);
        m.putAll(map);
        return Collections.unmodifiableMap(m);
    }

    /** A scenario with no set-asides, default area and type budgets and no indicator weights. */
    public static RipartoScenario of(String ambito, int year, Euro budget) {
        return new RipartoScenario(ambito, year, budget, Euro.ZERO, Rate.ZERO, Rate.ZERO, Rate.ZERO,
                Map.of(), Map.of(), Map.of(), Map.of(), null);
    }

    /** With these set-aside rates. */
    public RipartoScenario withSetAsides(Rate reserve, Rate inclusion, Rate admin) {
        return new RipartoScenario(ambito, year, budget, previousResiduals, reserve, inclusion, admin, areaBudgets,
                previousAreaSplit, typeBudgets, indicatorWeights, avviso);
    }

    /** With residuals of earlier years (added to the reserve). */
    public RipartoScenario withPreviousResiduals(Euro residuals) {
        return new RipartoScenario(ambito, year, budget, residuals, reserveRate, inclusionRate, adminRate, areaBudgets,
                previousAreaSplit, typeBudgets, indicatorWeights, avviso);
    }

    /** With last year's area split, whose proportions the default area budgets continue. */
    public RipartoScenario withPreviousAreaSplit(Map<Area, Euro> split) {
        return new RipartoScenario(ambito, year, budget, previousResiduals, reserveRate, inclusionRate, adminRate,
                areaBudgets, split, typeBudgets, indicatorWeights, avviso);
    }

    /** With explicit area budgets (they must sum to the distributable budget). */
    public RipartoScenario withAreaBudgets(Map<Area, Euro> budgets) {
        return new RipartoScenario(ambito, year, budget, previousResiduals, reserveRate, inclusionRate, adminRate,
                budgets, previousAreaSplit, typeBudgets, indicatorWeights, avviso);
    }

    /** With explicit type budgets (for each area named, its types' budgets must sum to the area budget). */
    public RipartoScenario withTypeBudgets(Map<ServiceType, Euro> budgets) {
        return new RipartoScenario(ambito, year, budget, previousResiduals, reserveRate, inclusionRate, adminRate,
                areaBudgets, previousAreaSplit, budgets, indicatorWeights, avviso);
    }

    /** With the Ambito's own act (its Avviso pubblico FSR), which the report cites. */
    public RipartoScenario withAvviso(String act) {
        return new RipartoScenario(ambito, year, budget, previousResiduals, reserveRate, inclusionRate, adminRate,
                areaBudgets, previousAreaSplit, typeBudgets, indicatorWeights, act);
    }

    /** With the indicator weights of one WEIGHTED type (replacing any it had). */
    public RipartoScenario withIndicatorWeights(ServiceType type, Map<Indicator, Rate> weights) {
        EnumMap<ServiceType, Map<Indicator, Rate>> w = new EnumMap<>(ServiceType.class);
        w.putAll(indicatorWeights);
        w.put(type, weights);
        return new RipartoScenario(ambito, year, budget, previousResiduals, reserveRate, inclusionRate, adminRate,
                areaBudgets, previousAreaSplit, typeBudgets, w, avviso);
    }
}
