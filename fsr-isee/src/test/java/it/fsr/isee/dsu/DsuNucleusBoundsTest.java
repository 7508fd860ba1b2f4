package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The nucleus and its scale at their bounds (DPCM 159/2013 artt. 3, 5, 6, all. 1): the sixth member beyond the table's
 * five rows, the members in residential care, the beneficiary who is a nucleus of their own from 18, the deposits at
 * their balance only when the increases exceed the gap.
 */
class DsuNucleusBoundsTest {
    static final LocalDate DATE = LocalDate.of(2025, 9, 1);

    static DsuMember member(String id, Relationship r, int age) {
        return DsuMember.of(id, r, age, Disability.NONE, true);
    }

    static Dsu household(int size) {
        List<DsuMember> m = new ArrayList<>();
        m.add(member("d", Relationship.DECLARANT, 60));
        for (int i = 1; i < size; i++) {
            m.add(member("o" + i, Relationship.OTHER, 50));
        }
        return Dsu.of("x", DATE, m);
    }

    @Test
    void theTablesRowsAndTheMembersBeyondThem() {
        // all. 1: 1.00, 1.57, 2.04, 2.46, 2.85, then +0.35 a member
        String[] expected = {"1.00", "1.57", "2.04", "2.46", "2.85", "3.20", "3.55"};
        for (int size = 1; size <= 7; size++) {
            DsuResult r = DsuCalculator.compute(household(size), Variant.ORDINARIO, Purpose.ORDINARIO);
            assertThat(r.scale()).as("%d members", size).isEqualByComparingTo(expected[size - 1]);
            assertThat(r.nucleus()).hasSize(size);
        }
    }

    @Test
    void membersInResidentialCare() {
        List<DsuMember> m = new ArrayList<>(household(3).members());
        m.set(1, m.get(1).withResidential(true));
        DsuResult one = DsuCalculator.compute(Dsu.of("x", DATE, m), Variant.ORDINARIO, Purpose.ORDINARIO);
        List<DsuMember> all = new ArrayList<>();
        household(3).members().forEach(x -> all.add(x.withResidential(true)));
        DsuResult every = DsuCalculator.compute(Dsu.of("x", DATE, all), Variant.ORDINARIO, Purpose.ORDINARIO);
        DsuResult none = DsuCalculator.compute(household(3), Variant.ORDINARIO, Purpose.ORDINARIO);
        // one of three in care: the table's row of two plus the care's weight; all of them: the row of three
        assertThat(every.scale()).isEqualByComparingTo(none.scale());
        assertThat(one.scale()).isNotEqualByComparingTo(none.scale());
    }

    @Test
    void aBeneficiaryIsANucleusOfTheirOwnFromEighteen() {
        for (int age : new int[] {17, 18}) {
            List<DsuMember> m = List.of(member("d", Relationship.DECLARANT, 50), member("s", Relationship.SPOUSE, 48),
                    member("c", Relationship.CHILD, age).withBeneficiary(true));
            DsuResult r = DsuCalculator.compute(Dsu.of("x", DATE, m), Variant.SOCIOSANITARIO, Purpose.ORDINARIO);
            if (age == 18) {
                assertThat(r.nucleus()).containsExactly("c");
            } else {
                assertThat(r.nucleus()).contains("d", "s", "c");
            }
        }
        List<DsuMember> other = List.of(member("d", Relationship.DECLARANT, 50), member("z", Relationship.OTHER, 80).withBeneficiary(true));
        assertThat(DsuCalculator.compute(Dsu.of("x", DATE, other), Variant.SOCIOSANITARIO, Purpose.ORDINARIO).nucleus()).containsExactly("z");
    }

    @Test
    void theDepositsAtTheirBalanceOnlyBeyondTheGap() {
        Dsu base = household(1).withDeposits(Euro.parse("10000.00"), Euro.parse("12000.00"));
        assertThat(IseeRuleView.atBalance(base.withAssetIncreases(Euro.parse("2000.00")))).isFalse();
        assertThat(IseeRuleView.atBalance(base.withAssetIncreases(Euro.parse("2000.01")))).isTrue();
        assertThat(IseeRuleView.atBalance(household(1).withDeposits(Euro.parse("12000.00"), Euro.parse("12000.00"))
                .withAssetIncreases(Euro.parse("1.00")))).isFalse();
        assertThat(new BigDecimal("1")).isNotNull();
    }

    /** The rule's own reading of the deposits, through the DSU's explanation. */
    static final class IseeRuleView {
        static boolean atBalance(Dsu d) {
            return DsuExplanationStepsTest.keys(DsuCalculator.compute(d, Variant.ORDINARIO, Purpose.ORDINARIO)).contains("dsu.deposits.atBalance");
        }
    }
}
