package it.fsr.isee.veneto;

import it.fsr.isee.IseeAttestation;
import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetCheckTest {
    static final List<BudgetCheck.Application> APPS = List.of(
            new BudgetCheck.Application("c", Euro.parse("9000"), Euro.parse("400.00")),
            new BudgetCheck.Application("a", Euro.parse("3000"), Euro.parse("600.00")),
            new BudgetCheck.Application("b", Euro.parse("9000"), Euro.parse("400.00")),
            new BudgetCheck.Application("d", Euro.parse("12000"), Euro.parse("300.00")));

    @Test
    void ranksByRescaledIseeWithTiesByIdAndFundsInOrderUntilTheBudgetRunsOut() {
        BudgetCheck.Result r = BudgetCheck.check(Euro.parse("1500.00"), APPS, BudgetCheck.Policy.RANKING);
        assertThat(r.fits()).isFalse();
        assertThat(r.outcomes()).extracting(o -> o.application().id()).containsExactly("a", "b", "c", "d");
        assertThat(r.outcomes()).extracting(BudgetCheck.Outcome::fullyFunded).containsExactly(true, true, true, false);
        // 600 + 400 + 400 = 1,400; d (300) no longer fits: 100.00 unspent
        assertThat(r.funded()).isEqualTo(Euro.parse("1400.00"));
        assertThat(r.unspent()).isEqualTo(Euro.parse("100.00"));
    }

    /**
     * DGR Veneto 1609/2021 (http://bur.regione.veneto.it/BurvServices/pubblica/DettaglioDgr.aspx?id=463832): the 2021/22
     * contributions funded "in ordine cronologico delle domande". Submitted d (1), c (2), a (3), b (4): with 1,500, d 300 + c
     * 400 + a 600 = 1,300 and b (400) no longer fits — where the ranking by rescaled ISEE funded a, b, c and left d out. The
     * 2021/22 edition says so as data; a later edition without the row leaves the choice to the Ambito, explicitly.
     */
    @Test
    void theChronologicalOrderOfTheApplicationsIsTheEditionsRule() {
        List<BudgetCheck.Application> apps = List.of(
                new BudgetCheck.Application("c", Euro.parse("9000"), Euro.parse("400.00"), 2L),
                new BudgetCheck.Application("a", Euro.parse("3000"), Euro.parse("600.00"), 3L),
                new BudgetCheck.Application("b", Euro.parse("9000"), Euro.parse("400.00"), 4L),
                new BudgetCheck.Application("d", Euro.parse("12000"), Euro.parse("300.00"), 1L));
        BudgetCheck.Policy p = BudgetCheck.policyOf(ServiceYear.starting(2021), FattoreFamigliaParameters.defaults());
        assertThat(p).isEqualTo(BudgetCheck.Policy.CHRONOLOGICAL);
        BudgetCheck.Result r = BudgetCheck.check(Euro.parse("1500.00"), apps, p);
        assertThat(r.outcomes()).extracting(o -> o.application().id()).containsExactly("d", "c", "a", "b");
        assertThat(r.outcomes()).extracting(BudgetCheck.Outcome::fullyFunded).containsExactly(true, true, true, false);
        assertThat(r.funded()).isEqualTo(Euro.parse("1300.00"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BudgetCheck.policyOf(ServiceYear.starting(2024), FattoreFamigliaParameters.defaults()))
                .isInstanceOf(it.fsr.core.parameter.MissingParameterException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BudgetCheck.check(Euro.parse("1500.00"), APPS, BudgetCheck.Policy.CHRONOLOGICAL))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("applications[c].order").contains("is required");
    }

    @Test
    void proRataScalesEveryoneToTheBudgetToTheCent() {
        BudgetCheck.Result r = BudgetCheck.check(Euro.parse("1000.00"), APPS, BudgetCheck.Policy.PRO_RATA);
        // 1,000 / 1,700: 352.94 / 235.29 / 235.29 / 176.47 (+1 cent by largest remainder)
        assertThat(r.funded()).isEqualTo(Euro.parse("1000.00"));
        assertThat(r.outcomes().get(0).funded()).isEqualTo(Euro.parse("352.94"));
        assertThat(r.outcomes().stream().mapToLong(o -> o.funded().cents()).sum()).isEqualTo(100000);
    }

    @Test
    void theRankingWorksOnChildrenNotHouseholds() {
        // household T has two children at the nido, household S one; S has the lower rescaled ISEE
        java.time.LocalDate d = java.time.LocalDate.of(2021, 11, 19);
        ServiceYear y = ServiceYear.parse("2021/22");
        Household t = Household.of("T", d, Member.declarant(33, WorkStatus.WORKS), Member.spouse(31, WorkStatus.WORKS),
                Member.child(1).withId("1").attendingNursery(), Member.child(2).withId("2").attendingNursery());
        Household s = Household.of("S", d, Member.declarant(30, WorkStatus.WORKS), Member.child(1).withId("1").attendingNursery());
        HouseholdContributions ct = NurseryContribution.decide(t, FattoreFamiglia.rescale(t, IseeAttestation.of(Euro.parse("9000.00"),
                new java.math.BigDecimal("2.76"))), y);
        HouseholdContributions cs = NurseryContribution.decide(s, FattoreFamiglia.rescale(s, IseeAttestation.of(Euro.parse("2000.00"),
                new java.math.BigDecimal("1.87"))), y);
        List<BudgetCheck.Application> apps = BudgetCheck.applications(List.of(ct, cs));
        assertThat(apps).extracting(BudgetCheck.Application::id).containsExactly("T/1", "T/2", "S/1");
        // S/1: 2,000 × 1.87 / 2.9 = 1,289.66 -> 600.00; T: FF 2 + 0.7 + 0.7 + 0.4 young + 0.2 work = 4.0,
        // 9,000 × 2.76 / 4.0 = 6,210.00 -> 600 − 3,210 / 30 = 493.00 each
        BudgetCheck.Result r = BudgetCheck.check(Euro.parse("1100.00"), apps, BudgetCheck.Policy.RANKING);
        assertThat(r.requested()).isEqualTo(Euro.parse("1586.00"));
        assertThat(r.outcomes()).extracting(o -> o.application().id()).containsExactly("S/1", "T/1", "T/2");
        assertThat(r.outcomes()).extracting(BudgetCheck.Outcome::fullyFunded).containsExactly(true, true, false);
        assertThat(r.funded()).isEqualTo(Euro.parse("1093.00"));
    }

    @Test
    void splitsTheRegionsFiveMillionByPlaces() {
        Map<String, Long> places = new LinkedHashMap<>();
        places.put("Verona", 3000L);
        places.put("Padova", 2000L);
        places.put("Belluno", 1000L);
        Map<String, Euro> split = RegionalNurseryFund.split(Euro.ofEuros(5_000_000), places);
        assertThat(split).containsEntry("Verona", Euro.parse("2500000.00")).containsEntry("Padova", Euro.parse("1666666.67"))
                .containsEntry("Belluno", Euro.parse("833333.33"));
    }
}
