package it.fsr.riparto.catalogue;

import static it.fsr.core.testing.BadInputCatalogue.c;

import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.allocation.MultiCriteria;
import it.fsr.core.allocation.RoundingPolicy;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.riparto.AmbitoIndicators;
import it.fsr.riparto.AmbitoRiparto;
import it.fsr.riparto.Area;
import it.fsr.riparto.Indicator;
import it.fsr.riparto.RegionalRiparto;
import it.fsr.riparto.RipartoInput;
import it.fsr.riparto.RipartoParameters;
import it.fsr.riparto.RipartoScenario;
import it.fsr.riparto.ServiceType;
import it.fsr.riparto.ServiceUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import it.fsr.core.testing.BadInputCatalogue;
import it.fsr.core.testing.BadInputCatalogue.Case;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every kind of bad input the spec names, for fsr-riparto, each with the exact violations expected:
 * negative, zero where positive is needed, over a legal cap, missing, duplicate, unknown code, out of
 * range, overflow-size amounts.
 */
class BadInputCatalogueTest {
    static final BadInputCatalogue CATALOGUE = new BadInputCatalogue();

    static final Map<Area, Euro> SPLIT = Map.of(Area.MINORI, Euro.ofEuros(1), Area.ANZIANI, Euro.ofEuros(1), Area.DISABILI, Euro.ofEuros(1));

    static RipartoScenario scenario() {
        return RipartoScenario.of("X", 2025, Euro.ofEuros(1000)).withPreviousAreaSplit(SPLIT);
    }

