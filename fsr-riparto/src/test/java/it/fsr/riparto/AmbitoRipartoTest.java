package it.fsr.riparto;

import it.fsr.riparto.example.MonteOrfano2025;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AmbitoRipartoTest {
    private static final Map<Area, Euro> SPLIT = Map.of(Area.MINORI, Euro.ofEuros(1), Area.ANZIANI, Euro.ofEuros(0), Area.DISABILI, Euro.ofEuros(0));

    private static ServiceUnit affido(String id, long eligible) {
        return ServiceUnit.builder(id, ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("C" + id).costs(Euro.ofEuros(eligible))
                .eligibleSpend(Euro.ofEuros(eligible)).build();
    }

    @Test
    void theThreeHundredEuroFloorRedistributesUntilStable() {
        // 1,000 among 500 : 290 : 150 : 60 (sum 1,000): 600 -> 60 excluded (< 300); 290/940*1000 = 308.5 stays...
        RipartoScenario s = RipartoScenario.of("Test", 2025, Euro.ofEuros(1000)).withPreviousAreaSplit(SPLIT);
        List<ServiceUnit> units = List.of(affido("A", 5000), affido("B", 2900), affido("C", 1500), affido("D", 600));
        RipartoPlan plan = AmbitoRiparto.compute(s, units);
        // round 1: 500 / 290 / 150 / 60 -> D (60) out; round 2: /9400: 531.91 / 308.51 / 159.57 -> C out;
        // round 3: /7900: A 632.91, B 367.09 -> stable
        assertThat(plan.unit("D").orElseThrow().status()).isEqualTo(UnitStatus.BELOW_MINIMUM_CONTRIBUTION);
        assertThat(plan.unit("C").orElseThrow().status()).isEqualTo(UnitStatus.BELOW_MINIMUM_CONTRIBUTION);
        assertThat(plan.unit("A").orElseThrow().amount()).isEqualTo(Euro.parse("632.91"));
        assertThat(plan.unit("B").orElseThrow().amount()).isEqualTo(Euro.parse("367.09"));
        assertThat(plan.unit("C").orElseThrow().explanation().toText()).contains("quota minima di € 300,00");
    }

    @Test
    void aPerDayBudgetTooSmallForTheMinimumIsReportedWithTheAmountMissing() {
        RipartoScenario s = RipartoScenario.of("Test", 2025, Euro.ofEuros(20000)).withPreviousAreaSplit(SPLIT)
                .withTypeBudgets(Map.of(ServiceType.RESIDENZIALE_MINORI, Euro.ofEuros(10000), ServiceType.AFFIDO, Euro.ofEuros(10000)));
        List<ServiceUnit> units = List.of(affido("A", 50000),
                ServiceUnit.builder("R1", ServiceType.RESIDENZIALE_MINORI).authorised(true).seatedInAmbito(true).cudes("X").costs(Euro.ofEuros(100000))
                        .residentDays(3000).minoriWebDeclared(true).build());
        assertThatThrownBy(() -> AmbitoRiparto.compute(s, units)).isInstanceOf(ValidationException.class)
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("typeBudgets[RESIDENZIALE_MINORI] = 10000.00: cannot pay the minimum of 5.00 per day of presence "
                        + "for 3000 days (15000.00): missing 5000.00");
    }

    @Test
    void reportsEveryProblemOfTheScenarioAndTheUnitsAtOnce() {
        RipartoScenario s = RipartoScenario.of("Test", 2025, Euro.ofEuros(1000)).withPreviousAreaSplit(SPLIT)
                .withSetAsides(Rate.ofPercent(6), Rate.ofPercent(11), Rate.ofPercent(3))
                .withIndicatorWeights(ServiceType.CAG, Map.of(Indicator.ACTIVITY_HOURS, Rate.ofPercent(50), Indicator.STAFF_HOURS, Rate.ofPercent(30)));
        List<ServiceUnit> units = List.of(
                ServiceUnit.builder("A", ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).costs(Euro.parse("-5")).eligibleSpend(Euro.ofEuros(1)).build(),
                affido("A", 10),
                ServiceUnit.builder("B", ServiceType.ADM).authorised(true).seatedInAmbito(true).costs(Euro.ofEuros(10)).build());
        assertThatThrownBy(() -> AmbitoRiparto.compute(s, units)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.message(java.util.Locale.ENGLISH))
                        .contains("reserveRate = 6%: is above its legal cap of 5% (DGR XII/4793/2025)")
                        .contains("inclusionRate = 11%: is above its legal cap of 10%")
                        .contains("adminRate = 3%: is above its legal cap of 2%")
                        .contains("indicatorWeights[CAG] = 80%: must sum to 100%")
                        .contains("units[A].costs = -5.00: must not be negative")
                        .contains("units[A].id = A: is a duplicate id")
                        .contains("units[B].eligibleSpend = null: is required for ADM"));
    }

    @Test
    void readsUnitsFromCsvReportingUnknownTypesAndBadNumbersByLine() {
        String csv = "id,service_type,costs,cudes,authorised,seated_in_ambito\nA,AFFIDO,100,1,yes,yes\nB,PISCINA,abc,2,yes,yes\nC,cse,-1,3,yes,yes\n";
        assertThatThrownBy(() -> RipartoInput.units("u.csv", csv)).isInstanceOf(ValidationException.class)
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("u.csv:3: service_type = PISCINA: is not one of affido, adm")
                .contains("u.csv:3: costs = abc: is not a number")
                .contains("u.csv:4: costs = -1: must not be negative");
    }

    @Test
    void theSameCsvInBothDialectsGivesTheSamePlan() {
        String italian = MonteOrfano2025.unitsText().lines()
                .map(l -> l.replaceAll("(\\d)\\.(\\d\\d)(?=,|$)", "$1,$2"))
                .map(l -> toSemicolons(l)).reduce("", (a, b) -> a + b + "\n");
        RipartoPlan a = MonteOrfano2025.plan();
        RipartoPlan b = AmbitoRiparto.compute(MonteOrfano2025.scenario(), RipartoInput.units("it.csv", italian));
        assertThat(b.toCsv()).isEqualTo(a.toCsv());
    }

    /** Turns a comma-separated line (whose amounts now have decimal commas) into a ;-separated one. */
    private static String toSemicolons(String line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean decimalComma = c == ',' && i > 0 && Character.isDigit(line.charAt(i - 1)) && i + 3 <= line.length()
                    && Character.isDigit(line.charAt(i + 1)) && Character.isDigit(line.charAt(i + 2))
                    && (i + 3 == line.length() || line.charAt(i + 3) == ',');
            sb.append(c == ',' && !decimalComma ? ';' : c);
        }
        return sb.toString();
    }

    @Test
    void whatIfComparesTwoPlansUnitByUnit() {
        RipartoPlan a = MonteOrfano2025.plan();
        RipartoScenario other = MonteOrfano2025.scenario().withSetAsides(Rate.ofPercent(2), Rate.ofPercent(8), Rate.ofPercent(2));
        RipartoPlan b = AmbitoRiparto.compute(other, MonteOrfano2025.units());
        PlanComparison c = PlanComparison.of(a, b);
        // reserve 2% instead of 5%: 12,672.92 more to distribute (21,121.53 − 8,448.61)
        assertThat(c.lines().get(0).difference()).isEqualTo(Euro.parse("-12672.92"));
        long sum = c.units().stream().mapToLong(u -> u.difference().cents()).sum();
        assertThat(sum + b.returnedToReserve().minus(a.returnedToReserve()).cents()).isEqualTo(1267292);
        assertThat(c.units()).hasSize(27);
        assertThat(c.toMarkdown(java.util.Locale.ITALIAN)).contains("| U01 |");
        assertThat(c.toCsv()).startsWith("unit_id,name,amount_a,amount_b,difference,status_a,status_b\n");
    }
}
