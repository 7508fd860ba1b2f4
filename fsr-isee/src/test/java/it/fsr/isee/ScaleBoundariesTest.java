package it.fsr.isee;

import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.IseeParameters;
import it.fsr.isee.veneto.FattoreFamigliaParameters;
import it.fsr.isee.veneto.FattoreFamigliaScale;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.Housing;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.WorkStatus;
import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every age band, count and status boundary of both scales, each weight by hand. */
class ScaleBoundariesTest {
    static final LocalDate D = LocalDate.of(2024, 9, 1);

    static BigDecimal ff(Member... m) {
        return FattoreFamigliaScale.of(Household.of("h", D, m)).value();
    }

    static BigDecimal national(Member... m) {
        return it.fsr.isee.testing.NationalOf.scale(Household.of("h", D, m));
    }

    @ParameterizedTest(name = "child aged {0} -> FF {1}")
    @CsvSource({"0,0.7", "5,0.7", "6,0.6", "13,0.6", "14,0.5", "17,0.5", "18,0.5"})
    void childAgeBandsOfAMarriedCoupleOfForty(int age, String weight) {
        // couple 2.0 (head 40: not young); both work: 0.1 × 2 only with a minor child (< 18)
        BigDecimal work = age < 18 ? new BigDecimal("0.2") : BigDecimal.ZERO;
        assertThat(ff(Member.declarant(40, WorkStatus.WORKS), Member.spouse(40, WorkStatus.WORKS), Member.child(age))).isEqualByComparingTo(new BigDecimal("2.0").add(new BigDecimal(weight)).add(work));
    }

    @ParameterizedTest(name = "adult child aged {0}, student {1} -> {2}")
    @CsvSource({"19,true,0.4", "26,true,0.4", "27,true,0.3", "19,false,0.3", "26,false,0.3"})
    void adultChildren(int age, boolean student, String weight) {
        Member c = Member.child(age).withStudent(student);
        assertThat(ff(Member.declarant(60, WorkStatus.WORKS), Member.spouse(60, WorkStatus.WORKS), c)).isEqualByComparingTo(new BigDecimal("2.0").add(new BigDecimal(weight)));
    }

    @Test
    void youngCoupleUnderForty() {
        assertThat(ff(Member.declarant(39, WorkStatus.WORKS), Member.spouse(45, WorkStatus.WORKS))).isEqualByComparingTo("2.4");
        assertThat(ff(Member.declarant(40, WorkStatus.WORKS), Member.spouse(30, WorkStatus.WORKS))).isEqualByComparingTo("2.0");
    }

    @Test
    void twinsUpToTen() {
        assertThat(ff(Member.declarant(40, WorkStatus.WORKS), Member.spouse(40, WorkStatus.WORKS), Member.child(10).inTwinGroup("T"), Member.child(10).inTwinGroup("T"),
                Member.child(10).inTwinGroup("T"))).isEqualByComparingTo("4.6");   // 2 + 3 × 0.6 + 0.2 work + 0.3 × (3 − 1)
        assertThat(ff(Member.declarant(40, WorkStatus.WORKS), Member.spouse(40, WorkStatus.WORKS), Member.child(11).inTwinGroup("T"), Member.child(11).inTwinGroup("T")))
                .isEqualByComparingTo("3.4");                                       // 2 + 2 × 0.6 + 0.2, no twin weight
    }

    @Test
    void workStatusOfParents() {
        Member kid = Member.child(8);
        assertThat(ff(Member.declarant(45, WorkStatus.WORKS).withWork(WorkStatus.UNEMPLOYED), Member.spouse(45, WorkStatus.WORKS).withWork(WorkStatus.UNEMPLOYED), kid))
                .isEqualByComparingTo("3.0");                                       // 2 + 0.6 + 0.2 × 2
        assertThat(ff(Member.declarant(45, WorkStatus.WORKS).withWork(WorkStatus.WORKS), Member.spouse(45, WorkStatus.WORKS).withWork(WorkStatus.UNEMPLOYED), kid))
                .isEqualByComparingTo("2.9");                                       // per spouse: 0.1 + 0.2, between 2.8 and 3.0
        assertThat(ff(Member.declarant(45, WorkStatus.WORKS).withWork(WorkStatus.NOT_WORKING), Member.spouse(45, WorkStatus.WORKS).withWork(WorkStatus.NOT_WORKING), kid))
                .isEqualByComparingTo("2.6");
        assertThat(ff(Member.declarant(45, WorkStatus.WORKS).withWork(WorkStatus.UNEMPLOYED), kid)).isEqualByComparingTo("3.0");   // 1 + 0.6 + 0.4 + 0.6 + 0.4
        assertThat(ff(Member.declarant(45, WorkStatus.WORKS).withWork(WorkStatus.UNEMPLOYED), Member.child(20).withStudent(false)))
                .isEqualByComparingTo("1.9");                                       // 1 + 0.6 + adult child 0.3
    }

