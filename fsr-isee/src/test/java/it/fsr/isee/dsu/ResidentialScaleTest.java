package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A member in residential care (convivenza anagrafica, DPCM 159/2013 all. 1 and the DSU's instructions, quadro A) adds 1
 * to the scale instead of the table's step, once; a nucleus all in care is the table's row; an adult child who is the
 * beneficiary of a sociosanitario ISEE is a nucleus of one from 18 years (art. 6 c. 2), a minor is not.
 */
class ResidentialScaleTest {
    static final LocalDate DATE = LocalDate.of(2025, 9, 1);

    private static DsuResult compute(int members, int inCare) {
        List<DsuMember> list = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            DsuMember m = i == 0 ? DsuMember.of("d", Relationship.DECLARANT, 70, Disability.NONE, true)
                    : DsuMember.of("c" + i, Relationship.CHILD, 30 + i, Disability.NONE, false);
            list.add(m.withResidential(i >= members - inCare).withEmployeeIncome(i == 0 ? Euro.parse("20000.00") : Euro.ZERO));
        }
        return DsuCalculator.compute(Dsu.of("x", DATE, list), Variant.ORDINARIO, Purpose.ORDINARIO);
    }

    @Test
    void aMemberInCareAddsOneInsteadOfTheStep() {
        assertThat(compute(2, 1).scale()).isEqualByComparingTo("2.00");     // 1.00 + 1
        assertThat(compute(3, 1).scale()).isEqualByComparingTo("2.57");     // 1.57 + 1
        assertThat(compute(2, 0).scale()).isEqualByComparingTo("1.57");
        assertThat(compute(2, 2).scale()).isEqualByComparingTo("1.57");     // all in care: the table's row
        assertThat(compute(1, 1).scale()).isEqualByComparingTo("1.00");
    }

    @Test
    void anAdultChildBeneficiaryIsANucleusOfOne() {
        for (int age : new int[] {17, 18, 19}) {
            DsuMember parent = DsuMember.of("d", Relationship.DECLARANT, 70, Disability.NONE, true).withEmployeeIncome(Euro.parse("30000.00"));
            DsuMember child = DsuMember.of("c", Relationship.CHILD, age, Disability.SEVERE, false).withBeneficiary(true);
            DsuResult r = DsuCalculator.compute(Dsu.of("x", DATE, List.of(parent, child)), Variant.SOCIOSANITARIO, Purpose.ORDINARIO);
            if (age >= 18) {
                assertThat(r.nucleus()).as("age %d", age).containsExactly("c");
            } else {
                assertThat(r.nucleus()).as("age %d", age).containsExactly("d", "c");
            }
        }
    }
}
