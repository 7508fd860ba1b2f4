package it.fsr.isee.veneto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.isee.IseeAttestation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The batch's result read household by household and child by child: each accessor agrees with the household's own row
 * and with the one-by-one path ({@link FattoreFamiglia}, {@link NurseryContribution}); an excluded household's children
 * get nothing; a child index outside the result is refused by name; no row's text shows an id or an amount.
 */
class FattoreFamigliaBatchAccessorsTest {
    @Test
    void eachAccessorAgreesWithTheRowAndTheOneByOnePath() {
        List<Household> all = HouseholdColumnsMergeTest.households(60, 9);
        HouseholdColumns columns = new HouseholdColumns();
        for (int i = 0; i < all.size(); i++) {
            // ISEEs from low to above every threshold: granted, excluded by the rescaled ISEE, excluded by the national cap
            long cents = 500_000L + 80_000L * i;
            IseeAttestation a = IseeAttestation.of(Euro.ofCents(cents), FattoreFamiglia.scaleRange(all.get(i)).lowest());
            columns.add(all.get(i), a);
        }
        ServiceYear year = ServiceYear.starting(2021);
        FattoreFamigliaBatch.Result r = FattoreFamigliaBatch.run(columns, FattoreFamigliaBatch.Options.contribution(year));
        assertThat(r.size()).isEqualTo(60);
        int children = 0;
        boolean sawGranted = false;
        boolean sawExcluded = false;
        for (int i = 0; i < r.size(); i++) {
            FattoreFamigliaBatch.Row row = r.row(i);
            assertThat(r.householdId(i)).isEqualTo(row.householdId()).isEqualTo("H" + i);
            assertThat(r.iseeCents(i)).isEqualTo(row.isee().cents()).isEqualTo(500_000L + 80_000L * i);
            assertThat(r.iseeFfCents(i)).isEqualTo(row.iseeFf().cents());
            assertThat(r.nationalScale(i)).isEqualByComparingTo(row.nationalScale());
            assertThat(r.ffScale(i)).isEqualByComparingTo(row.ffScale());
            assertThat(r.capApplied(i)).isEqualTo(row.capApplied());
            assertThat(r.childrenAttending(i)).isEqualTo(row.childrenAttending());
            RescaledIsee one = FattoreFamiglia.rescale(columns.household(i), columns.attestation(i));
            HouseholdContributions decided = NurseryContribution.decide(columns.household(i), one, year);
            assertThat(r.iseeFfCents(i)).isEqualTo(one.rescaled().cents());
            if (r.granted(i)) {
                sawGranted |= r.childrenAttending(i) > 0;
                assertThat(row.perChild()).contains(Euro.ofCents(r.contributionCents(i)));
                assertThat(row.exclusion()).isEmpty();
                assertThat(row.householdTotal()).isEqualTo(Euro.ofCents(r.contributionCents(i) * r.childrenAttending(i)));
                Euro each = Euro.ofCents(r.contributionCents(i));
                assertThat(decided.decisions()).allSatisfy(d -> assertThat(d.amount()).isEqualTo(each));
            } else {
                sawExcluded |= r.childrenAttending(i) > 0;
                assertThat(r.contributionCents(i)).isZero();
                assertThat(row.perChild()).isEmpty();
                assertThat(r.exclusion(i)).isPresent().isEqualTo(row.exclusion());
                if (r.childrenAttending(i) == 0) {
                    assertThat(r.exclusion(i)).contains(ContributionDecision.Exclusion.NO_CHILD_ATTENDING);
                }
            }
            for (int k = 0; k < r.childrenAttending(i); k++) {
                assertThat(r.childHousehold(children)).isEqualTo(i);
                FattoreFamigliaBatch.ChildRow c = r.child(children);
                assertThat(c.householdId()).isEqualTo("H" + i);
                assertThat(c.amount()).isEqualTo(row.perChild());
                assertThat(c.exclusion()).isEqualTo(row.exclusion());
                assertThat(c.toString()).isEqualTo("ChildRow[…]");
                children++;
            }
            assertThat(row.toString()).isEqualTo("Row[…]");
            assertThat(r.detail(i).toString()).isEqualTo("Detail[…]");
        }
        assertThat(sawGranted).isTrue();
        assertThat(sawExcluded).isTrue();
        assertThat(r.childCount()).isEqualTo(children);
        int last = children;
        assertThatThrownBy(() -> r.child(last)).isExactlyInstanceOf(IndexOutOfBoundsException.class).hasMessage("child " + last + " of " + last);
        assertThatThrownBy(() -> r.child(-1)).isExactlyInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> r.childHousehold(last)).isExactlyInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aBatchWithoutAServiceYearGrantsNothingAndExcludesNothing() {
        List<Household> all = HouseholdColumnsMergeTest.households(10, 4);
        HouseholdColumns columns = new HouseholdColumns();
        for (Household h : all) {
            columns.add(h, IseeAttestation.of(Euro.ofCents(600_000), FattoreFamiglia.scaleRange(h).lowest()));
        }
        FattoreFamigliaBatch.Result r = FattoreFamigliaBatch.run(columns, FattoreFamigliaBatch.Options.rescaleOnly());
        assertThat(r.priced()).isFalse();
        for (int i = 0; i < r.size(); i++) {
            assertThat(r.granted(i)).isFalse();
            assertThat(r.exclusion(i)).isEmpty();
            assertThat(r.contributionCents(i)).isZero();
        }
    }
}