    @Test
    void theLiteralReadingOfTheWorkRowsIsAParameter() {
        // "scala x ogni coniuge" read literally: only both-work and both-unemployed rows; a mixed couple gets nothing
        var literal = FattoreFamigliaParameters.defaults().withOverlay("lettura.csv", new java.io.StringReader(
                "name,value,valid_from,valid_until,source\nff.work.perSpouse,no,2020-05-28,,lettura letterale\n"));
        Household mixed = Household.of("h", D, Member.declarant(45, WorkStatus.WORKS), Member.spouse(45, WorkStatus.UNEMPLOYED), Member.child(8));
        assertThat(FattoreFamigliaScale.of(mixed, literal).value()).isEqualByComparingTo("2.6");
        assertThat(FattoreFamigliaScale.of(mixed).value()).isEqualByComparingTo("2.9");
    }

    @Test
    void aSingleParentKeepsItsRowsWithAGrandmotherAtHome() {
        // settled reading: the grandmother adds 0.3 and removes nothing. Head + child 8: 1.0 + 0.6 + 0.4 + 0.6 + 0.2 (works) = 2.8;
        // with the grandmother 3.1 (the first reading dropped the single-parent rows: 2.1, lower than without her)
        assertThat(ff(Member.declarant(40, WorkStatus.WORKS), Member.child(8))).isEqualByComparingTo("2.8");
        assertThat(ff(Member.declarant(40, WorkStatus.WORKS), Member.child(8), Member.of(Relationship.OTHER, 70))).isEqualByComparingTo("3.1");
    }

    @Test
    void aMinorWhoIsNotTheHeadsChildWeighsAsAChild() {
        // grandparents with a grandchild of 4 in their care (or a minor in affido, DPCM 159/2013 art. 3): the child row 0.7,
        // never the additional adult's 0.3. Couple 2.0 + 0.7; no work rows (no minor child of the head)
        assertThat(ff(Member.declarant(62, WorkStatus.WORKS), Member.spouse(60, WorkStatus.NOT_WORKING), Member.of(Relationship.OTHER, 4)))
                .isEqualByComparingTo("2.7");
        assertThat(ff(Member.declarant(62, WorkStatus.WORKS), Member.spouse(60, WorkStatus.NOT_WORKING), Member.of(Relationship.OTHER, 18)))
                .isEqualByComparingTo("2.3");                                       // an adult other member: 0.3
    }

    @Test
    void disabilityOfAdultsAndMinors() {
        assertThat(ff(Member.declarant(50, WorkStatus.WORKS).withDisability(Disability.MEDIUM))).isEqualByComparingTo("2.1");
        assertThat(ff(Member.declarant(50, WorkStatus.WORKS).withDisability(Disability.SEVERE))).isEqualByComparingTo("2.45");
        assertThat(ff(Member.declarant(40, WorkStatus.WORKS), Member.spouse(40, WorkStatus.WORKS), Member.child(17).withDisability(Disability.MEDIUM)))
                .isEqualByComparingTo("3.4");                                       // 2 + 0.5 + 0.2 work + 0.5 + 0.2 minor
        assertThat(ff(Member.declarant(40, WorkStatus.WORKS), Member.spouse(40, WorkStatus.WORKS), Member.child(18).withDisability(Disability.MEDIUM)))
                .isEqualByComparingTo("3.0");                                       // 2 + 0.5 + 0.5, no minor
    }

    @Test
    void housingWeights() {
        for (Housing h : List.of(Housing.ROOFLESS, Housing.HOUSELESS)) {
            assertThat(FattoreFamigliaScale.of(Household.of("h", List.of(Member.declarant(30, WorkStatus.WORKS)), false, h, D)).value()).isEqualByComparingTo("2.2");
        }
        for (Housing h : List.of(Housing.INSECURE, Housing.INADEQUATE)) {
            assertThat(FattoreFamigliaScale.of(Household.of("h", List.of(Member.declarant(30, WorkStatus.WORKS)), false, h, D)).value()).isEqualByComparingTo("1.9");
        }
    }

