package it.fsr.isee.veneto;

import it.fsr.isee.IseeAttestation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.parameter.MissingParameterException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * DGR Veneto 1609 del 19/11/2021 (contributo "per minore" frequentante un servizio 0-3 riconosciuto) and
 * its later editions, each for its service year; amounts by the linear rule of the DGR.
 */
class NurseryContributionTest {
    static final LocalDate Y2021 = LocalDate.of(2021, 11, 19);
    static final ServiceYear S2122 = ServiceYear.parse("2021/22");
    static final NurseryContribution.Rule RULE_2122 = NurseryContribution.Rule.forServiceYear(S2122);

    /** Every edition's published amounts ({@code vectors/nursery-contribution.csv}, its acts' addresses in its header). */
    @ParameterizedTest(name = "{0}: ISEE_FF {1} -> {3}")
    @CsvFileSource(resources = "/vectors/nursery-contribution.csv", numLinesToSkip = 1)
    void publishedAmounts(String serviceYear, String rescaled, String national, String amount, String source) {
        NurseryContribution.Rule rule = NurseryContribution.Rule.forServiceYear(ServiceYear.parse(serviceYear));
        ContributionDecision d = NurseryContribution.decideChild("h", "1", Euro.parse(rescaled), Euro.parse(national), rule);
        assertThat(d.granted()).as(source).isTrue();
        assertThat(d.amount()).as(source).isEqualTo(Euro.parse(amount));
    }

    @Test
    void excludesAboveFifteenThousandWithTheReason() {
        ContributionDecision d = NurseryContribution.decideChild("h", "1", Euro.parse("15000.01"), Euro.parse("16000"), RULE_2122);
        assertThat(d.granted()).isFalse();
        assertThat(d.amount()).isEqualTo(Euro.ZERO);
        assertThat(d.exclusion()).contains(ContributionDecision.Exclusion.RESCALED_ISEE_ABOVE_THRESHOLD);
        assertThat(d.explanation().toText()).contains("Escluso: ISEE rideterminato € 15.000,01 superiore a € 15.000,00")
                .contains("DGR Veneto 1609 del 19/11/2021");
    }

    @Test
    void excludesANationalIseeAboveTwentyThousand() {
        ContributionDecision d = NurseryContribution.decideChild("h", "1", Euro.parse("9000"), Euro.parse("20000.01"), RULE_2122);
        assertThat(d.exclusion()).contains(ContributionDecision.Exclusion.NATIONAL_ISEE_ABOVE_CAP);
    }

    @Test
    void theEditionIsTheServiceYearsNotTheApplicationDates() {
        // Minerbe and Cerea collected the 2021/22 applications (DGR 1609/2021) from 12/09 to 15/12/2022, inside the
        // 2022/23 service year whose edition (DGR 1277/2022) pays €200 more: the service year decides, the date gives the ages.
        LocalDate applicationInAutumn2022 = LocalDate.of(2022, 10, 3);
        Household h = Household.of("F", List.of(Member.declarant(30, WorkStatus.WORKS), Member.child(1).withId("C1").attendingNursery()),
                false, Housing.NORMAL, applicationInAutumn2022);
        // FF 1 + 0.6 + 0.4 + 0.7 + 0.2 = 2.9; ISEE 2,000 × 2.04 / 2.9 = 1,406.90 ≤ 3,000: the edition's maximum
        RescaledIsee r = FattoreFamiglia.rescale(h, IseeAttestation.of(Euro.parse("2000.00"), new BigDecimal("2.04")));
        HouseholdContributions c = NurseryContribution.decide(h, r, S2122);
        assertThat(c.total()).isEqualTo(Euro.parse("600.00"));       // not the 2022/23 edition's 800.00
        assertThat(c.decisions().get(0).explanation().toText()).contains("anno educativo 2021/22");
    }

    /**
     * The 2025/26 edition (Giunta regionale del Veneto, 10/9/2025: €1,500 up to a rescaled ISEE of €5,000, €900 at
     * €15,000), read from the shipped parameters file; source:
     * https://ilgiornaledeiveronesi.it/notizie-veneto/regione-veneto/via-libera-della-giunta-regionale-al-voucher-servizi-prima-infanzia-lanzarin-stanziati-49-milioni-di-euro-per-sostenere-le-famiglie-nel-pagamento-delle-rette/
     */
    @Test
    void theEdition2025Of26ComesFromTheParametersFile() {
        NurseryContribution.Rule rule = NurseryContribution.Rule.forServiceYear(ServiceYear.parse("2025/26"));
        assertThat(NurseryContribution.decideChild("h", "1", Euro.parse("5000.00"), Euro.parse("6000"), rule).amount())
                .isEqualTo(Euro.parse("1500.00"));
        assertThat(NurseryContribution.decideChild("h", "1", Euro.parse("15000.00"), Euro.parse("16000"), rule).amount())
                .isEqualTo(Euro.parse("900.00"));
        // halfway, 10,000: 1,500 - 600 x 5,000 / 10,000 = 1,200.00
        assertThat(NurseryContribution.decideChild("h", "1", Euro.parse("10000.00"), Euro.parse("12000"), rule).amount())
                .isEqualTo(Euro.parse("1200.00"));
        assertThat(NurseryContribution.decideChild("h", "1", Euro.parse("15000.01"), Euro.parse("16000"), rule).granted()).isFalse();
    }

