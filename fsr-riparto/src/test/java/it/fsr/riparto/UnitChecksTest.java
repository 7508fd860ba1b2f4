package it.fsr.riparto;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each check of a service unit before the riparto (Avviso FSR 2025 §2, DGR XII/4793/2025), alone: every amount that
 * must not be negative, each named at its own field; investments within the costs; a CRD's cost parts; the resident
 * days' bounds; the activity's dates; an indicator of another type, computed, negative or not yes/no.
 */
class UnitChecksTest {
    static final Map<Area, Euro> SPLIT = Map.of(Area.MINORI, Euro.ofEuros(500), Area.ANZIANI, Euro.ofEuros(300), Area.DISABILI, Euro.ofEuros(200));

    private static ServiceUnit.Builder affido() {
        return ServiceUnit.builder("A", ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("CA").costs(Euro.ofEuros(1000))
                .eligibleSpend(Euro.ofEuros(1000));
    }

    private static List<String> fields(ServiceUnit... units) {
        RipartoScenario s = RipartoScenario.of("Test", 2025, Euro.ofEuros(1000)).withPreviousAreaSplit(SPLIT)
                .withIndicatorWeights(ServiceType.CAG, Map.of(Indicator.ACTIVITY_HOURS, Rate.ofPercent(100)));
        try {
            AmbitoRiparto.compute(s, List.of(units));
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Test
    void eachAmountThatMustNotBeNegativeAtItsField() {
        Map<String, UnaryOperator<ServiceUnit.Builder>> negative = Map.of(
                "costs", b -> b.costs(Euro.ofEuros(-1)),
                "investments", b -> b.investments(Euro.ofEuros(-1)),
                "revenues", b -> b.revenues(Euro.ofEuros(-1)),
                "eligibleSpend", b -> b.eligibleSpend(Euro.ofEuros(-1)),
                "personnelCost", b -> b.personnelCost(Euro.ofEuros(-1)),
                "complementaryCost", b -> b.complementaryCost(Euro.ofEuros(-1)),
                "complementaryOnlyCost", b -> b.complementaryOnlyCost(Euro.ofEuros(-1)),
                "userPayments", b -> b.userPayments(Euro.ofEuros(-1)),
                "otherRevenues", b -> b.otherRevenues(Euro.ofEuros(-1)),
                "generalCost", b -> b.generalCost(Euro.ofEuros(-1)));
        negative.forEach((field, set) -> assertThat(fields(set.apply(affido()).build())).as(field).contains("units[A]." + field));
        assertThat(fields(affido().build())).isEmpty();
    }

    @Test
    void theOtherChecksOfAUnit() {
        assertThat(fields(affido().investments(Euro.ofEuros(1001)).build())).containsExactly("units[A].investments");
        assertThat(fields(affido().investments(Euro.ofEuros(1000)).build())).isEmpty();
        // a CRD: personnel and general costs within the costs net of investments
        ServiceUnit.Builder crd = ServiceUnit.builder("C", ServiceType.CRD).authorised(true).seatedInAmbito(true).cudes("CC").costs(Euro.ofEuros(1000))
                .investments(Euro.ofEuros(100)).personnelCost(Euro.ofEuros(800)).generalCost(Euro.ofEuros(100));
        assertThat(fields(crd.build())).doesNotContain("units[C].generalCost");
        assertThat(fields(crd.generalCost(Euro.ofEuros(101)).build())).contains("units[C].generalCost");
        assertThat(fields(affido().residentDays(-1).build())).contains("units[A].residentDays");
        assertThat(fields(affido().residentDays(366L * 100_000).build())).doesNotContain("units[A].residentDays");
        assertThat(fields(affido().residentDays(366L * 100_000 + 1).build())).contains("units[A].residentDays");
        assertThat(fields(affido().activityStart(LocalDate.of(2025, 3, 1)).activityEnd(LocalDate.of(2025, 2, 28)).build()))
                .contains("units[A].activityEnd");
        assertThat(fields(affido().activityStart(LocalDate.of(2025, 3, 1)).activityEnd(LocalDate.of(2025, 3, 1)).build())).isEmpty();
        // two units with one CUDES
        assertThat(fields(affido().build(), ServiceUnit.builder("B", ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("CA")
                .costs(Euro.ofEuros(10)).eligibleSpend(Euro.ofEuros(10)).build())).containsExactly("units[B].cudes");
    }

    @Test
    void anIndicatorOfItsTypeGivenAsTheActAsks() {
        ServiceUnit.Builder cag = ServiceUnit.builder("G", ServiceType.CAG).authorised(true).seatedInAmbito(true).cudes("CG").costs(Euro.ofEuros(1000))
                .indicator(Indicator.ACTIVITY_HOURS, 100);
        assertThat(fields(cag.build())).isEmpty();
        assertThat(fields(cag.indicator(Indicator.ACTIVITY_HOURS, -1).build())).containsExactly("units[G].indicators[ACTIVITY_HOURS]");
        ServiceUnit.Builder other = ServiceUnit.builder("G", ServiceType.CAG).authorised(true).seatedInAmbito(true).cudes("CG").costs(Euro.ofEuros(1000))
                .indicator(Indicator.ACTIVITY_HOURS, 100).indicator(Indicator.CANTEEN, true);
        assertThat(fields(other.build())).containsExactly("units[G].indicators[CANTEEN]");
        ServiceUnit.Builder yesNo = ServiceUnit.builder("G", ServiceType.CAG).authorised(true).seatedInAmbito(true).cudes("CG").costs(Euro.ofEuros(1000))
                .indicator(Indicator.ACTIVITY_HOURS, 100).indicator(Indicator.EVENING_OPENING, 2);
        assertThat(fields(yesNo.build())).containsExactly("units[G].indicators[EVENING_OPENING]");
        assertThat(fields(ServiceUnit.builder("G", ServiceType.CAG).authorised(true).seatedInAmbito(true).cudes("CG").costs(Euro.ofEuros(1000))
                .indicator(Indicator.ACTIVITY_HOURS, 100).indicator(Indicator.EVENING_OPENING, 1).build())).isEmpty();
        assertThat(fields(ServiceUnit.builder("G", ServiceType.CAG).authorised(true).seatedInAmbito(true).cudes("CG").costs(Euro.ofEuros(1000))
                .indicator(Indicator.ACTIVITY_HOURS, 100).indicator(Indicator.EVENING_OPENING, 0).build())).isEmpty();
        // the Assembly weighed activity hours: a unit without them is told, never read as 0
        assertThat(fields(ServiceUnit.builder("G", ServiceType.CAG).authorised(true).seatedInAmbito(true).cudes("CG").costs(Euro.ofEuros(1000))
                .build())).containsExactly("units[G].indicators[ACTIVITY_HOURS]");
    }
}