    @Test
    void widowedOnlyWithMinorChildren() {
        // widowed single parent with a child of 10: 1 + 0.6 + 0.4 + 0.2 + 0.6 + 0.2 (works) = 3.0
        assertThat(FattoreFamigliaScale.of(Household.of("w", List.of(Member.declarant(50, WorkStatus.WORKS), Member.child(10)), true, Housing.NORMAL, D))
                .value()).isEqualByComparingTo("3.0");
        // the flag where it cannot apply is an error, not silently ignored
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Household.of("w", List.of(Member.declarant(50, WorkStatus.WORKS),
                Member.child(20).withStudent(false)), true, Housing.NORMAL, D))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("household[w].widowed = yes: applies only to a single parent (no partner) with minor children");
    }

    @ParameterizedTest(name = "{0} members -> {1}")
    @CsvSource({"1,1.00", "2,1.57", "3,2.24", "4,2.66", "5,3.25", "6,3.75", "7,4.25"})
    void nationalScaleByHouseholdSize(int size, String expected) {
        // head + partner, both working, then children aged 5+: +0.2 working parents from the first child; +0.2/0.35/0.5 with 3/4/5 children
        Member[] m = new Member[size];
        m[0] = Member.declarant(45, WorkStatus.WORKS);
        if (size > 1) {
            m[1] = Member.spouse(44, WorkStatus.WORKS);
        }
        for (int i = 2; i < size; i++) {
            m[i] = Member.child(5 + i);
        }
        assertThat(national(m)).isEqualByComparingTo(expected);
    }

    @Test
    void nationalMaggiorazioni() {
        assertThat(national(Member.declarant(30, WorkStatus.WORKS), Member.spouse(30, WorkStatus.WORKS), Member.child(2))).isEqualByComparingTo("2.34");       // child < 3
        assertThat(national(Member.declarant(30, WorkStatus.WORKS), Member.spouse(30, WorkStatus.WORKS).withWork(WorkStatus.UNEMPLOYED), Member.child(2))).isEqualByComparingTo("2.04");
        assertThat(national(Member.declarant(30, WorkStatus.WORKS).withWork(WorkStatus.NOT_WORKING), Member.child(3))).isEqualByComparingTo("1.77"); // (c)
        assertThat(national(Member.declarant(30, WorkStatus.WORKS).withWork(WorkStatus.NOT_WORKING), Member.child(3), Member.of(Relationship.OTHER, 60)))
                .isEqualByComparingTo("2.04");                                      // not only parent and minors
        assertThat(national(Member.declarant(30, WorkStatus.WORKS), Member.child(19).withStudent(false))).isEqualByComparingTo("1.57");                          // no minor
    }

    @Test
    void incomeAndAssetsAllowancesGrowWithChildren() {
        java.util.List<DsuMember> four = java.util.List.of(DsuMember.of("a", Relationship.DECLARANT, 45, Disability.NONE, true)
                .withEmployeeIncome(Euro.ofEuros(10000)), DsuMember.of("b", Relationship.SPOUSE, 44, Disability.NONE, true),
                DsuMember.of("c", Relationship.CHILD, 3, Disability.NONE, false), DsuMember.of("d", Relationship.CHILD, 5, Disability.NONE, false),
                DsuMember.of("e", Relationship.CHILD, 7, Disability.NONE, false), DsuMember.of("f", Relationship.CHILD, 9, Disability.NONE, false));
        // a rented home or an owned one, never both (art. 4 c. 4 lett. a; art. 5 c. 2): one DSU each
        DsuResult rented = DsuCalculator.compute(Dsu.of("h", D, four).withRent(Euro.ofEuros(9000)), Variant.ORDINARIO, Purpose.ORDINARIO);
        DsuResult owned = DsuCalculator.compute(Dsu.of("h", D, four).withHome(Euro.ofEuros(60_000), Euro.ZERO), Variant.ORDINARIO, Purpose.ORDINARIO);
        // rent cap 7,000 + 2 × 500 = 8,000; employee 10,000 − 2,000 = 8,000 -> ISR 0; home 60,000 − (52,500 + 2 × 2,500) = 2,500 × 2/3
        assertThat(rented.isr()).isEqualTo(Euro.ZERO);
        assertThat(owned.isp()).isEqualTo(Euro.parse("1666.67"));
        DsuResult p = DsuCalculator.compute(Dsu.of("p", D, java.util.List.of(DsuMember.of("a", Relationship.DECLARANT, 70, Disability.NONE, false)
                .withPensionIncome(Euro.ofEuros(20000)))).withOtherRealEstate(Euro.ofEuros(1000)).withDeposits(Euro.ofEuros(7000), Euro.ZERO),
                Variant.ORDINARIO, Purpose.ORDINARIO);
        // pension 20,000 − min(4,000, 1,000) = 19,000; ISP 1,000 + (7,000 − 6,000) = 2,000; ISE 19,400
        assertThat(p.isr()).isEqualTo(Euro.ofEuros(19000));
        assertThat(p.isp()).isEqualTo(Euro.ofEuros(2000));
        assertThat(p.ise()).isEqualTo(Euro.ofEuros(19400));
        assertThat(p.explanation().toText()).contains("ISEE = ISE / scala di equivalenza: € 19.400,00");
    }
}
