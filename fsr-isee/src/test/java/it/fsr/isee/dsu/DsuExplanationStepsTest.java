package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.explain.Step;
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
 * The ISEE's explanation names each step the DSU calls for, and only those (DPCM 159/2013 artt. 4–7, all. 2): each
 * deduction of a member only when it is there, the main home's mortgage above its value, the donations of the
 * residential variant, the deposits at their balance, a componente aggiuntiva computed or exempt, the non-cohabiting
 * parent's treatment, the Assegno Unico neutralised for the purposes that say so.
 */
class DsuExplanationStepsTest {
    static final LocalDate DATE = LocalDate.of(2025, 9, 1);

    static List<String> keys(DsuResult r) {
        List<String> out = new ArrayList<>();
        for (Step s : r.explanation().steps()) {
            collect(s, out);
        }
        return out;
    }

    private static void collect(Step s, List<String> out) {
        out.add(s.label().key());
        for (Step c : s.children()) {
            collect(c, out);
        }
    }

    static DsuMember declarant() {
        return DsuMember.of("d", Relationship.DECLARANT, 45, Disability.NONE, true);
    }

    @Test
    void eachDeductionOnlyWhenThere() {
        DsuResult none = DsuCalculator.compute(Dsu.of("x", DATE, List.of(declarant())), Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(keys(none)).contains("dsu.income").doesNotContain("dsu.ded.maintenance", "dsu.ded.disability", "dsu.ded.agricultural",
                "dsu.ded.employee", "dsu.ded.pension");
        DsuMember all = declarant().withEmployeeIncome(Euro.parse("20000.00")).withPensionIncome(Euro.parse("5000.00"))
                .withMaintenance(Euro.ZERO, Euro.parse("1200.00")).withDisabilityExpenses(Euro.parse("800.00")).withAgriculturalIncome(Euro.parse("300.00"));
        DsuResult every = DsuCalculator.compute(Dsu.of("x", DATE, List.of(all)), Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(keys(every)).contains("dsu.ded.maintenance", "dsu.ded.disability", "dsu.ded.agricultural", "dsu.ded.employee");
        DsuMember pensioner = DsuMember.of("p", Relationship.DECLARANT, 70, Disability.NONE, false).withPensionIncome(Euro.parse("15000.00"));
        assertThat(keys(DsuCalculator.compute(Dsu.of("x", DATE, List.of(pensioner)), Variant.ORDINARIO, Purpose.ORDINARIO)))
                .contains("dsu.ded.pension").doesNotContain("dsu.ded.employee");
        // a cent of each is a deduction
        DsuMember cent = declarant().withEmployeeIncome(Euro.parse("0.01")).withPensionIncome(Euro.parse("0.01"))
                .withMaintenance(Euro.ZERO, Euro.parse("0.01")).withDisabilityExpenses(Euro.parse("0.01")).withAgriculturalIncome(Euro.parse("0.01"));
        assertThat(keys(DsuCalculator.compute(Dsu.of("x", DATE, List.of(cent)), Variant.ORDINARIO, Purpose.ORDINARIO)))
                .contains("dsu.ded.maintenance", "dsu.ded.disability");
    }

    @Test
    void theHomeTheDonationsAndTheDeposits() {
        Dsu base = Dsu.of("x", DATE, List.of(declarant().withBeneficiary(true)));
        assertThat(keys(DsuCalculator.compute(base.withHome(Euro.parse("1000.00"), Euro.parse("1000.01")), Variant.ORDINARIO, Purpose.ORDINARIO)))
                .contains("dsu.home.mortgageAbove");
        assertThat(keys(DsuCalculator.compute(base.withHome(Euro.parse("1000.00"), Euro.parse("1000.00")), Variant.ORDINARIO, Purpose.ORDINARIO)))
                .doesNotContain("dsu.home.mortgageAbove");
        Dsu donations = base.withDonations(Euro.parse("30000.00"));
        assertThat(keys(DsuCalculator.compute(donations, Variant.RESIDENZE, Purpose.ORDINARIO))).contains("dsu.donations");
        assertThat(keys(DsuCalculator.compute(donations, Variant.ORDINARIO, Purpose.ORDINARIO))).contains("dsu.donations.notCounted");
        assertThat(keys(DsuCalculator.compute(base, Variant.ORDINARIO, Purpose.ORDINARIO))).doesNotContain("dsu.donations", "dsu.donations.notCounted");
        // deposits at their balance: increases of the year above the average minus the balance (art. 5 c. 4 lett. a)
        Dsu atBalance = base.withDeposits(Euro.parse("10000.00"), Euro.parse("12000.00")).withAssetIncreases(Euro.parse("2000.01"));
        assertThat(keys(DsuCalculator.compute(atBalance, Variant.ORDINARIO, Purpose.ORDINARIO))).contains("dsu.deposits.atBalance");
        Dsu average = base.withDeposits(Euro.parse("10000.00"), Euro.parse("12000.00")).withAssetIncreases(Euro.parse("1000.00"));
        assertThat(keys(DsuCalculator.compute(average, Variant.ORDINARIO, Purpose.ORDINARIO))).contains("dsu.deposits").doesNotContain("dsu.deposits.atBalance");
    }

    @Test
    void theComponentiAggiuntiveAndTheAssegnoUnico() {
        Dsu rsa = Dsu.of("x", DATE, List.of(DsuMember.of("p", Relationship.DECLARANT, 84, Disability.NOT_SELF_SUFFICIENT, false).withBeneficiary(true)))
                .withOutside(List.of(new OutsidePerson("f1", Euro.parse("31000.00"), new BigDecimal("2.04"), OutsidePerson.Exemption.NONE),
                        new OutsidePerson("f2", Euro.parse("18000.00"), new BigDecimal("1.00"), OutsidePerson.Exemption.DISABILITY)));
        List<String> k = keys(DsuCalculator.compute(rsa, Variant.RESIDENZE, Purpose.ORDINARIO));
        assertThat(k).contains("dsu.ca", "dsu.ca.exempt.DISABILITY");
        Dsu family = Dsu.of("x", DATE, List.of(declarant(), DsuMember.of("c", Relationship.CHILD, 2, Disability.NONE, false)))
                .withAssegnoUnico(Euro.parse("2400.00"));
        assertThat(keys(DsuCalculator.compute(family, Variant.ORDINARIO, Purpose.ORDINARIO))).doesNotContain("dsu.auu").contains("dsu.purpose.ORDINARIO");
        for (Purpose p : Purpose.values()) {
            Dsu d = p == Purpose.FAMIGLIA_2026 ? Dsu.of("x", LocalDate.of(2026, 2, 1), family.members()).withAssegnoUnico(Euro.parse("2400.00"))
                    .withCapoluogoMetropolitano(false) : family;
            List<String> pk = keys(DsuCalculator.compute(d, Variant.ORDINARIO, p));
            assertThat(pk).as(p.name()).contains("dsu.purpose." + p.name());
            assertThat(pk.contains("dsu.auu")).as(p.name()).isEqualTo(p.neutralisesAssegnoUnico());
        }
    }
}
