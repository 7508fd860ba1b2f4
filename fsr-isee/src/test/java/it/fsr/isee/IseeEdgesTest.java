package it.fsr.isee;

import it.fsr.isee.veneto.HouseholdColumns;
import it.fsr.isee.veneto.BudgetCheck;
import it.fsr.isee.veneto.ContributionDecision;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.FattoreFamigliaBatch;
import it.fsr.isee.veneto.FattoreFamigliaParameters;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.Housing;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.RegionalNurseryFund;
import it.fsr.isee.veneto.RescaledIsee;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.veneto.WorkStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ISEE module's accessors, edges and alternative paths. */
class IseeEdgesTest {
    static final LocalDate D = LocalDate.of(2021, 11, 19);
    static final ServiceYear SY = ServiceYear.parse("2021/22");
    static final NurseryContribution.Rule RULE = NurseryContribution.Rule.forServiceYear(FattoreFamigliaParameters.defaults(), SY);

    @Test
    void householdAccessors() {
        Household h = Household.of("fam", D, Member.declarant(40, WorkStatus.WORKS), Member.spouse(38, WorkStatus.WORKS), Member.child(17), Member.child(18));
        assertThat(h.id()).isEqualTo("fam");
        assertThat(h.declarant().age()).isEqualTo(40);
        assertThat(h.isCouple()).isTrue();
        assertThat(Household.of("s", D, Member.declarant(40, WorkStatus.WORKS)).isCouple()).isFalse();
        assertThat(h.minorChildren()).isEqualTo(1);
        assertThat(h.size()).isEqualTo(4);
        assertThat(h.withHousing(Housing.INSECURE).housing()).isEqualTo(Housing.INSECURE);
        assertThat(Household.of("w", D, Member.declarant(40, WorkStatus.WORKS), Member.child(5)).withWidowed(true).widowed()).isTrue();
        assertThat(h.toString()).isEqualTo("Household[members=4]");   // no id in a log
        assertThat(Member.child(3).inTwinGroup(" ").twin()).isEmpty();
        assertThat(Member.child(3).inTwinGroup("A").twin()).contains("A");
    }

    @Test
    void attestationEdges() {
        IseeAttestation a = IseeAttestation.of(Euro.parse("10000.00"), new BigDecimal("1.00"));
        assertThat(a.scale()).isEqualByComparingTo("1.00");
        assertThat(a.ise()).isEmpty();
        assertThat(a.iseOrReconstructed()).isEqualTo(Euro.parse("10000.00"));
        assertThat(IseeAttestation.of(Euro.ZERO, new BigDecimal("100")).scale()).isEqualByComparingTo("100");
        // ISE / scale one cent away is consistent; two cents is not
        assertThat(IseeAttestation.of(Euro.parse("6369.44"), new BigDecimal("1.57"), Euro.ofEuros(10000)).ise()).contains(Euro.ofEuros(10000));
        assertThatThrownBy(() -> IseeAttestation.of(Euro.parse("6369.45"), new BigDecimal("1.57"), Euro.ofEuros(10000)))
                .hasMessageContaining("is inconsistent");
        assertThat(IseeAttestation.of(Euro.parse("6369.42"), new BigDecimal("1.57"), Euro.ofEuros(10000)).isee()).isEqualTo(Euro.parse("6369.42"));
    }

    @Test
    void rescalingWithoutTheIseExplainsTheReconstruction() {
        Household h = Household.of("f", D, Member.declarant(30, WorkStatus.WORKS));
        RescaledIsee r = FattoreFamiglia.rescale(h, IseeAttestation.of(Euro.parse("8000.00"), BigDecimal.ONE));
        assertThat(r.ise()).isEmpty();
        assertThat(r.rescaled()).isEqualTo(Euro.parse("5000.00"));
        assertThat(r.capApplied()).isFalse();
        assertThat(r.householdId()).isEqualTo("f");
        assertThat(r.explanation().toText(Locale.ITALIAN)).contains("ISEE × scala nazionale / scala Fattore Famiglia, calcolato esattamente e arrotondato una sola volta")
                .contains("In melius: l'ISEE rideterminato non supera l'ISEE nazionale");
        RescaledIsee none = FattoreFamiglia.rescale(h, IseeAttestation.of(Euro.parse("8000.00"), BigDecimal.ONE), FattoreFamigliaParameters.defaults(),
                FattoreFamiglia.Cap.NONE);
        assertThat(none.explanation().toText(Locale.ENGLISH)).doesNotContain("In melius").contains("computed exactly and rounded once");
        assertThat(none.nationalScale()).isEqualByComparingTo("1");
    }

