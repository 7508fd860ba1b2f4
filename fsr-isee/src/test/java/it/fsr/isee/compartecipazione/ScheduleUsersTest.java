package it.fsr.isee.compartecipazione;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Variant;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Whom a schedule's fallbacks apply to: a user without an ISEE (the act's rule for no ISEE) and a non-resident (the act's
 * rule for non-residents); a resident, or one whose residence is not stated, pays by the bands. The ISEE's variant is
 * cited with its article of DPCM 159/2013. The builder's bounds on units per year, ranks and fallbacks.
 */
class ScheduleUsersTest {
    private static Schedule.Builder base(Variant v) {
        return Schedule.builder("Servizio").source("Regolamento, art. 3").kind(Schedule.Kind.SOCIALE).unit(Schedule.Unit.MESE)
                .cost(Euro.parse("100.00")).isee(v).band(new Band.Fixed(Euro.ZERO, null, Euro.parse("20.00")));
    }

    @Test
    void theFallbacksApplyToThoseTheyNameOnly() {
        Schedule s = base(Variant.ORDINARIO).noIsee(new Schedule.Fallback(Schedule.FallbackKind.FULL_COST, null))
                .nonResident(new Schedule.Fallback(Schedule.FallbackKind.FEE, Euro.parse("60.00"))).build();
        Charge resident = s.charge(new User("r", Euro.parse("5000.00"), null, BigDecimal.ONE, true, null));
        Charge outsider = s.charge(new User("n", Euro.parse("5000.00"), null, BigDecimal.ONE, false, null));
        Charge noIsee = s.charge(new User("x", null, null, new BigDecimal("2"), true, null));
        assertThat(resident.fee()).isEqualTo(Euro.parse("20.00"));
        // with a rule for non-residents, residence decides the fee: it must be stated, never assumed
        assertThatThrownBy(() -> s.charge(new User("u", Euro.parse("5000.00"), null, BigDecimal.ONE, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .anySatisfy(f -> assertThat(f).endsWith("resident")));
        // without one, a user whose residence is not stated pays by the bands
        assertThat(base(Variant.ORDINARIO).build().charge(new User("u", Euro.parse("5000.00"), null, BigDecimal.ONE, null, null)).fee())
                .isEqualTo(Euro.parse("20.00"));
        assertThat(outsider.fee()).isEqualTo(Euro.parse("60.00"));
        assertThat(outsider.reason()).isEqualTo("non_resident");
        assertThat(noIsee.fee()).isEqualTo(Euro.parse("100.00"));
        assertThat(noIsee.userTotal()).isEqualTo(Euro.parse("200.00"));
        assertThat(noIsee.reason()).isEqualTo("no_isee");
        assertThat(outsider.explanation().toText(Locale.ENGLISH)).contains("fee:60.00");
        assertThat(noIsee.explanation().toText(Locale.ENGLISH)).contains("full_cost");
    }

    @Test
    void eachVariantIsCitedWithItsArticle() {
        for (Variant v : Variant.values()) {
            String expected = switch (v) {
                case SOCIOSANITARIO -> "DPCM 159/2013 art. 6";
                case RESIDENZE -> "DPCM 159/2013 art. 6 c. 3";
                case MINORENNI -> "DPCM 159/2013 art. 7";
                case UNIVERSITA -> "DPCM 159/2013 art. 8";
                default -> "DPCM 159/2013";
            };
            Schedule s = base(v).build();
            Charge c = s.charge(new User("r", Euro.parse("5000.00"), null, BigDecimal.ONE, true, null));
            assertThat(c.explanation().steps()).as(v.name()).anySatisfy(st -> assertThat(st.source()).contains(expected));
        }
    }

    @Test
    void theBuildersBounds() {
        assertThat(base(Variant.ORDINARIO).unitsPerYear(1).build().unitsPerYear()).isEqualTo(1);
        assertThat(base(Variant.ORDINARIO).unitsPerYear(8784).build().unitsPerYear()).isEqualTo(8784);
        for (int bad : new int[] {0, 8785}) {
            assertThatThrownBy(() -> base(Variant.ORDINARIO).unitsPerYear(bad).build()).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("units_per_year"));
        }
        assertThatThrownBy(() -> base(Variant.ORDINARIO).rankShare(1, Rate.ofPercent(50)).build()).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("rank.1"));
        assertThat(base(Variant.ORDINARIO).rankShare(2, Rate.ofPercent(100)).build().rankShares()).containsKey(2);
        assertThatThrownBy(() -> base(Variant.ORDINARIO).noIsee(new Schedule.Fallback(Schedule.FallbackKind.FEE, Euro.parse("5.00"))).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("no_isee"));
        assertThat(base(Variant.ORDINARIO).nonResident(new Schedule.Fallback(Schedule.FallbackKind.FEE, Euro.parse("100.00"))).build().nonResident().fee())
                .isEqualTo(Euro.parse("100.00"));
        assertThatThrownBy(() -> base(Variant.RESIDENZE).rettaDay(Euro.parse("100.00")).personalAllowanceMonth(Euro.parse("200.00")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("period"));
    }
}
