package it.fsr.isee.veneto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.IseeAttestation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Veneto values as a vendor reads them: a child's decision and its member id, the exclusions' codes, the budget
 * check's values (whose text names no one), the service year's spellings at their bounds, a household's view.
 */
class VenetoValuesTest {
    static final LocalDate DATE = LocalDate.of(2021, 11, 19);

    @Test
    void aChildsDecisionNamesItsMemberOrNothing() {
        Household h = Household.of("H1", List.of(Member.declarant(35, WorkStatus.WORKS), Member.child(2).attendingNursery().withId("C1"),
                Member.child(1).attendingNursery()), false, Housing.NORMAL, DATE);
        RescaledIsee r = FattoreFamiglia.rescale(h, IseeAttestation.of(Euro.parse("9000.00"), FattoreFamiglia.scaleRange(h).lowest()));
        HouseholdContributions c = NurseryContribution.decide(h, r, ServiceYear.starting(2021));
        assertThat(c.decisions()).hasSize(2);
        assertThat(c.decisions().get(0).memberIdOrEmpty()).isEqualTo("C1");
        assertThat(c.decisions().get(1).memberIdOrEmpty()).isEqualTo(c.decisions().get(1).memberId()).isNotBlank();
        // a household with no child at a nido: one decision for the household, no member
        Household none = Household.of("H2", List.of(Member.declarant(35, WorkStatus.WORKS), Member.child(2)), false, Housing.NORMAL, DATE);
        HouseholdContributions nobody = NurseryContribution.decide(none,
                FattoreFamiglia.rescale(none, IseeAttestation.of(Euro.parse("9000.00"), FattoreFamiglia.scaleRange(none).lowest())), ServiceYear.starting(2021));
        assertThat(nobody.decisions()).singleElement().satisfies(d -> {
            assertThat(d.memberId()).isNull();
            assertThat(d.memberIdOrEmpty()).isEmpty();
            assertThat(d.exclusion()).contains(ContributionDecision.Exclusion.NO_CHILD_ATTENDING);
        });
        assertThat(c.decisions()).allSatisfy(d -> assertThat(d.toString()).isEqualTo("ContributionDecision[…]"));
        for (ContributionDecision.Exclusion e : ContributionDecision.Exclusion.values()) {
            assertThat(e.code()).isEqualTo(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        HouseholdView v = HouseholdView.of(h);
        assertThat(v.nursery(0)).isFalse();
        assertThat(v.nursery(1)).isTrue();
        assertThat(v.memberId(1)).isEqualTo("C1");
        assertThat(v.memberId(2)).isEqualTo(c.decisions().get(1).memberId());
    }

    @Test
    void theBudgetChecksValuesNameNoOne() {
        BudgetCheck.Application a = new BudgetCheck.Application("H1", Euro.parse("9000.00"), Euro.parse("600.00"));
        BudgetCheck.Application b = new BudgetCheck.Application("H2", Euro.parse("12000.00"), Euro.parse("400.00"));
        BudgetCheck.Result r = BudgetCheck.check(Euro.parse("800.00"), List.of(a, b), BudgetCheck.Policy.RANKING);
        assertThat(a.toString()).isEqualTo("Application[…]");
        assertThat(r.toString()).doesNotContain("H1", "600", "9000").startsWith("Result[");
        assertThat(r.outcomes()).allSatisfy(o -> assertThat(o.toString()).doesNotContain("H1", "H2", "600").startsWith("Outcome["));
        assertThat(r.funded()).isEqualTo(r.outcomes().stream().map(BudgetCheck.Outcome::funded).reduce(Euro.ZERO, Euro::plus));
        assertThat(r.funded().isGreaterThan(Euro.parse("800.00"))).isFalse();
    }

    @Test
    void aServiceYearIsTwoConsecutiveYearsWithinItsBounds() {
        assertThat(ServiceYear.parse("2021/22")).isEqualTo(ServiceYear.starting(2021));
        assertThat(ServiceYear.parse("2021/2022")).isEqualTo(ServiceYear.starting(2021));
        assertThat(ServiceYear.parse("2099/00")).isEqualTo(ServiceYear.starting(2099));
        assertThat(ServiceYear.parse("2099/2100")).isEqualTo(ServiceYear.starting(2099));
        assertThatThrownBy(() -> ServiceYear.parse("2021/23")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ServiceYear.parse("2099/98")).isInstanceOf(ValidationException.class);
        assertThat(ServiceYear.starting(1900).start()).isEqualTo(LocalDate.of(1900, 9, 1));
        assertThat(ServiceYear.starting(9998).end()).isEqualTo(LocalDate.of(9999, 8, 31));
        assertThatThrownBy(() -> ServiceYear.starting(1899)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ServiceYear.starting(9999)).isInstanceOf(ValidationException.class);
    }
}