    @Test
    void theLeanContributionForBatches() {
        assertThat(RULE.amountCents(300_000)).isEqualTo(60_000);
        assertThat(RULE.amountCents(0)).isEqualTo(60_000);
        assertThat(RULE.amountCents(1_500_000)).isEqualTo(20_000);
        assertThat(RULE.exclusion(1, 0, 1_500_000)).isNull();
        assertThat(RULE.exclusion(1, 0, 1_500_001)).isEqualTo(ContributionDecision.Exclusion.RESCALED_ISEE_ABOVE_THRESHOLD);
        assertThat(RULE.exclusion(1, 2_000_001, 0)).isEqualTo(ContributionDecision.Exclusion.NATIONAL_ISEE_ABOVE_CAP);
        assertThat(RULE.exclusion(0, 2_000_001, 0)).isEqualTo(ContributionDecision.Exclusion.NO_CHILD_ATTENDING);
        assertThat(RULE.low()).isEqualTo(Euro.ofEuros(3000));
        assertThat(NurseryContribution.decideChild("h", "1", Euro.parse("3000.00"), Euro.parse("20000.00"), RULE).explanation().toText())
                .contains("Contributo massimo: ISEE rideterminato € 3.000,00 non superiore a € 3.000,00");
        assertThat(NurseryContribution.decideChild("h", "1", Euro.parse("3000.00"), Euro.parse("20000.00"), RULE).granted()).isTrue();
    }

    @Test
    void theBatchResultAndANonCentesimalTable() {
        Household a = Household.of("a", D, Member.declarant(30, WorkStatus.WORKS), Member.child(2).attendingNursery());
        Household b = Household.of("b", D, Member.declarant(30, WorkStatus.WORKS), Member.child(1).attendingNursery());
        IseeAttestation aa = IseeAttestation.of(Euro.parse("10000.00"), new BigDecimal("1.87"), Euro.parse("18700.00"));
        HouseholdColumns cases = new HouseholdColumns().add(a, aa).add(b, IseeAttestation.of(Euro.parse("25000.00"), BigDecimal.ONE));
        FattoreFamigliaBatch.Result r = FattoreFamigliaBatch.run(cases, FattoreFamigliaBatch.Options.contribution(SY));
        assertThat(r.size()).isEqualTo(2);
        // a: FF 1 + 0.6 + 0.4 + 0.7 + 0.2 = 2.9 -> 18,700 / 2.9 = 6,448.28 -> 600 − 3,448.28 / 30 = 485.06
        assertThat(r.iseeFfCents(0)).isEqualTo(644_828);
        assertThat(r.contributionCents(0)).isEqualTo(48_506);
        assertThat(r.granted(0)).isTrue();
        assertThat(r.granted(1)).isFalse();
        assertThat(r.contributionCents(1)).isZero();
        assertThat(r.exclusion(1)).contains(ContributionDecision.Exclusion.NATIONAL_ISEE_ABOVE_CAP);
        assertThat(r.totalContributions()).isEqualTo(Euro.parse("485.06"));
        // a table with a weight of three decimals takes the exact BigDecimal path, with the same results
        ParameterSet odd = FattoreFamigliaParameters.defaults().withOverlay("test.csv", new java.io.StringReader(
                "name,value,valid_from,valid_until,source\nff.child0to5,0.705,2021-01-01,,test edition\n"));
        FattoreFamigliaBatch.Result exact = FattoreFamigliaBatch.run(cases, FattoreFamigliaBatch.Options.contribution(SY).withParameters(odd));
        RescaledIsee one = FattoreFamiglia.rescale(a, aa, odd, FattoreFamiglia.Cap.IN_MELIUS);
        assertThat(exact.ffScale(0)).isEqualByComparingTo("2.905");
        assertThat(exact.iseeFfCents(0)).isEqualTo(one.rescaled().cents());
        assertThat(exact.detail(0).rescaled().rescaled()).isEqualTo(one.rescaled());
    }

    @Test
    void budgetCheckEdges() {
        List<BudgetCheck.Application> apps = List.of(new BudgetCheck.Application("a", Euro.ofEuros(1000), Euro.ofEuros(600)),
                new BudgetCheck.Application("b", Euro.ofEuros(2000), Euro.ofEuros(400)));
        BudgetCheck.Result exact = BudgetCheck.check(Euro.ofEuros(1000), apps, BudgetCheck.Policy.RANKING);
        assertThat(exact.fits()).isTrue();
        assertThat(exact.outcomes()).extracting(BudgetCheck.Outcome::rank).containsExactly(1, 2);
        assertThat(exact.outcomes()).extracting(BudgetCheck.Outcome::fullyFunded).containsExactly(true, true);
        assertThat(exact.unspent()).isEqualTo(Euro.ZERO);
        BudgetCheck.Result proRata = BudgetCheck.check(Euro.ofEuros(1000), apps, BudgetCheck.Policy.PRO_RATA);
        assertThat(proRata.funded()).isEqualTo(Euro.ofEuros(1000));
        BudgetCheck.Result short1 = BudgetCheck.check(Euro.ofEuros(999), apps, BudgetCheck.Policy.PRO_RATA);
        assertThat(short1.outcomes()).extracting(BudgetCheck.Outcome::rank).containsExactly(1, 2);
        assertThat(short1.outcomes().get(0).fullyFunded()).isFalse();
        assertThat(short1.requested()).isEqualTo(Euro.ofEuros(1000));
        Map<String, Long> places = new LinkedHashMap<>();
        places.put("A", 0L);
        places.put("B", 5L);
        assertThat(RegionalNurseryFund.split(Euro.ofEuros(100), places)).containsEntry("A", Euro.ZERO).containsEntry("B", Euro.ofEuros(100));
    }

}
