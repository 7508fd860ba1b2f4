package it.fsr.isee.dsu;

import static it.fsr.isee.dsu.DsuCalculatorTest.D2025;
import static it.fsr.isee.dsu.DsuCalculatorTest.child;
import static it.fsr.isee.dsu.DsuCalculatorTest.declarant;
import static it.fsr.isee.dsu.DsuCalculatorTest.e;
import static it.fsr.isee.dsu.DsuCalculatorTest.spouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Readings settled for issue 24 item 5: where the Assegno unico leaves the bonus ISEE, and a minor who is not a child of
 * the declarant.
 */
class AssegnoUnicoAndRelationshipReadingsTest {

    /**
     * Circ. INPS 60/2025 (bonus nido): the AUU leaves the ISEE <em>after</em> it is computed, as AUU / scale — its example: ISEE
     * 40,400, scale 2.5, AUU 1,500 → 39,800 (https://unsil.it/bonus-nido-2025-a-chi-spetta-e-chi-puo-ottenere-fino-a-3600-euro).
     * So the AUU is not taken out of the incomes before the deductions and the ISR's floor: here the rent (7,000) exceeds the
     * wages once the 20% deduction is taken, the ISR is 0 and the ISEE is the ISP's only, 2,000 / 2.34 = 854.70; the AUU
     * 2,400 / 2.34 = 1,025.64 exceeds it and the bonus ISEE is 0, never negative. Taking the AUU out before the ISR would have
     * given the same 854.70 (the AUU was never in an ISR at zero) — the reading the circular excludes.
     */
    @Test
    void theAssegnoUnicoLeavesTheIseeAfterItAndTheResultIsNeverBelowZero() {
        Dsu dsu = Dsu.of("n", D2025, List.of(declarant(30, true).withEmployeeIncome(e(6000)), spouse(30, true), child("a", 1)))
                .withRent(e(7000)).withDeposits(e(20000), e(18000)).withAssegnoUnico(e(2400));
        DsuResult r = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.BONUS_NIDO);
        assertThat(r.isr()).isEqualTo(Euro.ZERO);
        assertThat(r.isee()).isEqualTo(Euro.parse("854.70"));
        assertThat(r.assegnoUnicoNeutralised()).isEqualTo(Euro.parse("1025.64"));
        assertThat(r.iseeFinal()).isEqualTo(Euro.ZERO);
        assertThat(r.explanation().toText(Locale.ITALIAN)).contains("circolare INPS 60/2025");
    }

    /**
     * The bonus nuove nascite (L. 207/2024 art. 1 c. 206) is decided on an ISEE without the Assegno unico: a purpose of its own,
     * neutralised as the bonus nido (scelta di fsr: the circular's method), and the DSU must state the AUU.
     */
    @Test
    void theBonusNuoviNatiIsAPurposeWithTheAssegnoUnicoNeutralised() {
        Dsu dsu = Dsu.of("n", D2025, List.of(declarant(30, true).withEmployeeIncome(e(20000)), spouse(30, true), child("a", 0)))
                .withAssegnoUnico(e(2400));
        DsuResult nido = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.BONUS_NIDO);
        DsuResult nascite = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.BONUS_NUOVI_NATI);
        // 17,000 / 2.34 = 7,264.96 − 1,025.64 = 6,239.32 (the ordinary ISEE would be 7,264.96)
        assertThat(nascite.iseeFinal()).isEqualTo(Euro.parse("6239.32")).isEqualTo(nido.iseeFinal());
        assertThat(DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO).iseeFinal()).isEqualTo(Euro.parse("7264.96"));
        assertThat(nascite.explanation().toText(Locale.ITALIAN)).contains("bonus nuove nascite").contains("L. 207/2024 art. 1 c. 206");
        assertThatThrownBy(() -> DsuCalculator.compute(dsu.withAssegnoUnico(null), Variant.ORDINARIO, Purpose.BONUS_NUOVI_NATI))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::code)
                        .containsExactly("FSR-DSU-AUU-REQUIRED"));
    }

    /**
     * Relationships are stated relative to the declarant, and the maggiorazioni of all. 1 read the minor children of the
     * declarant and spouse. A DSU filed by a grandparent lists the grandchildren as "other" and would lose the +0.2 of
     * maggiorazione b) silently (2.46 instead of 2.66 for grandmother, mother and two small children with the mother
     * working): fsr refuses it and asks for the DSU with a parent as declarant (scelta di fsr until a parent link is read).
     */
    @Test
    void aMinorListedAsOtherIsRefusedRatherThanMisread() {
        Dsu byGrandmother = Dsu.of("g", D2025, List.of(
                DsuMember.of("nonna", Relationship.DECLARANT, 66, Disability.NONE, false).withPensionIncome(e(14000)),
                DsuMember.of("mamma", Relationship.CHILD, 36, Disability.NONE, true).withEmployeeIncome(e(18000)).withDependent(false),
                DsuMember.of("n1", Relationship.OTHER, 4, Disability.NONE, false), DsuMember.of("n2", Relationship.OTHER, 7, Disability.NONE, false)));
        assertThatThrownBy(() -> DsuCalculator.compute(byGrandmother, Variant.ORDINARIO, Purpose.ORDINARIO))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::code, Violation::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("FSR-DSU-MINOR-OTHER", "member n1: relationship"),
                                org.assertj.core.groups.Tuple.tuple("FSR-DSU-MINOR-OTHER", "member n2: relationship")));
        Dsu byMother = Dsu.of("g", D2025, List.of(
                DsuMember.of("mamma", Relationship.DECLARANT, 36, Disability.NONE, true).withEmployeeIncome(e(18000)),
                DsuMember.of("nonna", Relationship.OTHER, 66, Disability.NONE, false).withPensionIncome(e(14000)),
                child("n1", 4), child("n2", 7)));
        DsuResult r = DsuCalculator.compute(byMother, Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(r.scale()).isEqualByComparingTo("2.66");
    }
}
