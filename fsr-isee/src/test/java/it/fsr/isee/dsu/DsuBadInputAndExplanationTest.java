package it.fsr.isee.dsu;

import it.fsr.isee.Relationship;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Disability;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every field of a DSU checked, every line of the explanation present, the codes stable. */
class DsuBadInputAndExplanationTest {
    static final LocalDate D = LocalDate.of(2025, 6, 10);
    static final Euro NEG = Euro.parse("-1");

    @Test
    void everyNegativeAmountIsNamedAsTheUserWroteIt() {
        DsuMember m = new DsuMember("m", Relationship.DECLARANT, 40, Disability.NONE, true, false, true, null, null, NEG, NEG, NEG, NEG, NEG,
                NEG, NEG, NEG);
        Dsu dsu = new Dsu("x", D, List.of(m, DsuMember.of("m", Relationship.CHILD, 131, Disability.NONE, false)), NEG, NEG, NEG, NEG,
                NEG, NEG, NEG, NEG, NEG, null, NEG, NEG,
                List.of(new OutsidePerson("o", NEG, BigDecimal.ONE, OutsidePerson.Exemption.NONE),
                        new OutsidePerson("o", Euro.ZERO, BigDecimal.ONE, OutsidePerson.Exemption.NONE)), NEG);
        assertThatThrownBy(() -> DsuCalculator.compute(dsu, Variant.RESIDENZE, Purpose.BONUS_NIDO)).isInstanceOfSatisfying(
                ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::field).containsExactly(
                        "member m: employee_income", "member m: pension_income", "member m: other_income", "member m: public_benefits",
                        "member m: maintenance_received", "member m: maintenance_paid", "member m: disability_expenses",
                        "member m: agricultural_income", "member_id", "member m: age", "member m: age", "member m: dependent", "rent", "home_value", "home_mortgage",
                        "other_real_estate", "deposits_balance", "deposits_average", "other_financial", "government_bonds", "donations", "asset_increases",
                        "figurative_income", "auu", "outside o: ise", "child_id"));
    }

    @Test
    void outsidePersonsMustBeOutsideAndMatchTheirVariant() {
        Dsu inNucleus = Dsu.of("r", D, List.of(DsuMember.of("b", Relationship.DECLARANT, 80, Disability.NONE, false).withBeneficiary(true)))
                .withOutside(List.of(new OutsidePerson("b", Euro.ZERO, BigDecimal.ONE, OutsidePerson.Exemption.NONE)));
        assertThatThrownBy(() -> DsuCalculator.compute(inNucleus, Variant.RESIDENZE, Purpose.ORDINARIO))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::code)
                        .containsExactly("FSR-DSU-CHILD-IN-NUCLEUS"));
        assertThatThrownBy(() -> DsuCalculator.compute(inNucleus, Variant.MINORENNI, Purpose.ORDINARIO))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::code)
                        .containsExactly("FSR-DSU-OUTSIDE-NOT-GNC"));
        Dsu gncNoCase = Dsu.of("g", D, List.of(DsuMember.of("d", Relationship.DECLARANT, 30, Disability.NONE, true),
                DsuMember.of("g", Relationship.NON_COHABITING_PARENT, 30, Disability.NONE, true)));
        assertThatThrownBy(() -> DsuCalculator.compute(gncNoCase, Variant.UNIVERSITA, Purpose.ORDINARIO))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::code)
                        .containsExactly("FSR-DSU-GNC-CASE-REQUIRED"));
        Dsu twoDeclarants = Dsu.of("t", D, List.of(DsuMember.of("a", Relationship.DECLARANT, 30, Disability.NONE, true),
                DsuMember.of("b", Relationship.DECLARANT, 30, Disability.NONE, true)));
        assertThatThrownBy(() -> DsuCalculator.compute(twoDeclarants, Variant.ORDINARIO, Purpose.ORDINARIO))
                .hasMessageContaining("found 2");
    }

    @Test
    void anAdultChildAt18NeedsItsDependencyInTheNucleoRistrettoAndAChildOf17DoesNot() {
        Dsu at18 = Dsu.of("r", D, List.of(DsuMember.of("b", Relationship.DECLARANT, 50, Disability.SEVERE, false).withBeneficiary(true),
                DsuMember.of("c", Relationship.CHILD, 18, Disability.NONE, false)));
        assertThatThrownBy(() -> DsuCalculator.compute(at18, Variant.SOCIOSANITARIO, Purpose.ORDINARIO)).hasMessageContaining("dependent");
        Dsu at17 = Dsu.of("r", D, List.of(DsuMember.of("b", Relationship.DECLARANT, 50, Disability.SEVERE, false).withBeneficiary(true),
                DsuMember.of("c", Relationship.CHILD, 17, Disability.NONE, false)));
        assertThat(DsuCalculator.compute(at17, Variant.SOCIOSANITARIO, Purpose.ORDINARIO).nucleus()).containsExactly("b", "c");
    }

    @Test
    void theExplanationHasEveryDeductionEveryStepAndItsArticle() {
        DsuMember m = DsuMember.of("a", Relationship.DECLARANT, 50, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(30000))
                .withMaintenance(Euro.ofEuros(1000), Euro.ofEuros(2000)).withDisabilityExpenses(Euro.ofEuros(6000))
                .withOtherIncome(Euro.ofEuros(4000)).withAgriculturalIncome(Euro.ofEuros(3000));
        DsuMember p = DsuMember.of("b", Relationship.SPOUSE, 70, Disability.NONE, false).withPensionIncome(Euro.ofEuros(9000));
        DsuMember g = DsuMember.of("g", Relationship.NON_COHABITING_PARENT, 40, Disability.NONE, true).withGncCase(GncCase.MAINTENANCE_ORDERED);
        Dsu dsu = Dsu.of("e", D, List.of(m, p, DsuMember.of("k", Relationship.CHILD, 8, Disability.NONE, false), g))
                .withRent(Euro.ofEuros(3000)).withOtherRealEstate(Euro.ofEuros(200000)).withDonations(Euro.ofEuros(5000))
                .withFinancial(Euro.ofEuros(5000), Euro.ZERO);
        DsuResult r = DsuCalculator.compute(dsu, Variant.MINORENNI, Purpose.ORDINARIO,
                DsuParameters.defaults().withOverlay("prova.csv", new java.io.StringReader(
                        "name,value,valid_from,valid_until,source\nisee.isr.figurativeRate,2%,2025-01-01,,prova\n")));
        String it = r.explanation().toText(Locale.ITALIAN);
        assertThat(it).contains("Assegni di mantenimento corrisposti").contains("Spese sanitarie e di assistenza")
                .contains("Redditi agrari").contains("per percettore").contains("per componente").contains("Reddito figurativo")
                .contains("Canone di locazione").contains("Anno di riferimento dei redditi").contains("2023")
                .contains("Genitore non convivente g fuori dal nucleo").contains("contano solo nell'ISEE per prestazioni residenziali")
                .contains("DPCM 159/2013 art. 7 c. 1").contains("Finalità: prestazioni sociali agevolate");
        // member a: 30,000 + 1,000 + 4,000 = 35,000 − 2,000 − 5,000 − 3,000 − 3,000 = 22,000; b: 9,000 − 1,000 = 8,000;
        // figurative 5,000 × 2% = 100; rent 3,000 → ISR 27,100
        assertThat(r.isr()).isEqualTo(Euro.ofEuros(27100));
        assertThat(r.figurativeIncome()).isEqualTo(Euro.ofEuros(100));
        assertThat(r.nucleus()).containsExactly("a", "b", "k");
        assertThat(r.members().get(0).disabilityExpenses()).isEqualByComparingTo("5000");
        assertThat(r.explanation().toText(Locale.ENGLISH)).contains("per earner").contains("Reference year");
    }

    @Test
    void aComponenteAggiuntivaIsDueOnlyAboveTheThreshold() {
        var r = IseeRule.Rules.of(DsuParameters.defaults(), D, Purpose.ORDINARIO);
        assertThat(IseeRule.componenteAggiuntiva(900_000, BigDecimal.ONE, BigDecimal.ONE, r)).isZero();
        assertThat(IseeRule.componenteAggiuntiva(900_005, BigDecimal.ONE, BigDecimal.ONE, r)).isEqualTo(1);
    }

    @Test
    void equalEmployeeAndPensionDeductionsTakeTheEmployeeLine() {
        DsuMember m = DsuMember.of("a", Relationship.DECLARANT, 60, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(5000))
                .withPensionIncome(Euro.ofEuros(5000));
        MemberLine l = DsuCalculator.compute(Dsu.of("x", D, List.of(m)), Variant.ORDINARIO, Purpose.ORDINARIO).members().get(0);
        assertThat(l.employeeDeduction()).isEqualByComparingTo("1000");
        assertThat(l.pensionDeduction()).isEqualByComparingTo("0");
    }

    @Test
    void aChildOfThreeDoesNotRaiseTheWorkingParentsMaggiorazioneTo03() {
        Dsu dsu = Dsu.of("s", D, List.of(DsuMember.of("d", Relationship.DECLARANT, 30, Disability.NONE, true),
                DsuMember.of("k", Relationship.CHILD, 3, Disability.NONE, false)));
        assertThat(DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO).scale()).isEqualByComparingTo("1.77");
    }

    @Test
    void codesAreTheOnesTheFilesUse() {
        assertThat(List.of(Variant.values())).extracting(Variant::code)
                .containsExactly("ordinario", "minorenni", "sociosanitario", "residenze", "universita");
        assertThat(List.of(Purpose.values())).extracting(Purpose::code).containsExactly("ordinario", "famiglia-2026", "bonus-nido", "bonus-nuovi-nati");
        assertThat(List.of(Relationship.values())).extracting(Relationship::code)
                .containsExactly("declarant", "spouse", "child", "other", "gnc");
        assertThat(List.of(GncCase.values())).extracting(GncCase::code).containsExactly("attracted", "married_other", "children_other",
                "maintenance_ordered", "excluded", "estranged");
        assertThat(List.of(OutsidePerson.Exemption.values())).extracting(OutsidePerson.Exemption::code)
                .containsExactly("none", "disability", "estrangement");
        assertThat(IseeCorrente.Event.JOB_SUSPENDED_OR_REDUCED.allowsTwoMonths()).isFalse();
        assertThat(IseeCorrente.Event.BENEFITS_INTERRUPTED.allowsTwoMonths()).isTrue();
    }

    @Test
    void theColumnsKeepTheirIdsAndSize() {
        DsuColumns c = new DsuColumns(DsuParameters.defaults(), Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(c.add(Dsu.of("a", D, List.of(DsuMember.of("d", Relationship.DECLARANT, 30, Disability.NONE, true))))).isSameAs(c);
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.id(0)).isEqualTo("a");
        assertThatThrownBy(() -> DsuBatch.run(c, 0)).isInstanceOf(it.fsr.core.validation.ValidationException.class);
    }

    @Test
    void studentAutonomyBoundariesAndBadInput() {
        var p = DsuParameters.defaults();
        assertThat(StudentAutonomy.assess(2, false, java.util.List.of(Euro.ofEuros(6500), Euro.ofEuros(6500)), D, p).explanation().toText(Locale.ITALIAN))
                .contains("Fuori dalla famiglia di origine da almeno 2 anni").contains("almeno pari a");
        assertThat(StudentAutonomy.assess(1, true, java.util.List.of(Euro.ofEuros(100)), D, p).explanation().toText(Locale.ITALIAN))
                .contains("Non fuori dalla famiglia").contains("non almeno pari a").contains("fa parte del nucleo dei genitori");
        assertThatThrownBy(() -> StudentAutonomy.assess(-1, false, java.util.List.of(Euro.parse("-1")), D, p)).isInstanceOfSatisfying(
                ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::field)
                        .containsExactly("years_out_of_family_home", "own_income[0]"));
    }

    @Test
    void theCorrenteChecksItsMembersAndPeriodAndExplainsTheEvents() {
        Dsu dsu = IseeCorrenteTest.couple();
        IseeCorrente.Request unknown = new IseeCorrente.Request(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 12, 31),
                Map.of("zz", Set.of(IseeCorrente.Event.JOB_SUSPENDED_OR_REDUCED)), null,
                List.of(DsuMember.of("yy", Relationship.OTHER, 20, Disability.NONE, false)), null);
        assertThatThrownBy(() -> IseeCorrente.compute(dsu, unknown)).isInstanceOfSatisfying(ValidationException.class,
                ex -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("events", "period", "current_members"));
        IseeCorrente.Request nothing = new IseeCorrente.Request(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 12, 31), Map.of(), null,
                List.of(), null);
        assertThatThrownBy(() -> IseeCorrente.compute(dsu, nothing)).hasMessageContaining("current_members");
        DsuMember now = DsuMember.of("s", Relationship.SPOUSE, 43, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(9000));
        IseeCorrente.Request reduced = new IseeCorrente.Request(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 12, 31),
                Map.of("s", Set.of(IseeCorrente.Event.JOB_SUSPENDED_OR_REDUCED)), IseeCorrente.Period.TWELVE_MONTHS, List.of(now), null);
        IseeCorrente.Result r = IseeCorrente.compute(dsu, reduced);
        // ISR 35,000 → 27,000 + 7,200 = 34,200: the event alone allows it (the change is 2.3%)
        assertThat(r.isr()).isEqualTo(Euro.ofEuros(34200));
        assertThat(r.conditions()).containsExactly(IseeCorrente.Condition.EVENT);
        assertThat(r.explanation().toText(Locale.ITALIAN)).contains("Componente s: sospensione o riduzione");
        assertThat(IseeCorrente.changedMoreThan(Euro.ZERO, Euro.ZERO, Rate.ofPercent(25))).isFalse();
        assertThat(IseeCorrente.changedMoreThan(Euro.ZERO, Euro.parse("0.01"), Rate.ofPercent(25))).isTrue();
        assertThat(IseeCorrente.changedMoreThan(Euro.ofEuros(100), Euro.ofEuros(125), Rate.ofPercent(25))).isFalse();
        assertThat(IseeCorrente.changedMoreThan(Euro.ofEuros(100), Euro.parse("125.01"), Rate.ofPercent(25))).isTrue();
    }
}
