package it.fsr.isee.values;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleInput;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.HouseholdContributions;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.RescaledIsee;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.veneto.WorkStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Values a vendor can compare (the vendor's review: {@code DsuResult}, {@code Charge}, {@code RescaledIsee} and the
 * nursery decisions were never equal across two identical computations, their explanations comparing by identity;
 * {@code IseeAttestation}, {@code Household} and {@code Schedule} had no {@code equals}). Each is built twice from
 * scratch and compared, with its hash; a changed input makes it differ.
 */
class EqualByValueTest {
    private static void equalTwiceAndDifferent(Supplier<?> twice, Object other) {
        Object a = twice.get();
        Object b = twice.get();
        assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other);
    }

    private static Dsu dsu(long income) {
        return Dsu.of("d", LocalDate.of(2025, 6, 10), List.of(
                DsuMember.of("A", Relationship.DECLARANT, 45, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(income)),
                DsuMember.of("B", Relationship.CHILD, 2, Disability.MEDIUM, false)));
    }

    private static Household household(int age) {
        return Household.of("H", LocalDate.of(2021, 11, 19), Member.declarant(age, WorkStatus.WORKS), Member.child(1).withId("C").attendingNursery());
    }

    private static Schedule schedule(String cost) {
        return ScheduleInput.read("s.properties", "name=S\nunit=ora\ncost=" + cost + "\nisee=ordinario\nsegment.1=0|30000|0|20\n").schedule();
    }

    @Test
    void resultsOfTwoIdenticalComputationsAreEqual() {
        equalTwiceAndDifferent(() -> DsuCalculator.compute(dsu(28_000), Variant.ORDINARIO, Purpose.ORDINARIO),
                DsuCalculator.compute(dsu(28_001), Variant.ORDINARIO, Purpose.ORDINARIO));
        DsuResult r = DsuCalculator.compute(dsu(28_000), Variant.ORDINARIO, Purpose.ORDINARIO);
        equalTwiceAndDifferent(() -> DsuCalculator.compute(dsu(28_000), Variant.ORDINARIO, Purpose.ORDINARIO).explanation(),
                DsuCalculator.compute(dsu(28_001), Variant.ORDINARIO, Purpose.ORDINARIO).explanation());
        Supplier<Charge> charge = () -> schedule("20").charge(new User("u", r.iseeFinal(), null, BigDecimal.TEN));
        equalTwiceAndDifferent(charge, schedule("20").charge(new User("u", r.iseeFinal(), null, BigDecimal.ONE)));
        IseeAttestation a = IseeAttestation.of(Euro.ofEuros(9_000), new BigDecimal("1.57"));
        Supplier<RescaledIsee> rescaled = () -> FattoreFamiglia.rescale(household(35), a);
        equalTwiceAndDifferent(rescaled, FattoreFamiglia.rescale(household(36), IseeAttestation.of(Euro.ofEuros(9_001), new BigDecimal("1.57"))));
        Supplier<HouseholdContributions> decided = () -> NurseryContribution.decide(household(35), rescaled.get(), ServiceYear.parse("2021/22"));
        equalTwiceAndDifferent(decided, NurseryContribution.decide(household(35), rescaled.get(), ServiceYear.parse("2022/23")));
        equalTwiceAndDifferent(() -> decided.get().decisions().get(0),
                NurseryContribution.decide(household(35), rescaled.get(), ServiceYear.parse("2022/23")).decisions().get(0));
    }

    @Test
    void inputsThatAreClassesAreEqualByValue() {
        equalTwiceAndDifferent(() -> household(35), household(36));
        equalTwiceAndDifferent(() -> schedule("20"), schedule("21"));
        equalTwiceAndDifferent(() -> IseeAttestation.of(Euro.ofEuros(9_000), new BigDecimal("1.57"), Euro.parse("14130.00")),
                IseeAttestation.of(Euro.ofEuros(9_000), new BigDecimal("1.57")));
        // a scale is a number: 1.57 and 1.570 are one scale
        assertThat(IseeAttestation.of(Euro.ofEuros(9_000), new BigDecimal("1.570")))
                .isEqualTo(IseeAttestation.of(Euro.ofEuros(9_000), new BigDecimal("1.57")))
                .hasSameHashCodeAs(IseeAttestation.of(Euro.ofEuros(9_000), new BigDecimal("1.57")));
    }
}
