package it.fsr.riparto;

import it.fsr.riparto.example.MonteOrfano2025;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.allocation.MultiCriteria;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The settled readings of the default type split (the Avviso FSR 2025 and DGR XII/4793/2025 where they state
 * the rule; fsr's readings where they are silent), each on a small case computed by hand, and the invariants
 * they promise over random Ambiti.
 */
class RipartoReadingsTest {
    private static final int EXAMPLES = Integer.getInteger("fsr.examples", 300);

    private static ServiceUnit.Builder unit(String id, ServiceType t, long deficit) {
        return ServiceUnit.builder(id, t).authorised(true).seatedInAmbito(true).cudes("C" + id).costs(Euro.ofEuros(deficit));
    }

    private static RipartoScenario areas(long minori, long anziani, long disabili) {
        return RipartoScenario.of("Prova", 2025, Euro.ofEuros(minori + anziani + disabili)).withSetAsides(Rate.ZERO, Rate.ZERO, Rate.ZERO)
                .withAreaBudgets(Map.of(Area.MINORI, Euro.ofEuros(minori), Area.ANZIANI, Euro.ofEuros(anziani), Area.DISABILI, Euro.ofEuros(disabili)));
    }

    @Test
    void aCeasingUnitHasItsClaimProratedAndTheRestStaysWithItsType() {
        // two day centres for the elderly, €10,000 of need each, €10,000 for the type; B ceases on 30/06/2025:
        // 181 days of 365. Claims: A 10,000 × 365, B 10,000 × 181 (cap 4,958.90): A 10,000 × 365/546 = 6,684.9817,
        // B 3,315.0183 -> 6,684.98 / 3,315.02: nothing is stranded
        RipartoPlan p = AmbitoRiparto.compute(areas(0, 10_000, 0), List.of(
                unit("A", ServiceType.CENTRO_DIURNO_ANZIANI, 10_000).build(),
                unit("B", ServiceType.CENTRO_DIURNO_ANZIANI, 10_000).activityEnd(LocalDate.of(2025, 6, 30)).build()));
        assertThat(p.unit("A").orElseThrow().amount()).isEqualTo(Euro.parse("6684.98"));
        assertThat(p.unit("B").orElseThrow().amount()).isEqualTo(Euro.parse("3315.02"));
        assertThat(p.unit("B").orElseThrow().cap()).isEqualTo(Euro.parse("4958.90"));
        assertThat(p.returnedToReserve()).isEqualTo(Euro.ZERO);
    }

    @Test
    void aZeroDayResidentialUnitAddsNoNeedAndFosterCareTakesTheArea() {
        // MINORI €100,000: a residential unit with no resident days (deficit 50,000) cannot receive money, so it adds no need;
        // foster care (need 200,000) gets the whole area, 50% covered, and nothing reaches the reserve. The first version
        // counted the residential deficit: 33,333.33 went to a type that could not place it, and then to the reserve.
        RipartoPlan p = AmbitoRiparto.compute(areas(100_000, 0, 0), List.of(
                unit("R", ServiceType.RESIDENZIALE_MINORI, 50_000).residentDays(0).minoriWebDeclared(true).build(),
                unit("F", ServiceType.AFFIDO, 200_000).eligibleSpend(Euro.ofEuros(200_000)).build()));
        assertThat(p.unit("F").orElseThrow().amount()).isEqualTo(Euro.ofEuros(100_000));
        assertThat(p.unit("R").orElseThrow().amount()).isEqualTo(Euro.ZERO);
        assertThat(p.returnedToReserve()).isEqualTo(Euro.ZERO);
        assertThat(p.movements()).isEmpty();
    }

    @Test
    void thePerDayMinimumIsAFloorNeverAnAddition() {
        // MINORI €100,000: residential unit 10,000 days (minimum €5 × 10,000 = 50,000, deficit 60,000), foster care need 540,000.
        // The share by need would be 100,000 × 60/600 = 10,000 < 50,000: the floor binds, residential 50,000 and foster care
        // the other 50,000 (added on top, the minimum would have given residential 50,000 + 5,000 and foster care 45,000)
        RipartoPlan p = AmbitoRiparto.compute(areas(100_000, 0, 0), List.of(
                unit("R", ServiceType.RESIDENZIALE_MINORI, 60_000).residentDays(10_000).minoriWebDeclared(true).build(),
                unit("F", ServiceType.AFFIDO, 540_000).eligibleSpend(Euro.ofEuros(540_000)).build()));
        assertThat(p.type(ServiceType.RESIDENZIALE_MINORI).orElseThrow().budget()).isEqualTo(Euro.ofEuros(50_000));
        assertThat(p.unit("R").orElseThrow().amount()).isEqualTo(Euro.ofEuros(50_000));
        assertThat(p.unit("F").orElseThrow().amount()).isEqualTo(Euro.ofEuros(50_000));
        assertThat(p.explanation().toText()).contains("il minimo per giornata (€ 50.000,00) supera la quota proporzionale al fabbisogno");
        // where the floor does not bind the share by need stands: with €700,000, 70,000 > 50,000 (capped at the deficit 60,000,
        // the 10,000 left going to foster care through the area)
        RipartoPlan q = AmbitoRiparto.compute(areas(700_000, 0, 0), List.of(
                unit("R", ServiceType.RESIDENZIALE_MINORI, 60_000).residentDays(10_000).minoriWebDeclared(true).build(),
                unit("F", ServiceType.AFFIDO, 540_000).eligibleSpend(Euro.ofEuros(540_000)).build()));
        assertThat(q.unit("R").orElseThrow().amount()).isEqualTo(Euro.ofEuros(60_000));
        assertThat(q.unit("F").orElseThrow().amount()).isEqualTo(Euro.ofEuros(540_000));
    }

    @Test
    void moneyATypeCannotPlaceGoesToItsAreaThenToTheSfaThenToTheReserve() {
        // MINORI €20,000: foster care need 5,000 and ADM need 3,000, both capped at need by default: 12,000 left in the area.
        // DISABILI €0: SFA need 4,000 takes 4,000 from MINORI (its own area has nothing); the other 8,000 go to the reserve.
        RipartoPlan p = AmbitoRiparto.compute(areas(20_000, 0, 0), List.of(
                unit("F", ServiceType.AFFIDO, 5_000).eligibleSpend(Euro.ofEuros(5_000)).build(),
                unit("M", ServiceType.ADM, 3_000).eligibleSpend(Euro.ofEuros(3_000)).build(),
                unit("S", ServiceType.SFA, 4_000).build()));
        assertThat(p.unit("F").orElseThrow().amount()).isEqualTo(Euro.ofEuros(5_000));
        assertThat(p.unit("M").orElseThrow().amount()).isEqualTo(Euro.ofEuros(3_000));
        assertThat(p.unit("S").orElseThrow().amount()).isEqualTo(Euro.ofEuros(4_000));
        assertThat(p.movements()).containsExactly(
                new Movement(Movement.Kind.TO_RESIDUAL_TYPE, Area.MINORI, ServiceType.SFA, Euro.ofEuros(4_000)),
                new Movement(Movement.Kind.TO_RESERVE, Area.MINORI, null, Euro.ofEuros(8_000)));
        assertThat(p.area(Area.MINORI).toOtherAreas()).isEqualTo(Euro.ofEuros(4_000));
        assertThat(p.area(Area.DISABILI).fromOtherAreas()).isEqualTo(Euro.ofEuros(4_000));
        assertThat(p.returnedToReserve()).isEqualTo(Euro.ofEuros(8_000));
        assertThat(p.toText(java.util.Locale.ITALIAN, false)).contains("Movimenti delle risorse non assegnate")
                .contains("Dall'area Minori e famiglia alla tipologia residuale Servizio di formazione all'autonomia: € 4.000,00");
    }

    @Test
    void aTypeWhoseUnitsFallUnderThreeHundredEuroReturnsItsMoneyToTheArea() {
        // ANZIANI €10,300: day centre D (need 10,000) and SAD unit with eligible spend 2,000 but deficit 250 (cap 250 < 300):
        // S can never be paid, so its 250 is no need of SAD (the settled reading 2026-12; before it, SAD got 251.22 by need and
        // returned it). D gets its 10,000 cap; no other area has a unit with need, so the rest (300) goes to the reserve.
        RipartoPlan p = AmbitoRiparto.compute(areas(0, 10_300, 0), List.of(
                unit("D", ServiceType.CENTRO_DIURNO_ANZIANI, 10_000).build(),
                unit("S", ServiceType.SAD_ANZIANI, 1_250).revenues(Euro.ofEuros(1_000)).personnelCost(Euro.ofEuros(2_000)).build()));
        assertThat(p.unit("S").orElseThrow().status()).isEqualTo(UnitStatus.BELOW_MINIMUM_CONTRIBUTION);
        assertThat(p.unit("D").orElseThrow().amount()).isEqualTo(Euro.ofEuros(10_000));
        assertThat(p.unit("D").orElseThrow().status()).isEqualTo(UnitStatus.CAPPED);
        assertThat(p.returnedToReserve()).isEqualTo(Euro.ofEuros(300));
        assertThat(p.movements()).extracting(Movement::kind).containsExactly(Movement.Kind.TO_RESERVE);
    }

    /**
     * Avviso FSR 2025, Indicatori di attività, Centri Ricreativi Diurni: the cost counts personnel up to 60% and general costs
     * up to 40%, net of investments — netted once. Costs 16,000 of which investments 2,000, personnel 10,000, general 4,000:
     * counted min(10,000, 60% × 14,000) + min(4,000, 40% × 14,000) = 8,400 + 4,000 = 12,400 (before: 10,400, the investments
     * taken again from parts that never held them); personnel and general costs above the costs net of investments are an
     * error naming the field.
     */
    @Test
    void theCrdCountedCostNetsInvestmentsOnce() {
        RipartoScenario s = areas(10_000, 0, 0).withIndicatorWeights(ServiceType.CRD, Map.of(Indicator.COUNTED_COST, Rate.ONE));
        RipartoPlan p = AmbitoRiparto.compute(s, List.of(unit("C", ServiceType.CRD, 16_000).investments(Euro.ofEuros(2_000))
                .personnelCost(Euro.ofEuros(10_000)).generalCost(Euro.ofEuros(4_000)).build()));
        assertThat(p.unit("C").orElseThrow().indicators()).containsEntry(Indicator.COUNTED_COST, new BigDecimal("12400.00"));
        assertThat(p.unit("C").orElseThrow().amount()).isEqualTo(Euro.ofEuros(10_000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AmbitoRiparto.compute(s, List.of(unit("C", ServiceType.CRD, 16_000)
                .investments(Euro.ofEuros(2_000)).personnelCost(Euro.ofEuros(11_000)).generalCost(Euro.ofEuros(5_000)).build())))
                .isInstanceOfSatisfying(it.fsr.core.validation.ValidationException.class, ex -> {
                    assertThat(ex.violations().get(0).code()).isEqualTo("FSR-UNIT-CRD-COST-PARTS");
                    assertThat(ex.message(java.util.Locale.ENGLISH)).contains("units[C].generalCost = 5000.00: with the personnel cost €11,000.00 exceeds the costs "
                            + "net of investments €14,000.00");
                });
    }

    /** DGR XII/4793/2025: the reserve "nella misura massima del 5%": at 5% of 100.10 (5.005) it is 5.00, never 5.01. */
    @Test
    void aSetAsideNeverExceedsItsMaximumAfterRounding() {
        RipartoPlan p = AmbitoRiparto.compute(RipartoScenario.of("Prova", 2025, Euro.parse("100.10")).withSetAsides(Rate.ofPercent(5),
                Rate.ofPercent(10), Rate.ofPercent(2)).withAreaBudgets(Map.of(Area.MINORI, Euro.parse("85.09"), Area.ANZIANI, Euro.ZERO,
                Area.DISABILI, Euro.ZERO)), List.of());
        assertThat(p.reserve()).isEqualTo(Euro.parse("5.00"));
        assertThat(p.inclusion()).isEqualTo(Euro.parse("10.01"));
        assertThat(p.admin()).isEqualTo(Euro.parse("2.00"));
        // below the maximum the half-up rounding stands: 4.5% of 100.10 = 4.5045 -> 4.50; 3% of 100.50 = 3.015 -> 3.02
        assertThat(AmbitoRiparto.setAside(Euro.parse("100.50"), Rate.ofPercent(3), Rate.ofPercent(5))).isEqualTo(Euro.parse("3.02"));
    }

    /**
     * No blank decides money: a per-day unit's days, a residential minors' unit's Minori Web declaration, a weighted unit's
     * indicators are required (0 or no when so), in the API and in the file at their cell (before: a blank was 0 days, an
     * exclusion for Minori Web or an indicator of 0, without a word).
     */
    @Test
    void aBlankThatDecidesMoneyIsAnErrorNamingItsCell() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> unit("R", ServiceType.RESIDENZIALE_MINORI, 1_000).build())
                .isInstanceOfSatisfying(it.fsr.core.validation.ValidationException.class, ex -> assertThat(ex.violations())
                        .extracting(it.fsr.core.validation.Violation::code)
                        .containsExactly("FSR-UNIT-DAYS-REQUIRED", "FSR-UNIT-MINORI-WEB-REQUIRED"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RipartoInput.units("u.csv",
                "id,service_type,costs,cudes,authorised,seated_in_ambito,resident_days,minori_web\nR,RESIDENZIALE_MINORI,1000,C1,yes,yes,,\n"))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("u.csv:2: resident_days").contains("u.csv:2: minori_web");
        // an indicator the Assembly weighed is required at its cell; one it did not weigh may be left blank
        String scenario = "ambito=Prova\nyear=2025\nbudget=1000\nreserve=0%\ninclusion=0%\nadmin=0%\nprevious_residuals=0\n"
                + "previous_area.MINORI=1\nprevious_area.ANZIANI=0\nprevious_area.DISABILI=0\n"
                + "weights.CRD.COUNTED_COST=50%\nweights.CRD.CANTEEN=50%\n";
        RipartoInput.Files files = RipartoInput.read("s.properties", scenario, "u.csv",
                "id,service_type,costs,cudes,authorised,seated_in_ambito,personnel_cost,general_cost,users_per_shift,canteen\nC,CRD,1000,C2,yes,yes,600,400,,\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.plan(RipartoParameters.defaults()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("u.csv:2: canteen").contains("(0 or no if absent)")
                .doesNotContain("users_per_shift");
        assertThat(RipartoInput.units("u.csv", "id,service_type,costs,cudes,authorised,seated_in_ambito,resident_days,minori_web\n"
                + "R,RESIDENZIALE_MINORI,1000,C1,yes,yes,0,no\n")).hasSize(1);
    }

    /**
     * The readings the Avviso leaves open are stated where they apply (scelta di fsr, in the plan's explanation): the deficit
     * cap where the Avviso speaks of one "percentuale di copertura" (ADM, affido: the rate is that of the uncapped units); a
     * per-day minimum above the deficit paid up to the deficit; an explicit type budget of the Assembly as a minimum the
     * return path may top up.
     */
    @Test
    void theOpenReadingsAreStatedWhereTheyApply() {
        assertThat(MonteOrfano2025.plan().unit("U03").orElseThrow().explanation().toText(java.util.Locale.ITALIAN))
                .contains("il tetto vale anche dove l'Avviso fissa una percentuale di copertura");
        RipartoPlan p = AmbitoRiparto.compute(areas(0, 0, 10_000), List.of(unit("C", ServiceType.CSE, 2_000).residentDays(1_000).build(),
                unit("D", ServiceType.CSE, 20_000).residentDays(1_000).build()));
        assertThat(p.unit("C").orElseThrow().minimum()).isEqualTo(Euro.ofEuros(2_000));   // €4 × 1,000 = 4,000 > deficit 2,000
        assertThat(p.unit("C").orElseThrow().explanation().toText(java.util.Locale.ITALIAN)).contains("fino al tetto 2000.00")
                .contains("il minimo per giornata non supera il disavanzo");
        RipartoPlan explicit = AmbitoRiparto.compute(areas(2_000, 0, 0).withTypeBudgets(Map.of(ServiceType.AFFIDO, Euro.ofEuros(1_000),
                ServiceType.ADM, Euro.ofEuros(1_000))), List.of(unit("A", ServiceType.AFFIDO, 5_000).eligibleSpend(Euro.ofEuros(5_000)).build(),
                unit("M", ServiceType.ADM, 400).eligibleSpend(Euro.ofEuros(400)).build()));
        assertThat(explicit.unit("A").orElseThrow().amount()).isEqualTo(Euro.ofEuros(1_600));
        assertThat(explicit.explanation().toText(java.util.Locale.ITALIAN)).contains("il budget stabilito è un minimo della tipologia");
    }

    /** The scenario too: {@code reserve=0,05} meant 0.05% without a word; a percentage carries its sign, a key is written once. */
    @Test
    void aScenariosBarePercentageAndKeyWrittenTwiceAreErrors() {
        String base = "ambito=Prova\nyear=2025\nbudget=1000\ninclusion=0%\nadmin=0%\nprevious_residuals=0\n"
                + "previous_area.MINORI=1\nprevious_area.ANZIANI=0\nprevious_area.DISABILI=0\n";
        assertThat(RipartoInput.scenario("s.properties", base + "reserve=5%\n").reserveRate()).isEqualTo(Rate.ofPercent(5));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RipartoInput.scenario("s.properties", base + "reserve=0,05\n"))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("s.properties:10: reserve = 0,05: a percentage is written with its % sign");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RipartoInput.scenario("s.properties", base + "reserve=5%\nreserve=2%\n"))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("s.properties:11: reserve = reserve: is written twice (first on line 10)");
    }

    @Test
    void eligibilityIsStatedNeverDefaulted() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServiceUnit.builder("X", ServiceType.AFFIDO).cudes("C").build())
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("units[X].authorised = null: is required")
                .contains("units[X].seatedInAmbito = null: is required");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RipartoInput.units("u.csv",
                "id,service_type,costs,cudes,authorised,seated_in_ambito\nA,AFFIDO,100,C1,,yes\nB,AFFIDO,100,C1,yes,yes\n"))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("u.csv:2: authorised = : a value is required (yes or no)")
                .contains("u.csv:3: cudes = C1: is also the CUDES of the unit on line 2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RipartoInput.units("u.csv", "id,service_type,costs\nA,AFFIDO,100\n"))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("u.csv:1: header = authorised: the required column is missing")
                .contains("u.csv:1: header = seated_in_ambito: the required column is missing");
    }

    // ------------------------------------------------------------------ invariants over random Ambiti

    private static RipartoPlan plan(long seed, long budget) {
        try {
            return AmbitoRiparto.compute(AmbitoRipartoPropertiesTest.scenario(budget, seed), AmbitoRipartoPropertiesTest.units(seed));
        } catch (it.fsr.core.validation.ValidationException e) {
            assertThat(e.message(java.util.Locale.ENGLISH)).contains("missing");
            return null;
        }
    }

    /** Whether a unit could receive money, read from the inputs: eligible, and a positive weight by its type's rule. */
    private static boolean canReceive(UnitResult u, RipartoScenario s) {
        // a unit capped below the minimum contribution can never be paid: no need of its type (the settled reading 2026-12)
        if (u.status() == UnitStatus.EXCLUDED || !u.cap().isPositive() || u.cap().compareTo(Euro.ofEuros(300)) < 0) {
            return false;
        }
        return switch (u.unit().type().rule()) {
            case PER_DAY_MINIMUM -> u.unit().residentDays() > 0;
            case WEIGHTED -> s.indicatorWeights().get(u.unit().type()).entrySet().stream()
                    .anyMatch(e -> !e.getValue().isZero() && u.indicators().getOrDefault(e.getKey(), BigDecimal.ZERO).signum() > 0);
            default -> u.basis().isPositive();
        };
    }

    private static long need(TypeResult t, RipartoScenario s) {
        return t.units().stream().filter(u -> canReceive(u, s)).mapToLong(u -> u.cap().cents()).sum();
    }

    @Test
    void nothingReachesTheReserveWhileATypeOfTheSameAreaHasUnmetNeedItCouldTake() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 3_000_000)).checkAssert((seed, budget) -> {
            RipartoPlan p = plan(seed, budget);
            if (p == null) {
                return;
            }
            RipartoScenario s = p.scenario();
            for (Movement m : p.movements()) {
                boolean leavesArea = m.kind() == Movement.Kind.TO_RESIDUAL_TYPE && m.area() != m.type().area()
                        || m.kind() == Movement.Kind.TO_RESERVE && m.type() == null;
                for (AreaResult a : p.areas()) {
                    for (TypeResult t : a.types()) {
                        boolean residual = t.type().rule() == RuleKind.RESIDUAL;
                        // money leaves an area only when each of its types is covered or could not place what it had
                        boolean consolidatedOfTheArea = leavesArea && !residual && a.area() == m.area();
                        // and reaches the reserve only when each residual type is covered or could not place what it had
                        boolean residualBeforeTheReserve = m.kind() == Movement.Kind.TO_RESERVE && residual;
                        if (consolidatedOfTheArea || residualBeforeTheReserve) {
                            assertThat(t.allocated().cents() >= need(t, s) || t.remainder().isPositive())
                                    .as("%s has unmet need %s (allocated %s) while %s", t.type(), need(t, s), t.allocated(), m)
                                    .isTrue();
                        }
                    }
                }
            }
        });
    }

    /**
     * The Avviso: the budget "sarà ripartito tra tutti i richiedenti ammessi", the reserve "nella misura massima del 5%", the
     * SFA only "dopo aver provveduto a definire lo specifico finanziamento destinato ai servizi consolidati". So, over
     * generated Ambiti: when anything reaches the reserve, every type of every area is covered (allocated = need) or could not
     * place what it had; when anything reaches the SFA, every consolidated type of every area is.
     */
    @Test
    void moneyReachesTheReserveOnlyWhenNoAdmittedUnitCanTakeIt() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 3_000_000)).checkAssert((seed, budget) -> {
            RipartoPlan p = plan(seed, budget);
            if (p == null) {
                return;
            }
            boolean toReserve = p.movements().stream().anyMatch(m -> m.kind() == Movement.Kind.TO_RESERVE);
            boolean toSfa = p.movements().stream().anyMatch(m -> m.kind() == Movement.Kind.TO_RESIDUAL_TYPE);
            for (AreaResult a : p.areas()) {
                for (TypeResult t : a.types()) {
                    boolean residual = t.type().rule() == RuleKind.RESIDUAL;
                    if (toReserve || toSfa && !residual) {
                        assertThat(t.allocated().cents() >= need(t, p.scenario()) || t.remainder().isPositive())
                                .as("%s has unmet need %s (allocated %s) while money reaches %s", t.type(), need(t, p.scenario()),
                                        t.allocated(), toReserve ? "the reserve" : "the SFA")
                                .isTrue();
                    }
                }
            }
            assertThat(p.returnedToReserve()).isEqualTo(Euro.sum(p.movements().stream()
                    .filter(m -> m.kind() == Movement.Kind.TO_RESERVE).map(Movement::amount).toList()));
        });
    }

    /**
     * The issue's case: budget 10,000, two areas of 5,000, the only elderly unit capped below €300, a disability unit with a
     * deficit of 20,000: the disability unit gets 10,000 and nothing reaches the reserve (before: 5,000 each, 50% of the fund
     * to the reserve). And the SFA waits for the consolidated services of every area: budget 20,000, an ADM unit capped at
     * 2,000, a disability unit with 30,000 of deficit, an SFA with 8,000 → 18,000 / 0 (before: 10,000 / 8,000).
     */
    @Test
    void theReturnPathReachesTheOtherAreasAdmittedUnitsBeforeTheSfaAndTheReserve() {
        RipartoPlan p = AmbitoRiparto.compute(areas(0, 5_000, 5_000), List.of(
                unit("E", ServiceType.CENTRO_DIURNO_ANZIANI, 250).build(), unit("D", ServiceType.CA_DISABILI, 20_000).build()));
        assertThat(p.unit("D").orElseThrow().amount()).isEqualTo(Euro.ofEuros(10_000));
        assertThat(p.unit("E").orElseThrow().status()).isEqualTo(UnitStatus.BELOW_MINIMUM_CONTRIBUTION);
        assertThat(p.returnedToReserve()).isEqualTo(Euro.ZERO);
        assertThat(p.explanation().toText(java.util.Locale.ITALIAN)).contains("tra tutti i richiedenti ammessi")
                .doesNotContain("nessuna tipologia può ricevere");

        RipartoPlan sfa = AmbitoRiparto.compute(areas(10_000, 0, 10_000), List.of(
                unit("M", ServiceType.ADM, 2_000).eligibleSpend(Euro.ofEuros(2_000)).build(), unit("D", ServiceType.CA_DISABILI, 30_000).build(),
                unit("S", ServiceType.SFA, 8_000).build()));
        assertThat(sfa.unit("M").orElseThrow().amount()).isEqualTo(Euro.ofEuros(2_000));
        assertThat(sfa.unit("D").orElseThrow().amount()).isEqualTo(Euro.ofEuros(18_000));
        assertThat(sfa.unit("S").orElseThrow().amount()).isEqualTo(Euro.ZERO);
        assertThat(sfa.returnedToReserve()).isEqualTo(Euro.ZERO);
    }

    @Test
    void noTypeGetsItsMinimumOnTopOfItsShare() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 3_000_000)).checkAssert((seed, budget) -> {
            RipartoPlan p = plan(seed, budget);
            if (p == null) {
                return;
            }
            for (AreaResult a : p.areas()) {
                long areaNeed = a.types().stream().filter(t -> t.type().rule() != RuleKind.RESIDUAL).mapToLong(t -> need(t, p.scenario())).sum();
                for (TypeResult t : a.types()) {
                    if (t.type().rule() != RuleKind.PER_DAY_MINIMUM || areaNeed == 0) {
                        continue;
                    }
                    long minimums = t.units().stream().filter(u -> canReceive(u, p.scenario())).mapToLong(u -> u.minimum().cents()).sum();
                    // the share by need before any floor: a floor lowers the other types' shares, never raises this one
                    long share = BigDecimal.valueOf(a.budget().cents()).multiply(BigDecimal.valueOf(need(t, p.scenario())))
                            .divide(BigDecimal.valueOf(areaNeed), 0, java.math.RoundingMode.CEILING).longValueExact();
                    assertThat(t.budget().cents()).isLessThanOrEqualTo(Math.max(minimums, share) + 1);
                }
            }
        });
    }

    @Test
    void weightedSlicesAreShareOnlyAmongTheUnitsStillInTheRunning() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 3_000_000)).checkAssert((seed, budget) -> {
            RipartoPlan p = plan(seed, budget);
            if (p == null) {
                return;
            }
            for (ServiceType type : List.of(ServiceType.PRIMA_INFANZIA, ServiceType.CAG, ServiceType.CRD)) {
                TypeResult t = p.type(type).orElse(null);
                if (t == null) {
                    continue;
                }
                List<UnitResult> funded = t.units().stream().filter(u -> u.amount().isPositive()).toList();
                if (funded.isEmpty() || funded.stream().anyMatch(u -> u.status() == UnitStatus.CAPPED)) {
                    continue;
                }
                // the survivors' amounts are the type's money split by the composite weights computed among the survivors alone
                List<MultiCriteria.Criterion> criteria = new ArrayList<>();
                p.scenario().indicatorWeights().get(type).forEach((ind, w) -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    funded.forEach(u -> values.put(u.id(), u.indicators().getOrDefault(ind, BigDecimal.ZERO)));
                    criteria.add(new MultiCriteria.Criterion(ind.name(), w, values));
                });
                Map<String, BigDecimal> w = MultiCriteria.compositeWeights(criteria);
                List<Claim> claims = new ArrayList<>();
                funded.forEach(u -> claims.add(Claim.of(u.id(), w.get(u.id()).multiply(BigDecimal.valueOf(u.activeDays())))));
                Euro total = Euro.sum(funded.stream().map(UnitResult::amount).toList());
                var expected = AllocationEngine.allocate(AllocationRequest.of(total, claims));
                for (UnitResult u : funded) {
                    assertThat(u.amount()).as("%s of %s", u.id(), type).isEqualTo(expected.amountOf(u.id()));
                }
            }
        });
    }

    @Test
    void aUnitIsCappedWhenItsAmountReachesItsCap() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 3_000_000)).checkAssert((seed, budget) -> {
            RipartoPlan p = plan(seed, budget);
            if (p == null) {
                return;
            }
            for (UnitResult u : p.units()) {
                if (u.amount().isPositive()) {
                    assertThat(u.status() == UnitStatus.CAPPED).isEqualTo(u.amount().compareTo(u.cap()) >= 0);
                }
            }
        });
    }

    @Test
    void theCsvShowsEveryIndicatorValueAndTheDaysOfThePerDayTypes() {
        RipartoPlan p = MonteOrfano2025.plan();
        String header = p.toCsv().lines().findFirst().orElseThrow();
        for (Indicator i : p.indicatorsShown()) {
            assertThat(header).contains(i.name().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(p.toCsv()).contains("U05,").contains(",70000,48,1,1,1,1,");
    }
}
