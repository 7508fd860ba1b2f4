package it.fsr.json;

import it.fsr.riparto.RipartoPlan;
import it.fsr.riparto.ServiceUnit;
import it.fsr.riparto.UnitResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** fsr-riparto's documents: registered only when fsr-riparto is on the class path. */
final class RipartoPart implements Registry.Part {
    /** Created by the registry. */
    RipartoPart() {
    }

    @Override
    public void register(Registry r) {
        r.codec(ServiceUnit.class, RipartoCodecs::writeUnit, RipartoCodecs::readUnit);
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
        r.writeOnly.put(UnitResult.class, WriteOnly.of(UnitResult.class, unit));
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
        r.writeOnly.put(RipartoPlan.class, WriteOnly.of(RipartoPlan.class, plan));
        Map<String, Function<it.fsr.riparto.PlanComparison, Object>> cmp = new LinkedHashMap<>();
        cmp.put("lines", it.fsr.riparto.PlanComparison::lines);
        cmp.put("units", it.fsr.riparto.PlanComparison::units);
        r.writeOnly.put(it.fsr.riparto.PlanComparison.class, WriteOnly.of(it.fsr.riparto.PlanComparison.class, cmp));
        r.schemas.put(ServiceUnit.class, RipartoCodecs::schema);
        r.documents.addAll(List.of(it.fsr.riparto.RipartoScenario.class, ServiceUnit.class, RipartoPlan.class, it.fsr.riparto.PlanComparison.class));
    }
}
