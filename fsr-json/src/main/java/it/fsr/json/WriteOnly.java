package it.fsr.json;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.Share;
import it.fsr.riparto.RipartoPlan;
import it.fsr.riparto.UnitResult;
import it.fsr.isee.veneto.FattoreFamigliaBatch;
import it.fsr.piano.fundmap.FundMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The engines' outputs that are written to JSON and never read from it: an {@link Allocation}, a riparto's
 * {@link RipartoPlan} and {@link UnitResult}s, a plan comparison, a {@link FundMap}, a {@link FattoreFamigliaBatch.Result}.
 * Each is what fsr computed from its inputs; a JSON document claiming to be one is not, so reading it is an
 * error ({@code FSR-JSON-WRITE-ONLY}) that says to send the inputs (which all read back) and compute it —
 * scelta di fsr, so that no figure a public act is signed on can enter a service as fsr's result without
 * being computed.
 */
final class WriteOnly<T> {
    private final Map<String, Function<T, Object>> fields;

    private WriteOnly(Class<T> type, Map<String, Function<T, Object>> fields) {
        this.fields = fields;
    }

    void write(T value, Out gen, Ctx provider) throws IOException {
        gen.writeStartObject();
        for (Map.Entry<String, Function<T, Object>> f : fields.entrySet()) {
            provider.defaultSerializeField(f.getKey(), f.getValue().apply(value), gen);
        }
        gen.writeEndObject();
    }

    /** The names of the fields written, in order. */
    java.util.Set<String> fieldNames() {
        return fields.keySet();
    }

    /** The serializers, by class. */
    static Map<Class<?>, WriteOnly<?>> all() {
        Map<Class<?>, WriteOnly<?>> m = new LinkedHashMap<>();
        Map<String, Function<Share, Object>> share = new LinkedHashMap<>();
        share.put("key", Share::key);
        share.put("amount", Share::amount);
        share.put("status", Share::status);
        m.put(Share.class, new WriteOnly<>(Share.class, share));
        Map<String, Function<Allocation, Object>> alloc = new LinkedHashMap<>();
        alloc.put("budget", Allocation::budget);
        alloc.put("allocated", Allocation::allocated);
        alloc.put("remainder", Allocation::remainder);
        alloc.put("exclusionRounds", Allocation::exclusionRounds);
        alloc.put("shares", Allocation::shares);
        m.put(Allocation.class, new WriteOnly<>(Allocation.class, alloc));
        Map<String, Function<UnitResult, Object>> unit = new LinkedHashMap<>();
        unit.put("id", UnitResult::id);
        unit.put("status", UnitResult::status);
        unit.put("reasons", UnitResult::reasons);
        unit.put("amount", UnitResult::amount);
        unit.put("basis", UnitResult::basis);
        unit.put("deficit", UnitResult::deficit);
        unit.put("cap", UnitResult::cap);
        unit.put("minimum", UnitResult::minimum);
        unit.put("activeDays", UnitResult::activeDays);
        unit.put("daysInYear", UnitResult::daysInYear);
        unit.put("prorated", UnitResult::prorated);
        unit.put("coveragePercent", UnitResult::coveragePercent);
        unit.put("amountPerDay", UnitResult::amountPerDay);
        unit.put("indicators", UnitResult::indicators);
        unit.put("unit", UnitResult::unit);
        unit.put("explanation", UnitResult::explanation);
        m.put(UnitResult.class, new WriteOnly<>(UnitResult.class, unit));
        Map<String, Function<RipartoPlan, Object>> plan = new LinkedHashMap<>();
        plan.put("scenario", RipartoPlan::scenario);
        plan.put("budget", RipartoPlan::budget);
        plan.put("reserve", RipartoPlan::reserve);
        plan.put("inclusion", RipartoPlan::inclusion);
        plan.put("admin", RipartoPlan::admin);
        plan.put("distributable", RipartoPlan::distributable);
        plan.put("allocatedToUnits", RipartoPlan::allocatedToUnits);
        plan.put("returnedToReserve", RipartoPlan::returnedToReserve);
        plan.put("reserveTotal", RipartoPlan::reserveTotal);
        plan.put("areas", RipartoPlan::areas);
        plan.put("movements", RipartoPlan::movements);
        plan.put("totalsByOperator", RipartoPlan::totalsByOperator);
        plan.put("units", RipartoPlan::units);
        plan.put("explanation", RipartoPlan::explanation);
        m.put(RipartoPlan.class, new WriteOnly<>(RipartoPlan.class, plan));
        Map<String, Function<it.fsr.riparto.PlanComparison, Object>> cmp = new LinkedHashMap<>();
        cmp.put("lines", it.fsr.riparto.PlanComparison::lines);
        cmp.put("units", it.fsr.riparto.PlanComparison::units);
        m.put(it.fsr.riparto.PlanComparison.class, new WriteOnly<>(it.fsr.riparto.PlanComparison.class, cmp));
        Map<String, Function<FundMap, Object>> map = new LinkedHashMap<>();
        map.put("years", FundMap::years);
        map.put("lines", FundMap::lines);
        map.put("services", FundMap::services);
        map.put("assignments", FundMap::assignments);
        map.put("moneyAtRisk", FundMap::moneyAtRisk);
        m.put(FundMap.class, new WriteOnly<>(FundMap.class, map));
        Map<String, Function<FattoreFamigliaBatch.Result, Object>> batch = new LinkedHashMap<>();
        batch.put("totalContributions", FattoreFamigliaBatch.Result::totalContributions);
        batch.put("rows", r -> {
            List<FattoreFamigliaBatch.Row> rows = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                rows.add(r.row(i));
            }
            return rows;
        });
        batch.put("children", r -> {
            List<FattoreFamigliaBatch.ChildRow> kids = new ArrayList<>(r.childCount());
            for (int k = 0; k < r.childCount(); k++) {
                kids.add(r.child(k));
            }
            return kids;
        });
        m.put(FattoreFamigliaBatch.Result.class, new WriteOnly<>(FattoreFamigliaBatch.Result.class, batch));
        return m;
    }
}
