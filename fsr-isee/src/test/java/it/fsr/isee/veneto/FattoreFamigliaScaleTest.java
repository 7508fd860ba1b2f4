package it.fsr.isee.veneto;

import it.fsr.isee.Disability;
import it.fsr.isee.IseeAttestation;
import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed Fattore Famiglia scales (the seed 004 table, fsr's reading in {@link FattoreFamigliaScale})
 * and national scales (DPCM 159/2013 all. 1) for household shapes, each rescaled from the same ISE of
 * €24,000.00.
 */
class FattoreFamigliaScaleTest {
    static final LocalDate DATE = LocalDate.of(2024, 9, 1);
    static final Euro ISE = Euro.ofEuros(24000);

    private static void check(Household h, String ff, String national, String isee, String rescaled) {
        assertThat(FattoreFamigliaScale.of(h).value()).isEqualByComparingTo(ff);
        java.math.BigDecimal n = it.fsr.isee.testing.NationalOf.scale(h);
        assertThat(n).isEqualByComparingTo(national);
        IseeAttestation a = IseeAttestation.of(Euro.parse(isee), n, ISE);
        RescaledIsee r = FattoreFamiglia.rescale(h, a);
        assertThat(r.rescaled()).isEqualTo(Euro.parse(rescaled));
        assertThat(r.rescaled()).isLessThanOrEqualTo(r.nationalIsee());
    }

    @Test
    void single() {
        // first member 1.0 + single 0.6 = 1.6; national 1.00: 24,000 / 1.6 = 15,000.00
        check(Household.of("single", DATE, Member.declarant(30, WorkStatus.WORKS)), "1.6", "1.00", "24000.00", "15000.00");
    }

    @Test
    void singleParentWithTwoChildrenAgedTwoAndSevenWorking() {
        // 1.0 + 0.6 + 0.4 (minors) + 0.7 (2) + 0.6 (7) + 0.2 (works) = 3.5; national 2.04 + 0.3 (child < 3) = 2.34
        check(Household.of("sp", DATE, Member.declarant(35, WorkStatus.WORKS), Member.child(2), Member.child(7)), "3.5", "2.34", "10256.41", "6857.14");
    }

    @Test
    void widowedSingleParentNotWorking() {
        // 1.0 + 0.6 + 0.4 + 0.2 (widowed) + 0.7 (4) + 0.4 (not working) = 3.3; national 1.57 + 0.2 (maggiorazione c) = 1.77
        Household h = Household.of("w", List.of(Member.declarant(40, WorkStatus.WORKS).withWork(WorkStatus.NOT_WORKING), Member.child(4)), true,
                Housing.NORMAL, DATE);
        check(h, "3.3", "1.77", "13559.32", "7272.73");
    }

    @Test
    void coupleWithTwinsAgedFour() {
        // 2.0 + 0.7 + 0.7 + 0.4 (young: head 38) + 0.3 × (2 − 1) twins + 0.1 × 2 (both work) = 4.3; national 2.46 + 0.2 = 2.66
        Household h = Household.of("tw", DATE, Member.declarant(38, WorkStatus.WORKS), Member.spouse(36, WorkStatus.WORKS), Member.child(4).inTwinGroup("A"),
                Member.child(4).inTwinGroup("A"));
        check(h, "4.3", "2.66", "9022.56", "5581.40");
    }

    @Test
    void youngCouple() {
        // 2.0 + 0.4 = 2.4; national 1.57
        check(Household.of("yc", DATE, Member.declarant(30, WorkStatus.WORKS), Member.spouse(28, WorkStatus.WORKS)), "2.4", "1.57", "15286.62", "10000.00");
    }

    @Test
    void aMemberNotSelfSufficient() {
        // 2.0 + 1.2 = 3.2; national 1.57 + 0.5 (D.L. 42/2016) = 2.07
        Household h = Household.of("nss", DATE, Member.declarant(70, WorkStatus.WORKS).withWork(WorkStatus.NOT_WORKING),
                Member.spouse(68, WorkStatus.WORKS).withWork(WorkStatus.NOT_WORKING).withDisability(Disability.NOT_SELF_SUFFICIENT));
        check(h, "3.2", "2.07", "11594.20", "7500.00");
    }

    @Test
    void aDisabledMinor() {
        // 2.0 + 0.6 (10) + 0.85 (severe) + 0.2 (minor) + 0.2 (both work) = 3.85; national 2.04 + 0.2 + 0.5 = 2.74
        Household h = Household.of("dm", DATE, Member.declarant(45, WorkStatus.WORKS), Member.spouse(43, WorkStatus.WORKS), Member.child(10).withDisability(Disability.SEVERE));
        check(h, "3.85", "2.74", "8759.12", "6233.77");
    }

    @Test
    void aHouseholdRoofless() {
        // 1.0 + 0.6 + 0.6 (roofless) = 2.2; national 1.00
        Household h = Household.of("rl", List.of(Member.declarant(50, WorkStatus.WORKS).withWork(WorkStatus.UNEMPLOYED)), false, Housing.ROOFLESS, DATE);
        check(h, "2.2", "1.00", "24000.00", "10909.09");
    }

    @Test
    void theInMeliusCapBitesWhenTheNationalScaleIsKinder() {
        // couple + three adult children not studying: 2.0 + 3 × 0.3 = 2.9 < national 2.85 + 0.2 (three children) = 3.05
        Household h = Household.of("adults", DATE, Member.declarant(60, WorkStatus.WORKS), Member.spouse(58, WorkStatus.WORKS), Member.child(30), Member.child(28), Member.child(27));
        assertThat(FattoreFamigliaScale.of(h).value()).isEqualByComparingTo("2.9");
        RescaledIsee r = FattoreFamiglia.rescale(h, IseeAttestation.of(Euro.parse("7868.85"), new BigDecimal("3.05"), ISE));
        assertThat(r.uncapped()).isEqualTo(Euro.parse("8275.86"));
        assertThat(r.rescaled()).isEqualTo(Euro.parse("7868.85"));
        assertThat(r.capApplied()).isTrue();
        assertThat(r.explanation().toText()).contains("In melius");
        RescaledIsee uncapped = FattoreFamiglia.rescale(h, IseeAttestation.of(Euro.parse("7868.85"), new BigDecimal("3.05"), ISE),
                FattoreFamigliaParameters.defaults(), FattoreFamiglia.Cap.NONE);
        assertThat(uncapped.rescaled()).isEqualTo(Euro.parse("8275.86"));
    }

    @Test
    void explainsEachWeightThatApplied() {
        Household h = Household.of("sp", DATE, Member.declarant(35, WorkStatus.WORKS), Member.child(2), Member.child(7));
        String it = FattoreFamigliaScale.of(h).explanation().toText(Locale.ITALIAN);
        assertThat(it).contains("Single o monogenitore (chi vive da solo, o il genitore senza coniuge con un figlio): 0,6").contains("Figlio o altro minore, età 2 (fascia 0-5 anni): 0,7").contains("Monogenitore lavoratore: 0,2")
                .contains("Scala Fattore Famiglia: 3,5").contains("L.R. Veneto 20/2020 art. 3");
        assertThat(FattoreFamigliaScale.of(h).explanation().toText(Locale.ENGLISH)).contains("Child or other minor aged 7 (band 6-13): 0.6");
    }

    /**
     * The table's "Single o monogenitore" 0.6 and its notes: "riconosce maggiore peso alla persona che vive da sola (per esempio,
     * al costo della vita più elevato dei padri separati)" and "considera maggiormente il caso di un genitore solo". So: a
     * person alone 1.6; a single parent with a child 1.0 + 0.6 (+0.4 minor…); but a head of 45 living with another adult of 50
     * is 1.0 + 0.3 = 1.3 (was 1.9), and a grandparent raising a grandchild of 2 is 1.0 + 0.7 = 1.7 (was 2.3).
     */
    @Test
    void theSingleRowIsForAPersonLivingAloneOrAParentAloneWithAChild() {
        assertThat(FattoreFamigliaScale.of(Household.of("alone", DATE, Member.declarant(45, WorkStatus.WORKS))).value()).isEqualByComparingTo("1.6");
        assertThat(FattoreFamigliaScale.of(Household.of("two", DATE, Member.declarant(45, WorkStatus.WORKS),
                Member.of(it.fsr.isee.Relationship.OTHER, 50))).value()).isEqualByComparingTo("1.3");
        assertThat(FattoreFamigliaScale.of(Household.of("grand", DATE, Member.declarant(66, WorkStatus.NOT_WORKING),
                Member.of(it.fsr.isee.Relationship.OTHER, 2))).value()).isEqualByComparingTo("1.7");
        assertThat(FattoreFamigliaScale.of(Household.of("adult child", DATE, Member.declarant(70, WorkStatus.NOT_WORKING),
                Member.child(40))).value()).isEqualByComparingTo("1.9");   // 1.0 + 0.6 (a parent with a child) + 0.3
    }

    @Test
    void studentsAndAdultChildren() {
        // 2.0 + student 22: 0.4 + non-student 24: 0.3 + child 27 student: 0.3 (over 26)
        Household h = Household.of("st", DATE, Member.declarant(55, WorkStatus.WORKS), Member.spouse(53, WorkStatus.WORKS), Member.child(22).asStudent(), Member.child(24).withStudent(false),
                Member.child(27).asStudent());
        assertThat(FattoreFamigliaScale.of(h).value()).isEqualByComparingTo("3.0");
    }

    @Test
    void agesAreTakenAtTheApplicationDateFromTheBirthDate() {
        Household h = Household.of("b", DATE, Member.declarant(35, WorkStatus.WORKS), Member.child(0).bornOn(LocalDate.of(2018, 9, 2)));
        // born 2018-09-02: 5 on 2024-09-01 -> 0.7 (0-5)
        assertThat(FattoreFamigliaScale.of(h).value()).isEqualByComparingTo("2.9");
    }
}
