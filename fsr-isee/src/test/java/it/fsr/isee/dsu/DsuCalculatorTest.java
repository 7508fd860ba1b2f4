package it.fsr.isee.dsu;

import it.fsr.isee.Relationship;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Disability;
import it.fsr.isee.IseeAttestation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ISEE from the DSU, member by member: vectors of the decree and published simulations. */
class DsuCalculatorTest {
    static final LocalDate D2025 = LocalDate.of(2025, 6, 10);
    static final LocalDate D2026 = LocalDate.of(2026, 3, 2);

    static Euro e(long euros) {
        return Euro.ofEuros(euros);
    }

    static DsuMember declarant(int age, boolean worked) {
        return DsuMember.of("d", Relationship.DECLARANT, age, Disability.NONE, worked);
    }

    static DsuMember spouse(int age, boolean worked) {
        return DsuMember.of("s", Relationship.SPOUSE, age, Disability.NONE, worked);
    }

    static DsuMember child(String id, int age) {
        return DsuMember.of(id, Relationship.CHILD, age, Disability.NONE, false);
    }

    /**
     * The deduction is per earner (https://pmi.it/impresa/contabilita-e-fisco/esperto/375546/franchigia-sui-redditi-isee.html).
     * University of Turin's published simulation: a couple earning €15,000 each as employees, renting,
     * €23,000 in deposits, two children (one a minor), both working: ISR 17,000, ISP 13,000, ISE 19,600,
     * scale 2.66, ISEE 7,368.42. Capping the €3,000 deduction once per household would give 8,496.24.
     */
    @Test
    void turinCoupleOfEarnersGetsTheDeductionPerEarner() {
        Dsu dsu = Dsu.of("to", D2025, List.of(declarant(45, true).withEmployeeIncome(e(15000)),
                        spouse(43, true).withEmployeeIncome(e(15000)), child("c1", 12), child("c2", 20)))
                .withRent(e(8400)).withDeposits(e(23000), e(21000));
        DsuResult r = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(r.isr()).isEqualTo(e(17000));
        assertThat(r.isp()).isEqualTo(e(13000));
        assertThat(r.ise()).isEqualTo(e(19600));
        assertThat(r.scale()).isEqualByComparingTo("2.66");
        assertThat(r.isee()).isEqualTo(Euro.parse("7368.42"));
        assertThat(r.iseeFinal()).isEqualTo(r.isee());
        assertThat(r.members()).extracting(MemberLine::employeeDeduction).map(BigDecimal::stripTrailingZeros)
                .containsExactly(new BigDecimal("3E+3"), new BigDecimal("3E+3"), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(r.toAttestation().isee()).isEqualTo(Euro.parse("7368.42"));
        assertThat(r.explanation().toText(Locale.ITALIAN)).contains("per percettore").contains("DPCM 159/2013 art. 4");
    }

    @Test
    void aPensionerDeductsAtMost1000AndTwoEarnersEachTheirOwn20Percent() {
        Dsu pensioner = Dsu.of("p", D2025, List.of(declarant(75, false).withPensionIncome(e(12000))));
        DsuResult p = DsuCalculator.compute(pensioner, Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(p.members().get(0).pensionDeduction()).isEqualByComparingTo("1000");
        assertThat(p.isr()).isEqualTo(e(11000));
        Dsu earners = Dsu.of("e", D2025, List.of(declarant(40, true).withEmployeeIncome(e(20000)),
                spouse(40, true).withEmployeeIncome(e(10000))));
        DsuResult r = DsuCalculator.compute(earners, Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(r.members()).extracting(l -> l.employeeDeduction().stripTrailingZeros().toPlainString()).containsExactly("3000", "2000");
        assertThat(r.isr()).isEqualTo(e(25000));
    }

    @Test
    void deductionsNeverExceedTheMembersOwnIncome() {
        DsuMember m = declarant(50, true).withEmployeeIncome(e(4000)).withMaintenance(Euro.ZERO, e(3500))
                .withDisabilityExpenses(e(9000));
        MemberLine l = DsuCalculator.compute(Dsu.of("x", D2025, List.of(m)), Variant.ORDINARIO, Purpose.ORDINARIO).members().get(0);
        assertThat(l.maintenancePaid()).isEqualByComparingTo("3500");
        assertThat(l.disabilityExpenses()).isEqualByComparingTo("500");
        assertThat(l.employeeDeduction()).isEqualByComparingTo("0");
        assertThat(l.net()).isEqualByComparingTo("0");
        // the other member's income is not reduced by this member's excess deductions
        Dsu dsu = Dsu.of("x", D2025, List.of(m, spouse(50, true).withEmployeeIncome(e(10000))));
        assertThat(DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO).isr()).isEqualTo(e(8000));
    }

    @Test
    void pensionAndEmployeeDeductionsAreAlternativeTheLargerApplies() {
        DsuMember m = declarant(64, true).withEmployeeIncome(e(6000)).withPensionIncome(e(10000));
        MemberLine l = DsuCalculator.compute(Dsu.of("x", D2025, List.of(m)), Variant.ORDINARIO, Purpose.ORDINARIO).members().get(0);
        assertThat(l.employeeDeduction()).isEqualByComparingTo("1200");
        assertThat(l.pensionDeduction()).isEqualByComparingTo("0");
        assertThat(l.net()).isEqualByComparingTo("14800");
    }

    /** Allegato 2 c. 1 vectors: child ISE 18,000 alone, beneficiary scale 1.50 → 1,200.00; ISE 17,000 on 2.04 → 0. */
    @Test
    void residenzeAddsAComponenteAggiuntivaPerChildOutsideTheNucleus() {
        Dsu dsu = Dsu.of("rsa", D2025, List.of(DsuMember.of("b", Relationship.DECLARANT, 86, Disability.NOT_SELF_SUFFICIENT, false)
                        .withPensionIncome(e(14000)).withBeneficiary(true)))
                .withOutside(List.of(new OutsidePerson("f1", e(18000), BigDecimal.ONE, OutsidePerson.Exemption.NONE),
                        new OutsidePerson("f2", e(17000), new BigDecimal("2.04"), OutsidePerson.Exemption.NONE),
                        new OutsidePerson("f3", e(90000), BigDecimal.ONE, OutsidePerson.Exemption.DISABILITY)))
                .withDonations(e(30000));
        DsuResult r = DsuCalculator.compute(dsu, Variant.RESIDENZE, Purpose.ORDINARIO);
        assertThat(r.scale()).isEqualByComparingTo("1.5");
        assertThat(r.componenteAggiuntiva()).isEqualTo(e(1200));
        assertThat(r.isp()).isEqualTo(e(30000));
        assertThat(r.isr()).isEqualTo(e(13000));
        assertThat(r.isee()).isEqualTo(Euro.parse("12666.67"));
        assertThat(r.iseeFinal()).isEqualTo(Euro.parse("13866.67"));
        assertThat(r.explanation().toText(Locale.ITALIAN)).contains("esonero per disabilità");
        assertThat(r.toAttestation().ise()).isEmpty();
        // in the ordinary ISEE the donation does not count and is said not to
        DsuResult ord = DsuCalculator.compute(dsu.withOutside(List.of()), Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(ord.isp()).isEqualTo(Euro.ZERO);
        assertThat(ord.explanation().toText(Locale.ITALIAN)).contains("contano solo nell'ISEE per prestazioni residenziali");
    }

    @Test
    void minorenniAttractsTheNonCohabitingParentOrAddsAComponenteOrIgnoresHim() {
        DsuMember mother = declarant(35, true).withEmployeeIncome(e(18000));
        DsuMember kid = child("k", 5);
        DsuMember father = DsuMember.of("g", Relationship.NON_COHABITING_PARENT, 38, Disability.NONE, true).withEmployeeIncome(e(30000));
        Dsu attracted = Dsu.of("m", D2025, List.of(mother, kid, father.withGncCase(GncCase.ATTRACTED)));
        DsuResult a = DsuCalculator.compute(attracted, Variant.MINORENNI, Purpose.ORDINARIO);
        assertThat(a.nucleus()).containsExactly("d", "k", "g");
        assertThat(a.isr()).isEqualTo(e(15000 + 27000));
        assertThat(a.scale()).isEqualByComparingTo("2.24");
        Dsu ignored = Dsu.of("m", D2025, List.of(mother, kid, father.withGncCase(GncCase.ESTRANGED)));
        DsuResult i = DsuCalculator.compute(ignored, Variant.MINORENNI, Purpose.ORDINARIO);
        assertThat(i.nucleus()).containsExactly("d", "k");
        assertThat(i.isr()).isEqualTo(e(15000));
        assertThat(i.scale()).isEqualByComparingTo("1.77");
        Dsu married = Dsu.of("m", D2025, List.of(mother, kid, father.withGncCase(GncCase.MARRIED_OTHER)))
                .withOutside(List.of(new OutsidePerson("g", e(40000), new BigDecimal("2.04"), OutsidePerson.Exemption.NONE)));
        DsuResult c = DsuCalculator.compute(married, Variant.MINORENNI, Purpose.ORDINARIO);
        // 40,000 / 2.04 = 19,607.84…; − 9,000 = 10,607.84…; × 0.2 / 1.77 = 1,198.63
        assertThat(c.componenteAggiuntiva()).isEqualTo(Euro.parse("1198.63"));
        assertThat(c.iseeFinal()).isEqualTo(c.isee().plus(Euro.parse("1198.63")));
    }

    /** L. 199/2025 c. 208: three children → home franchigia 91,500 + 2 × 2,500 = 96,500; maggiorazione 0.25. */
    @Test
    void family2026IseeRaisesTheHomeFranchigiaAndTheChildrenIncrements() {
        Dsu dsu = Dsu.of("f", D2026, List.of(declarant(40, true).withEmployeeIncome(e(30000)), spouse(40, true),
                        child("a", 2), child("b", 6), child("c", 9)))
                .withHome(e(150000), Euro.ZERO).withCapoluogoMetropolitano(false);
        DsuResult ord = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO);
        DsuResult fam = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.FAMIGLIA_2026);
        assertThat(ord.isp()).isEqualTo(Euro.parse("63333.33"));
        assertThat(fam.isp()).isEqualTo(Euro.parse("35666.67"));
        assertThat(ord.scale()).isEqualByComparingTo("3.35");
        assertThat(fam.scale()).isEqualByComparingTo("3.40");
        DsuResult metro = DsuCalculator.compute(dsu.withCapoluogoMetropolitano(true), Variant.ORDINARIO, Purpose.FAMIGLIA_2026);
        assertThat(metro.isp()).isEqualTo(Euro.parse("16666.67"));
        Dsu two = Dsu.of("f2", D2026, List.of(declarant(40, false), child("a", 12), child("b", 14))).withCapoluogoMetropolitano(false);
        assertThat(DsuCalculator.compute(two, Variant.ORDINARIO, Purpose.FAMIGLIA_2026).scale()).isEqualByComparingTo("2.34");
        assertThat(DsuCalculator.compute(two, Variant.ORDINARIO, Purpose.ORDINARIO).scale()).isEqualByComparingTo("2.24");
    }

    @Test
    void bonusNidoNeutralisesTheAssegnoUnico() {
        Dsu dsu = Dsu.of("n", D2025, List.of(declarant(30, true).withEmployeeIncome(e(20000)), spouse(30, true), child("a", 1)))
                .withAssegnoUnico(e(2400));
        DsuResult r = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.BONUS_NIDO);
        // ISR 17,000 (the AUU would be among public benefits); scale 2.04 + 0.3 = 2.34; 17,000/2.34 = 7,264.96; AUU/2.34 = 1,025.64
        assertThat(r.isee()).isEqualTo(Euro.parse("7264.96"));
        assertThat(r.assegnoUnicoNeutralised()).isEqualTo(Euro.parse("1025.64"));
        assertThat(r.iseeFinal()).isEqualTo(Euro.parse("6239.32"));
    }

