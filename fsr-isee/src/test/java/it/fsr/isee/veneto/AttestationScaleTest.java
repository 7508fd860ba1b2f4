package it.fsr.isee.veneto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.Disability;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.dsu.IseeParameters;
import it.fsr.isee.dsu.ScaleRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The attestation's national scale checked against the household it is applied to (issue "hostile input", item 2):
 * the table of DPCM 159/2013 all. 1 (https://www.gazzettaufficiale.it/eli/id/2014/01/24/14G00009/sg) and the
 * maggiorazioni the household's facts allow, with one member of tolerance (scelta di fsr). The single path
 * ({@link FattoreFamiglia#rescale}) and the batch ({@link HouseholdColumns#add}) call the same check.
 */
class AttestationScaleTest {
    static final LocalDate DATE = LocalDate.of(2022, 1, 10);
    static final ServiceYear SY = ServiceYear.parse("2021/22");

    /** A head and {@code n} children at the nido. */
    private static Household headWith(int n) {
        List<Member> m = new ArrayList<>();
        m.add(Member.declarant(40, WorkStatus.WORKS));
        for (int i = 0; i < n; i++) {
            m.add(Member.child(1 + i % 3).withId("C" + i).attendingNursery());
        }
        return Household.of("H", m, false, Housing.NORMAL, DATE);
    }

    @Test
    void aScaleOfOneForAHeadWithManyChildrenIsRefusedOnBothPaths() {
        Household h = headWith(40);
        IseeAttestation a = IseeAttestation.of(Euro.parse("1000.00"), new BigDecimal("1.00"));
        // before: 40 × €600.00 = €24,000.00 granted to one household on a scale of one person
        assertThatThrownBy(() -> FattoreFamiglia.rescale(h, a)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("FSR-ATTESTATION-SCALE");
                assertThat(v.field()).isEqualTo("scale");
                assertThat(v.text(Locale.ITALIAN)).contains("41 componenti", "da 15.10");
                assertThat(v.text(Locale.ENGLISH)).contains("41 members");
            });
            assertThat(e.getMessage()).doesNotContain("1.00");
        });
        assertThatThrownBy(() -> new HouseholdColumns().add(h, a)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code()).isEqualTo("FSR-ATTESTATION-SCALE"));
    }

    /** The rows of the table, with one member of tolerance below and the maggiorazioni the facts allow above. */
    @ParameterizedTest(name = "{0} children, scale {1}: admitted {2}")
    @CsvSource({
        // a head alone: 1.00 (its row) up to 1.00 + 1 (a member in residential care) + 0.5 (a disability) = 2.50
        "0,1.00,true", "0,2.50,true", "0,2.51,false",
        // a head and a child of 1: the row of two is 1.57; one member of tolerance admits 1.00 (the child born after the DSU)
        "1,1.00,true", "1,1.57,true", "1,2.54,true",
        // a head and three children: 4 members, 2.46; tolerance admits 2.04 (the row of three), not 1.57
        "3,2.04,true", "3,2.03,false", "3,1.57,false", "3,2.46,true", "3,3.41,true",
        // a head and three children in 2022: 2.46 + 1 + 0.35 (four children) + 0.3 + 0.5 = 4.61 at most
        "3,4.61,true", "3,4.62,false"})
    void theRangeIsTheTableWithTheFactsMaggiorazioni(int children, String scale, boolean admitted) {
        Household h = headWith(children);
        IseeAttestation a = IseeAttestation.of(Euro.parse("9000.00"), new BigDecimal(scale));
        assertThat(FattoreFamiglia.scaleRange(h).admits(new BigDecimal(scale))).isEqualTo(admitted);
        if (admitted) {
            FattoreFamiglia.checkScale(h, a);
            assertThat(FattoreFamigliaBatch.run(new HouseholdColumns().add(h, a), FattoreFamigliaBatch.Options.contribution(SY)).size())
                    .isEqualTo(1);
        } else {
            assertThatThrownBy(() -> FattoreFamiglia.checkScale(h, a)).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void eachDisabledMemberRaisesTheHighestByTheDecreesHalf() {
        Household plain = headWith(1);
        Household disabled = Household.of("H", List.of(Member.declarant(40, WorkStatus.WORKS).withDisability(Disability.SEVERE),
                Member.child(1).withId("C0").withDisability(Disability.MEDIUM).attendingNursery()), false, Housing.NORMAL, DATE);
        assertThat(FattoreFamiglia.scaleRange(disabled).highest().subtract(FattoreFamiglia.scaleRange(plain).highest()))
                .isEqualByComparingTo("1.0");
        assertThat(FattoreFamiglia.scaleRange(disabled).lowest()).isEqualByComparingTo(FattoreFamiglia.scaleRange(plain).lowest());
    }

    @Test
    void beyondFiveMembersTheRowGrowsByTheExtraMember() {
        // 7 members: 2.85 + 2 × 0.35 = 3.55; lowest is the row of six, 3.20
        ScaleRange r = ScaleRange.of(IseeParameters.defaults(), DATE, 7, 0, false, 0);
        assertThat(r.lowest()).isEqualByComparingTo("3.20");
        // 3.55 + max(0.35, 1) + 0.5 = 5.05
        assertThat(r.highest()).isEqualByComparingTo("5.05");
        assertThat(r).isEqualTo(ScaleRange.of(IseeParameters.defaults(), DATE, 7, 0, false, 0));
    }

    @Test
    void countsOutOfRangeAreRefusedAllAtOnce() {
        assertThatThrownBy(() -> ScaleRange.of(null, null, 0, 0, false, 0)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).hasSize(3));
    }

    @Test
    void eachCountAtItsBound() {
        java.util.function.Function<Runnable, java.util.List<String>> fields = r -> {
            try {
                r.run();
                return java.util.List.of();
            } catch (ValidationException e) {
                return e.violations().stream().map(it.fsr.core.validation.Violation::field).toList();
            }
        };
        assertThat(fields.apply(() -> ScaleRange.of(IseeParameters.defaults(), DATE, 3, 3, true, 3))).isEmpty();
        assertThat(fields.apply(() -> ScaleRange.of(IseeParameters.defaults(), DATE, 3, 4, true, 0))).containsExactly("children");
        assertThat(fields.apply(() -> ScaleRange.of(IseeParameters.defaults(), DATE, 3, -1, true, 0))).containsExactly("children");
        assertThat(fields.apply(() -> ScaleRange.of(IseeParameters.defaults(), DATE, 3, 0, true, 4))).containsExactly("disabled");
        assertThat(fields.apply(() -> ScaleRange.of(IseeParameters.defaults(), DATE, 3, 0, true, -1))).containsExactly("disabled");
        assertThat(fields.apply(() -> ScaleRange.of(IseeParameters.defaults(), DATE, 10_000, 0, false, 0))).isEmpty();
        assertThat(fields.apply(() -> ScaleRange.of(IseeParameters.defaults(), DATE, 10_001, 0, false, 0))).containsExactly("members");
        ScaleRange r = ScaleRange.of(IseeParameters.defaults(), DATE, 2, 1, true, 1);
        assertThat(r.admits(r.lowest())).isTrue();
        assertThat(r.admits(r.highest())).isTrue();
        assertThat(r.admits(r.highest().add(new BigDecimal("0.01")))).isFalse();
        assertThat(r.toString()).startsWith("ScaleRange[").contains(r.lowest().toPlainString());
        assertThat(r).isNotEqualTo(ScaleRange.of(IseeParameters.defaults(), DATE, 2, 1, true, 0)).hasSameHashCodeAs(ScaleRange.of(IseeParameters.defaults(),
                DATE, 2, 1, true, 1));
        assertThat(r.hashCode()).isNotEqualTo(ScaleRange.of(IseeParameters.defaults(), DATE, 2, 1, true, 0).hashCode());
    }
}
