package it.fsr.riparto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The riparto's other paths: explicit area and type budgets, activity dates at the year's edges, zero figures. */
class RipartoPathsTest {
    static final Map<Area, Euro> SPLIT = Map.of(Area.MINORI, Euro.ofEuros(1), Area.ANZIANI, Euro.ofEuros(1), Area.DISABILI, Euro.ofEuros(1));

    static ServiceUnit affido(String id, long spend) {
        return ServiceUnit.builder(id, ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("C" + id).costs(Euro.ofEuros(spend)).eligibleSpend(Euro.ofEuros(spend)).build();
    }

    @Test
    void explicitAreaAndTypeBudgetsAreUsedAsGiven() {
        RipartoScenario s = RipartoScenario.of("X", 2025, Euro.ofEuros(3000)).withAreaBudgets(Map.of(Area.MINORI, Euro.ofEuros(2000),
                Area.ANZIANI, Euro.ofEuros(1000), Area.DISABILI, Euro.ZERO)).withTypeBudgets(Map.of(ServiceType.AFFIDO, Euro.ofEuros(1500),
                ServiceType.ADM, Euro.ofEuros(500)));
        RipartoPlan p = AmbitoRiparto.compute(s, List.of(affido("A", 5000), ServiceUnit.builder("M", ServiceType.ADM).authorised(true).seatedInAmbito(true).cudes("CM")
                .costs(Euro.ofEuros(400)).eligibleSpend(Euro.ofEuros(400)).build()));
        assertThat(p.area(Area.MINORI).budget()).isEqualTo(Euro.ofEuros(2000));
        assertThat(p.type(ServiceType.AFFIDO).orElseThrow().budget()).isEqualTo(Euro.ofEuros(1500));
        // ADM: 500 for a unit capped at 400 -> 100 back to the area, which reassigns it to foster care (need 5,000, 1,500 placed)
        assertThat(p.unit("M").orElseThrow().amount()).isEqualTo(Euro.ofEuros(400));
        // ANZIANI: 1,000 with no unit -> to foster care in MINORI, which still has need (the budget "sarà ripartito tra tutti
        // i richiedenti ammessi"; before the 2026-12 reading it went to the reserve and A got 1,600)
        assertThat(p.unit("A").orElseThrow().amount()).isEqualTo(Euro.ofEuros(2600));
        assertThat(p.type(ServiceType.AFFIDO).orElseThrow().received()).isEqualTo(Euro.ofEuros(1100));
        assertThat(p.movements()).containsExactly(
                new Movement(Movement.Kind.RETURNED_TO_AREA, Area.MINORI, ServiceType.ADM, Euro.ofEuros(100)),
                new Movement(Movement.Kind.REASSIGNED_TO_TYPE, Area.MINORI, ServiceType.AFFIDO, Euro.ofEuros(100)),
                new Movement(Movement.Kind.TO_OTHER_AREA_TYPE, Area.ANZIANI, ServiceType.AFFIDO, Euro.ofEuros(1000)));
        assertThat(p.returnedToReserve()).isEqualTo(Euro.ZERO);
        assertThat(p.area(Area.ANZIANI).toOtherAreas()).isEqualTo(Euro.ofEuros(1000));
        assertThat(p.area(Area.MINORI).fromOtherAreas()).isEqualTo(Euro.ofEuros(1000));
        assertThat(p.explanation().toText(Locale.ENGLISH)).contains("Budget of area Minors and family, set by the Assembly of Mayors: €2,000.00")
                .contains("Budget of service type Home care for minors, set by the Assembly of Mayors: €500.00");
    }

    @Test
    void anAreaThatCannotPayItsPerDayMinimumsIsReportedWithTheAmountMissing() {
        RipartoScenario s = RipartoScenario.of("X", 2025, Euro.ofEuros(3000)).withPreviousAreaSplit(SPLIT);
        ServiceUnit cse = ServiceUnit.builder("S", ServiceType.CSE).authorised(true).seatedInAmbito(true).cudes("C").costs(Euro.ofEuros(100_000)).residentDays(1000).build();
        assertThatThrownBy(() -> AmbitoRiparto.compute(s, List.of(cse)))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("areaBudgets[DISABILI] = 1000.00: cannot pay the per-day minimums of its types (4000.00): missing 3000.00");
    }

    @Test
    void activityDatesAtTheEdgesOfTheYear() {
        RipartoScenario s = RipartoScenario.of("X", 2025, Euro.ofEuros(3000)).withPreviousAreaSplit(SPLIT);
        RipartoPlan p = AmbitoRiparto.compute(s, List.of(
                ServiceUnit.builder("E", ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("CE").costs(Euro.ofEuros(900)).eligibleSpend(Euro.ofEuros(900))
                        .activityEnd(LocalDate.of(2025, 12, 31)).build(),
                ServiceUnit.builder("F", ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("CF").costs(Euro.ofEuros(900)).eligibleSpend(Euro.ofEuros(900))
                        .activityStart(LocalDate.of(2026, 2, 1)).build(),
                ServiceUnit.builder("G", ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("CG").costs(Euro.ofEuros(900)).eligibleSpend(Euro.ofEuros(900))
                        .activityStart(LocalDate.of(2024, 12, 31)).activityEnd(LocalDate.of(2025, 1, 1)).build(),
                ServiceUnit.builder("H", ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("CH").costs(Euro.ofEuros(900)).eligibleSpend(Euro.ofEuros(900))
                        .activityEnd(LocalDate.of(2024, 12, 31)).build()));
        assertThat(p.unit("E").orElseThrow().activeDays()).isEqualTo(365);
        assertThat(p.unit("E").orElseThrow().prorated()).isFalse();
        assertThat(p.unit("F").orElseThrow().reasons()).containsExactly(ExclusionReason.NOT_ACTIVE_IN_FUNDING_YEAR);
        assertThat(p.unit("F").orElseThrow().prorated()).isFalse();
        assertThat(p.unit("G").orElseThrow().activeDays()).isEqualTo(1);
        assertThat(p.unit("G").orElseThrow().prorated()).isTrue();
        assertThat(p.unit("G").orElseThrow().cap()).isEqualTo(Euro.parse("2.46"));   // 900 × 1/365 = 2.4657 down
        assertThat(p.unit("H").orElseThrow().reasons()).containsExactly(ExclusionReason.NOT_ACTIVE_IN_FUNDING_YEAR);
    }

    @Test
    void aPlanComparisonNamesUnitsPresentInOnePlanOnly() {
        RipartoScenario s = RipartoScenario.of("X", 2025, Euro.ofEuros(3000)).withPreviousAreaSplit(SPLIT);
        // a: MINORI 1,000 and the other areas' 2,000 (no units there) by 2,000 : 1,500 -> A 1,714.29, B 1,285.71; b: reserve 150,
        // 2,850 by 2,000 : 1,800 -> A 1,500, C 1,350
        RipartoPlan a = AmbitoRiparto.compute(s, List.of(affido("A", 2000), affido("B", 1500)));
        RipartoPlan b = AmbitoRiparto.compute(s.withSetAsides(Rate.ofPercent(5), Rate.ZERO, Rate.ZERO), List.of(affido("A", 2000), affido("C", 1800)));
        PlanComparison c = PlanComparison.of(a, b);
        assertThat(c.a()).isSameAs(a);
        assertThat(c.b()).isSameAs(b);
        assertThat(c.units()).extracting(PlanComparison.UnitDifference::id).containsExactly("A", "B", "C");
        PlanComparison.UnitDifference onlyA = c.units().get(1);
        assertThat(onlyA.name()).isEqualTo("B");
        assertThat(onlyA.statusA()).contains(UnitStatus.FUNDED);
        assertThat(onlyA.statusB()).isEmpty();
        assertThat(onlyA.b()).isEqualTo(Euro.ZERO);
        assertThat(c.units().get(2).statusA()).isEmpty();
        assertThat(c.lines().get(0).a()).isEqualTo(Euro.ZERO);
        assertThat(c.lines().get(0).b()).isEqualTo(Euro.ofEuros(150));
        assertThat(c.toCsv()).contains("A,A,1714.29,1500.00,-214.29,FUNDED,FUNDED\n").contains("B,B,1285.71,0.00,-1285.71,FUNDED,\n")
                .contains("C,C,0.00,1350.00,1350.00,,FUNDED\n");
        assertThat(c.toMarkdown(Locale.ITALIAN)).contains("# Confronto tra due piani di riparto FSR — X 2025")
                .contains("| Fondo di riequilibrio/riserva | € 0,00 | € 150,00 | € 150,00 |")
                .contains("| Affido di minori a comunità e famiglie | € 3.000,00 | € 2.850,00 | € -150,00 |")
                .contains("| B | B | € 1.285,71 | € 0,00 | € -1.285,71 |");
    }

    @Test
    void typeCoverageCountsFundedUnitsOnly() {
        RipartoScenario s = RipartoScenario.of("X", 2025, Euro.ofEuros(3000)).withPreviousAreaSplit(SPLIT);
        RipartoPlan p = AmbitoRiparto.compute(s, List.of(affido("A", 4000), ServiceUnit.builder("X", ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).costs(Euro.ofEuros(1000))
                .eligibleSpend(Euro.ofEuros(1000)).build()));
        // 3,000 for A alone (X has no CUDES; the other areas have no units, so their money comes here): 3,000 / 4,000 = 75%
        assertThat(p.type(ServiceType.AFFIDO).orElseThrow().coveragePercent()).contains(new java.math.BigDecimal("75.00"));
        RipartoPlan none = AmbitoRiparto.compute(RipartoScenario.of("X", 2025, Euro.ZERO).withPreviousAreaSplit(SPLIT), List.of(affido("A", 1000)));
        assertThat(none.type(ServiceType.AFFIDO).orElseThrow().coveragePercent()).isEmpty();
        assertThat(none.unit("A").orElseThrow().status()).isEqualTo(UnitStatus.NOT_FUNDED);
    }

    /**
     * DGR XII/4793/2025 weighs each regional criterion: a criterion that is zero for every Ambito (a column left empty as 0)
     * cannot take its share, and spreading it over the others would change the act's weights: an error naming the column
     * (before: silently renormalised away).
     */
    @Test
    void aRegionalCriterionZeroForEveryAmbitoIsAnErrorNamingTheColumn() {
        String csv = "ambito,population,places,home_care_users,foster_minors,cofinanced_units,active_units\n"
                + "A,1000,5,0,1,1,2\nB,3000,7,0,2,1,1\n";
        assertThatThrownBy(() -> RipartoInput.regional(Euro.ofEuros(1_000), "a.csv", csv, 2025, RipartoParameters.defaults()))
                .isInstanceOfSatisfying(it.fsr.core.validation.ValidationException.class, ex -> {
                    assertThat(ex.violations()).extracting(it.fsr.core.validation.Violation::code).containsExactly("FSR-REGION-CRITERION-ZERO");
                    assertThat(ex.violations().get(0).field()).isEqualTo("a.csv: home_care_users");
                    assertThat(ex.violations().get(0).message(Locale.ITALIAN)).contains("è zero per ogni Ambito");
                });
    }

    /** The regional split explained per Ambito: each criterion's part with its weight, its act and its figures, summing to the amount. */
    @Test
    void theRegionalRipartoExplainsEachAmbitosPartsWithTheirActs() {
        RegionalRiparto.Result r = RegionalRiparto.compute(Euro.ofEuros(1_000_000), List.of(new AmbitoIndicators("A", 75_000, 100, 10, 4, 2, 2),
                new AmbitoIndicators("B", 25_000, 100, 30, 1, 1, 2)), 2025, RipartoParameters.defaults());
        String text = r.explanation("A").toText(Locale.ITALIAN);
        assertThat(text).contains("Criterio popolazione residente (peso 50%)").contains("500000.00 × 75000 / 100000")
                .contains("DGR XII/4793 del 28/07/2025").contains("€ 375.000,00");
        assertThat(r.basis()).extracting(RegionalRiparto.Criterion::name)
                .containsExactly("population", "places", "home_care_users", "foster_minors", "cofinanced_ratio");
        assertThat(r.explanation("A").steps().get(0).children()).hasSize(5);
        assertThat(RegionalRiparto.compute(Euro.ofEuros(1_000_000), List.of(new AmbitoIndicators("A", 75_000, 100, 10, 4, 2, 2),
                new AmbitoIndicators("B", 25_000, 100, 30, 1, 1, 2)), 2025, RipartoParameters.defaults())).isEqualTo(r);
    }

    @Test
    void regionalRipartoAcceptsZeroFiguresAndFullCoFinancing() {
        RegionalRiparto.Result r = RegionalRiparto.compute(Euro.ofEuros(100), List.of(new AmbitoIndicators("A", 0, 0, 0, 0, 0, 0),
                new AmbitoIndicators("B", 10, 1, 1, 1, 5, 5)), 2025, RipartoParameters.defaults());
        assertThat(r.amounts()).containsEntry("A", Euro.ZERO).containsEntry("B", Euro.ofEuros(100));
        assertThat(r.fund()).isEqualTo(Euro.ofEuros(100));
    }
}