    @Test
    void aFigurativeIncomeIsComputedWithTheDatedRateOrTakenAsPrinted() {
        Dsu dsu = Dsu.of("fig", D2025, List.of(declarant(60, false))).withFinancial(e(20000), Euro.ZERO);
        assertThatThrownBy(() -> DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO))
                .isInstanceOf(ValidationException.class).hasMessageContaining("figurative_income");
        ParameterSet p = DsuParameters.defaults().withOverlay("prova.csv", new java.io.StringReader(
                "name,value,valid_from,valid_until,source\nisee.isr.figurativeRate,2.5%,2025-01-01,,tasso per le DSU 2025 (esempio di prova)\n"));
        assertThat(DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO, p).isr()).isEqualTo(e(500));
        assertThat(DsuCalculator.compute(dsu.withFigurativeIncome(Euro.parse("312.40")), Variant.ORDINARIO, Purpose.ORDINARIO).isr())
                .isEqualTo(Euro.parse("312.40"));
    }

    @Test
    void sociosanitarioNeedsTheNucleoRistretto() {
        Dsu dsu = Dsu.of("ss", D2025, List.of(DsuMember.of("b", Relationship.DECLARANT, 50, Disability.SEVERE, false).withBeneficiary(true),
                child("c1", 22).withDependent(true), child("c2", 25), DsuMember.of("o", Relationship.OTHER, 80, Disability.NONE, false)));
        assertThatThrownBy(() -> DsuCalculator.compute(dsu, Variant.SOCIOSANITARIO, Purpose.ORDINARIO))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::code)
                        .containsExactly("FSR-DSU-DEPENDENT-REQUIRED", "FSR-DSU-NOT-RISTRETTO"));
        Dsu ok = Dsu.of("ss", D2025, List.of(dsu.members().get(0), dsu.members().get(1), child("c2", 25).withDependent(false)
                .withResidential(false)));
        assertThatThrownBy(() -> DsuCalculator.compute(ok, Variant.SOCIOSANITARIO, Purpose.ORDINARIO))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::field)
                        .containsExactly("member c2: relationship"));
        Dsu ristretto = Dsu.of("ss", D2025, List.of(dsu.members().get(0), dsu.members().get(1)));
        assertThat(DsuCalculator.compute(ristretto, Variant.SOCIOSANITARIO, Purpose.ORDINARIO).scale()).isEqualByComparingTo("2.07");
    }

    @Test
    void badInputIsToldAllAtOnceWithCodes() {
        Dsu dsu = Dsu.of("bad", D2025, List.of(spouse(40, true).withEmployeeIncome(Euro.parse("-1")),
                        DsuMember.of("g", Relationship.NON_COHABITING_PARENT, 40, Disability.NONE, true), child("k", 3).withGncCase(GncCase.ESTRANGED)))
                .withRent(Euro.parse("-5"))
                .withOutside(List.of(new OutsidePerson("x", e(1), new BigDecimal("0.5"), OutsidePerson.Exemption.NONE)));
        assertThatThrownBy(() -> DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.BONUS_NIDO))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::code)
                        // a non-cohabiting parent may appear in the ordinary ISEE (single-parent check, all. 1 b): his case is required
                        .containsExactly("FSR-DSU-DECLARANT", "FSR-NEGATIVE", "FSR-DSU-GNC-CASE-REQUIRED", "FSR-DSU-GNC-CASE-MISPLACED",
                                "FSR-NEGATIVE", "FSR-DSU-AUU-REQUIRED", "FSR-DSU-OUTSIDE-VARIANT", "FSR-SCALE-MIN"));
        Dsu fam = Dsu.of("f", D2025, List.of(declarant(30, true)));
        assertThatThrownBy(() -> DsuCalculator.compute(fam, Variant.ORDINARIO, Purpose.FAMIGLIA_2026))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::code)
                        .containsExactly("FSR-DSU-FAMILY-DATE", "FSR-DSU-CAPOLUOGO-REQUIRED"));
        Dsu gnc = Dsu.of("g", D2025, List.of(declarant(30, true), child("k", 2),
                DsuMember.of("g", Relationship.NON_COHABITING_PARENT, 40, Disability.NONE, true).withGncCase(GncCase.CHILDREN_OTHER)));
        assertThatThrownBy(() -> DsuCalculator.compute(gnc, Variant.MINORENNI, Purpose.ORDINARIO))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::code)
                        .containsExactly("FSR-DSU-GNC-SITUATION"));
    }

    @Test
    void aMortgageAboveTheHomeIsAllowedAndSaid() {
        Dsu dsu = Dsu.of("m", D2025, List.of(declarant(40, true))).withHome(e(80000), e(95000)).withOtherRealEstate(e(10000));
        DsuResult r = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(r.isp()).isEqualTo(e(10000));
        assertThat(r.explanation().toText(Locale.ITALIAN)).contains("la casa conta zero");
    }

    @Test
    void theResultFeedsTheAttestationPathOfTheFattoreFamiglia() {
        Dsu dsu = Dsu.of("to", D2025, List.of(declarant(45, true).withEmployeeIncome(e(15000)),
                spouse(43, true).withEmployeeIncome(e(15000)), child("c1", 12), child("c2", 20))).withRent(e(8400))
                .withDeposits(e(23000), e(21000));
        IseeAttestation a = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO).toAttestation();
        assertThat(a.ise()).contains(e(19600));
        assertThat(a.scale()).isEqualByComparingTo("2.66");
    }
}