    @Test
    void aServiceYearWithNoKnownEditionIsAnErrorNamingTheParameter() {
        assertThatThrownBy(() -> NurseryContribution.Rule.forServiceYear(ServiceYear.parse("2026/27")))
                .isInstanceOf(MissingParameterException.class)
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("ff.nursery.")
                .contains("anno educativo 2026/27")
                .contains("load the act for this period as a parameter");
        assertThatThrownBy(() -> NurseryContribution.Rule.forServiceYear(ServiceYear.parse("2020/21")))
                .isInstanceOf(MissingParameterException.class);
    }

    @Test
    void rejectsNegativeIsee() {
        assertThatThrownBy(() -> NurseryContribution.decideChild("h", "1", Euro.parse("-1"), Euro.parse("-2"), RULE_2122))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("iseeFf = -1.00: must not be negative").contains("isee = -2.00: must not be negative");
    }

    @Test
    void fromHouseholdToContributionEndToEnd() {
        // single parent, children 2 (at the nido) and 7, working: FF 3.5; ISE 24,000 -> 6,857.14 -> 600 − 3,857.14 × 400/12,000 = 471.43
        Household h = Household.of("sp", Y2021, Member.declarant(35, WorkStatus.WORKS), Member.child(2).withId("A").attendingNursery(),
                Member.child(7).withId("B"));
        RescaledIsee r = FattoreFamiglia.rescale(h, IseeAttestation.of(Euro.parse("10256.41"), new BigDecimal("2.34"), Euro.ofEuros(24000)));
        HouseholdContributions c = NurseryContribution.decide(h, r, S2122);
        assertThat(c.decisions()).hasSize(1);
        assertThat(c.decisions().get(0).memberId()).isEqualTo("A");
        assertThat(c.decisions().get(0).amount()).isEqualTo(Euro.parse("471.43"));
    }

    @Test
    void paysEachChildAttendingNotEachHousehold() {
        // two children at the nido: two contributions of the same amount from the household's rescaled ISEE
        Household h = Household.of("twins", Y2021, Member.declarant(33, WorkStatus.WORKS), Member.spouse(31, WorkStatus.WORKS),
                Member.child(1).withId("C1").attendingNursery(), Member.child(3).withId("C2").attendingNursery());
        RescaledIsee r = FattoreFamiglia.rescale(h, IseeAttestation.of(Euro.parse("9000.00"), new BigDecimal("2.76")));
        HouseholdContributions c = NurseryContribution.decide(h, r, S2122);
        assertThat(c.decisions()).extracting(ContributionDecision::memberId).containsExactly("C1", "C2");
        assertThat(c.decisions()).allSatisfy(d -> assertThat(d.amount()).isEqualTo(c.decisions().get(0).amount()));
        assertThat(c.total()).isEqualTo(c.decisions().get(0).amount().plus(c.decisions().get(0).amount()));
    }

    @Test
    void aHouseholdWithNoChildAttendingIsExcludedWithTheReason() {
        // the first version granted €387.50 to a single adult with no children
        Household single = Household.of("S", Y2021, Member.declarant(30, WorkStatus.WORKS));
        RescaledIsee r = FattoreFamiglia.rescale(single, IseeAttestation.of(Euro.parse("9300.00"), BigDecimal.ONE));
        HouseholdContributions c = NurseryContribution.decide(single, r, S2122);
        assertThat(c.decisions()).hasSize(1);
        ContributionDecision d = c.decisions().get(0);
        assertThat(d.granted()).isFalse();
        assertThat(d.memberId()).isNull();
        assertThat(d.exclusion()).contains(ContributionDecision.Exclusion.NO_CHILD_ATTENDING);
        assertThat(c.total()).isEqualTo(Euro.ZERO);
        assertThat(d.explanation().toText()).contains("nessun minore del nucleo frequenta");
    }

    @Test
    void totalsPerAmbitoSumEveryChild() {
        Household a = Household.of("A", Y2021, Member.declarant(30, WorkStatus.WORKS), Member.child(1).withId("1").attendingNursery(),
                Member.child(2).withId("2").attendingNursery());
        Household b = Household.of("B", Y2021, Member.declarant(30, WorkStatus.WORKS), Member.child(1).withId("1").attendingNursery());
        IseeAttestation low = IseeAttestation.of(Euro.parse("2000.00"), new BigDecimal("2.04"));
        HouseholdContributions ca = NurseryContribution.decide(a, FattoreFamiglia.rescale(a, low), S2122);
        HouseholdContributions cb = NurseryContribution.decide(b, FattoreFamiglia.rescale(b, low), S2122);
        Map<String, Euro> totals = HouseholdContributions.totalsByAmbito(List.of(ca, cb), Map.of("A", "Ambito 1", "B", "Ambito 1"));
        assertThat(totals).containsEntry("Ambito 1", Euro.parse("1800.00"));   // three children at €600
        assertThatThrownBy(() -> HouseholdContributions.totalsByAmbito(List.of(ca), Map.of()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("households[A].ambito = null: is required for the totals per Ambito");
    }

    @Test
    void aChildAtTheNidoMustBeUnderFour() {
        assertThatThrownBy(() -> Household.of("X", Y2021, Member.declarant(40, WorkStatus.WORKS), Member.child(5).attendingNursery()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("household[X].members[1].nursery = yes: the child attending a 0-3 service must be under 4 at the date (age 5)");
    }
}