    static ServiceUnit affido(String id) {
        return ServiceUnit.builder(id, ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("C" + id).costs(Euro.ofEuros(100)).eligibleSpend(Euro.ofEuros(100)).build();
    }

    static Stream<Case> cases() {
        return Stream.of(
            c("year with no parameter", () -> RipartoParameters.defaults().valueForYear(RipartoParameters.MINIMUM_CONTRIBUTION, 2020),
                    "fsr.unit.minimumContribution = 2020: no value in force for this year (first in force from 2025-01-01)"),
            c("unknown parameter", () -> RipartoParameters.defaults().valueForYear(ParameterKey.of("x.y", Integer.class, ""), 2025),
                    "x.y = missing: the parameter set has no such parameter"),
            c("reserve over its cap", () -> AmbitoRiparto.compute(scenario().withSetAsides(Rate.ofPercent(6), Rate.ZERO, Rate.ZERO), List.of()),
                    "reserveRate = 6%: is above its legal cap of 5% (DGR XII/4793/2025)"),
            c("inclusion and admin over their caps", () -> AmbitoRiparto.compute(scenario().withSetAsides(Rate.ZERO, Rate.ofPercent(11),
                    Rate.parsePercent("2.5")), List.of()), "inclusionRate = 11%: is above its legal cap of 10% (DGR XII/4793/2025)",
                    "adminRate = 2.5%: is above its legal cap of 2% (DGR XII/4793/2025)"),
            c("admin above inclusion", () -> AmbitoRiparto.compute(scenario().withSetAsides(Rate.ZERO, Rate.ofPercent(1), Rate.ofPercent(2)),
                    List.of()), "adminRate = 2%: is part of the inclusion share and cannot exceed it (1%)"),
            c("negative costs and duplicate ids", () -> AmbitoRiparto.compute(scenario(), List.of(affido("A"),
                    ServiceUnit.builder("A", ServiceType.ADM).authorised(true).seatedInAmbito(true).costs(Euro.parse("-1")).eligibleSpend(Euro.ofEuros(1)).build())),
                    "units[A].id = A: is a duplicate id", "units[A].costs = -1.00: must not be negative",
                    "units[A].investments = 0.00: exceeds the costs -1.00 (costs include investments)"),
            c("eligible spend missing", () -> AmbitoRiparto.compute(scenario(), List.of(ServiceUnit.builder("B", ServiceType.ADM).authorised(true).seatedInAmbito(true)
                    .costs(Euro.ofEuros(1)).build())), "units[B].eligibleSpend = null: is required for ADM"),
            c("weights not summing to 100%", () -> AmbitoRiparto.compute(scenario().withIndicatorWeights(ServiceType.CAG,
                    Map.of(Indicator.ACTIVITY_HOURS, Rate.ofPercent(40))), List.of()), "indicatorWeights[CAG] = 40%: must sum to 100%"),
            c("yes/no indicator of 2 and of another type", () -> AmbitoRiparto.compute(scenario(), List.of(ServiceUnit.builder("N",
                    ServiceType.CAG).authorised(true).seatedInAmbito(true).cudes("C").costs(Euro.ofEuros(10)).indicator(Indicator.EVENING_OPENING, 2)
                    .indicator(Indicator.CANTEEN, 1).build())).toString(),
                    "units[N].indicators[EVENING_OPENING] = 2: is a yes/no indicator: 1 or 0",
                    "units[N].indicators[CANTEEN] = 1: is not an indicator of CAG",
                    "indicatorWeights[CAG] = missing: the Assembly must weigh the indicators of CAG (Avviso §3: 'il peso attribuito ad ognuno degli indicatori')"),
            c("unknown service type in CSV", () -> RipartoInput.units("u.csv", "id,service_type,costs,authorised,seated_in_ambito\nU1,PALESTRA,10,yes,yes\n"),
                    "u.csv:2: service_type = PALESTRA: is not one of affido, adm, prima_infanzia, residenziale_minori, crd, cag, sad_anziani, "
                            + "alloggi_protetti, centro_diurno_anziani, sad_disabili, cse, sfa, ca_disabili"),
            c("scenario without year and with a 10^15 budget", () -> RipartoInput.scenario("s.properties", "budget=1000000000000000\n"),
                    "s.properties: year = null: a four-digit year is required",
                    "s.properties:1: budget = 1000000000000000: exceeds the largest supported amount of 1000000000000.00 euro"),
            c("regional: impossible figures", () -> RegionalRiparto.compute(Euro.ofEuros(1), List.of(new AmbitoIndicators("A", 1, -1, 1, 1, 3, 2)),
                    2025, RipartoParameters.defaults()), "ambiti[A].places = -1: must not be negative",
                    "ambiti[A].cofinancedUnits = 3: exceeds the active units 2"),
            c("regional: no Ambito", () -> RegionalRiparto.compute(Euro.ofEuros(1), List.of(), 2025, RipartoParameters.defaults()),
                    "ambiti = []: at least one Ambito is required"),
            c("every amount of a unit negative", () -> AmbitoRiparto.compute(scenario(), List.of(ServiceUnit.builder("S", ServiceType.SAD_ANZIANI).authorised(true).seatedInAmbito(true)
                    .cudes("C").costs(Euro.parse("-1")).investments(Euro.parse("-2")).revenues(Euro.parse("-3")).eligibleSpend(Euro.parse("-4"))
                    .personnelCost(Euro.parse("-5")).complementaryCost(Euro.parse("-6")).complementaryOnlyCost(Euro.parse("-7"))
                    .userPayments(Euro.parse("-8")).otherRevenues(Euro.parse("-9")).generalCost(Euro.parse("-10")).build())),
                    "units[S].costs = -1.00: must not be negative", "units[S].investments = -2.00: must not be negative",
                    "units[S].revenues = -3.00: must not be negative", "units[S].eligibleSpend = -4.00: must not be negative",
                    "units[S].personnelCost = -5.00: must not be negative", "units[S].complementaryCost = -6.00: must not be negative",
                    "units[S].complementaryOnlyCost = -7.00: must not be negative", "units[S].userPayments = -8.00: must not be negative",
                    "units[S].otherRevenues = -9.00: must not be negative", "units[S].generalCost = -10.00: must not be negative"),
            c("only one amount negative", () -> AmbitoRiparto.compute(scenario(), List.of(ServiceUnit.builder("G", ServiceType.SAD_ANZIANI).authorised(true).seatedInAmbito(true)
                    .cudes("C").costs(Euro.ofEuros(10)).generalCost(Euro.parse("-1")).build())), "units[G].generalCost = -1.00: must not be negative"),
            c("investments above costs, days out of range, end before start, blank id", () -> AmbitoRiparto.compute(scenario(), List.of(
                    ServiceUnit.builder("R", ServiceType.RESIDENZIALE_MINORI).authorised(true).seatedInAmbito(true).cudes("CR").costs(Euro.ofEuros(10)).investments(Euro.ofEuros(20))
                            .residentDays(-1).minoriWebDeclared(true).activityStart(java.time.LocalDate.of(2020, 5, 1)).activityEnd(java.time.LocalDate.of(2020, 1, 1)).build(),
                    ServiceUnit.builder("T", ServiceType.CSE).authorised(true).seatedInAmbito(true).cudes("CT").costs(Euro.ofEuros(10)).residentDays(366L * 100_000 + 1).build(),
                    ServiceUnit.builder(" ", ServiceType.SFA).authorised(true).seatedInAmbito(true).cudes("CS").costs(Euro.ofEuros(10)).build())),
                    "units[R].investments = 20.00: exceeds the costs 10.00 (costs include investments)", "units[R].residentDays = -1: must not be negative",
                    "units[R].activityEnd = 2020-01-01: is before the activity start 2020-05-01",
                    "units[T].residentDays = 36600001: is implausibly large", "units[2].id = \"\": must not be blank"),
            c("computed and negative indicators", () -> AmbitoRiparto.compute(scenario().withIndicatorWeights(ServiceType.PRIMA_INFANZIA,
                    Map.of(Indicator.NET_COST, Rate.ONE)), List.of(ServiceUnit.builder("N", ServiceType.PRIMA_INFANZIA).authorised(true).seatedInAmbito(true).cudes("CN")
                    .costs(Euro.ofEuros(10)).indicator(Indicator.NET_COST, 5).build(), ServiceUnit.builder("M", ServiceType.PRIMA_INFANZIA).authorised(true).seatedInAmbito(true)
                    .cudes("CM").costs(Euro.ofEuros(10)).indicator(Indicator.CHILDREN_ATTENDING, -1).build())),
                    "units[N].indicators[NET_COST] = 5: is computed from the unit's costs: do not give it",
                    "units[M].indicators[CHILDREN_ATTENDING] = -1: must not be negative"),
            c("weights for a type that is not weighted, of another type, negative", () -> AmbitoRiparto.compute(scenario()
                    .withIndicatorWeights(ServiceType.AFFIDO, Map.of(Indicator.CANTEEN, Rate.ONE))
                    .withIndicatorWeights(ServiceType.CRD, Map.of(Indicator.ACTIVITY_HOURS, Rate.ofPercent(110), Indicator.CANTEEN, Rate.ofPercent(-10))),
                    List.of()).toString(), "indicatorWeights[AFFIDO] = [CANTEEN]: the type is not split by weighted indicators",
                    "indicatorWeights[CRD][ACTIVITY_HOURS] = 110%: is an indicator of CAG, not of CRD",
                    "indicatorWeights[CRD][CANTEEN] = -10%: must not be negative"),
            c("negative budget and residuals, last year's split incomplete and negative", () -> AmbitoRiparto.compute(
                    RipartoScenario.of("X", 2025, Euro.parse("-1")).withPreviousResiduals(Euro.parse("-2"))
                            .withPreviousAreaSplit(Map.of(Area.MINORI, Euro.parse("-3"))), List.of()),
                    "budget = -1.00: must not be negative", "previousResiduals = -2.00: must not be negative",
                    "previousAreaSplit = [MINORI]: must give last year's amount for every area (MINORI, ANZIANI, DISABILI) when no area budgets are set",
                    "previousAreaSplit[MINORI] = -3.00: must not be negative"),
            c("area budgets incomplete and negative, a negative type budget", () -> AmbitoRiparto.compute(scenario()
                    .withAreaBudgets(Map.of(Area.MINORI, Euro.parse("-1"))).withTypeBudgets(Map.of(ServiceType.CSE, Euro.parse("-5"))), List.of()),
                    "areaBudgets = [MINORI]: must give a budget for every area", "areaBudgets[MINORI] = -1.00: must not be negative",
                    "typeBudgets[CSE] = -5.00: must not be negative"),
            c("area budgets not summing to the distributable budget", () -> AmbitoRiparto.compute(scenario().withAreaBudgets(Map.of(
                    Area.MINORI, Euro.ofEuros(1), Area.ANZIANI, Euro.ofEuros(1), Area.DISABILI, Euro.ofEuros(1))), List.of()),
                    "areaBudgets = 3.00: must sum to the distributable budget 1000.00"),
            c("type budgets not summing to their area's", () -> AmbitoRiparto.compute(scenario().withAreaBudgets(Map.of(
                    Area.MINORI, Euro.ofEuros(1000), Area.ANZIANI, Euro.ZERO, Area.DISABILI, Euro.ZERO))
                    .withTypeBudgets(Map.of(ServiceType.ADM, Euro.ofEuros(10))), List.of()),
                    "typeBudgets[MINORI] = 10.00: must sum to the area budget 1000.00 (give every type of the area, or none for the default split by need)"),
            c("all-zero split of last year", () -> AmbitoRiparto.compute(RipartoScenario.of("X", 2025, Euro.ofEuros(10)).withPreviousAreaSplit(
                    Map.of(Area.MINORI, Euro.ZERO, Area.ANZIANI, Euro.ZERO, Area.DISABILI, Euro.ZERO)), List.of()),
                    "previousAreaSplit = [0.00, 0.00, 0.00]: all zero: no proportions to continue"),
            c("scenario properties: unknown keys, bad values", () -> RipartoInput.scenario("s.properties", String.join("\n",
                    "year=25", "budget=abc", "reserve=five", "area.PISCINE=1", "type.NUOTO=1", "weights.CAG=1", "weights.CAG.ACTIVITY_HOURS=x",
                    "previous_area.MINORI=-", "colour=blue", "previous_residuals=1e3")),
                    "s.properties:1: year = 25: a four-digit year is required",
                    "s.properties:2: budget = abc: is not a euro amount: expected e.g. 422430.60, 422.430,60 or € 422.430,60 (at most two decimals)",
                    "s.properties:10: previous_residuals = 1e3: is not a euro amount: expected e.g. 422430.60, 422.430,60 or € 422.430,60 (at most two decimals)",
                    "s.properties:3: reserve = five: is not a percentage (e.g. 5%, 28,88%)",
                    "s.properties:4: area.PISCINE = area.PISCINE: is not one of MINORI, ANZIANI, DISABILI",
                    "s.properties:9: colour = colour: unknown key",
                    "s.properties:8: previous_area.MINORI = -: is not a euro amount: expected e.g. 422430.60, 422.430,60 or € 422.430,60 (at most two decimals)",
                    "s.properties:5: type.NUOTO = type.NUOTO: is not one of AFFIDO, ADM, PRIMA_INFANZIA, RESIDENZIALE_MINORI, CRD, CAG, SAD_ANZIANI, ALLOGGI_PROTETTI, CENTRO_DIURNO_ANZIANI, SAD_DISABILI, CSE, SFA, CA_DISABILI",
                    "s.properties:6: weights.CAG = weights.CAG: unknown key",
                    "s.properties:7: weights.CAG.ACTIVITY_HOURS = x: is not a percentage (e.g. 5%, 28,88%)"));
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputGivesTheExactViolations() {
        return CATALOGUE.tests(cases());
    }

    @AfterAll
    static void report() {
        System.out.println("fsr-riparto bad-input catalogue: " + CATALOGUE.tried() + " bad inputs tried");
    }
}
