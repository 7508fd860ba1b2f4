package it.fsr.isee.compartecipazione;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A schedule's rules for who presents no ISEE and who is not resident (the regolamenti's "in assenza di ISEE" and
 * "non residenti": the full cost, a fee, or the top band's fee, never above the cost), the Fattore Famiglia's ISEE used
 * only when lower (L.R. Veneto 20/2020 art. 3), and what the schedule states read back.
 */
class ScheduleFallbacksTest {
    static Schedule schedule(String extra) {
        return ScheduleInput.read("s.properties", String.join("\n", "name=Prova", "source=Regolamento di prova, art. 5", "service=SAD", "unit=ora",
                "cost=20,00", "isee=ordinario", "use_ff=yes", "exempt_up_to=5.000,00", "segment.1=5.000,00|20.000,00|2,00|12,00",
                "full_cost_above=20.000,00", extra, "")).schedule();
    }

    static Charge charge(Schedule s, Euro isee, Euro ff, Boolean resident) {
        return s.charge(new User("u", isee, ff, BigDecimal.valueOf(3), resident, null));
    }

    @Test
    void theFallbacksOfAScheduleNeverAboveTheCost() {
        Schedule full = schedule("no_isee=full_cost\nnon_resident=full_cost");
        assertThat(charge(full, null, null, true).fee()).isEqualTo(Euro.parse("20.00"));
        assertThat(charge(full, null, null, true).userTotal()).isEqualTo(Euro.parse("60.00"));
        assertThat(charge(full, Euro.parse("1000.00"), null, false).fee()).isEqualTo(Euro.parse("20.00"));
        Schedule fee = schedule("no_isee=full_cost\nnon_resident=fee:7,50");
        assertThat(charge(fee, null, null, true).fee()).isEqualTo(Euro.parse("20.00"));
        assertThat(charge(fee, Euro.parse("1000.00"), null, false).fee()).isEqualTo(Euro.parse("7.50"));
        Schedule top = schedule("no_isee=top_band\nnon_resident=top_band");
        assertThat(charge(top, null, null, true).fee()).isEqualTo(Euro.parse("12.00"));
        assertThat(charge(top, Euro.parse("1000.00"), null, false).fee()).isEqualTo(Euro.parse("12.00"));
        assertThat(top.noIsee().kind()).isEqualTo(Schedule.FallbackKind.TOP_BAND);
        assertThat(fee.nonResident().fee()).isEqualTo(Euro.parse("7.50"));
        // a resident with an ISEE is charged by the bands
        assertThat(charge(fee, Euro.parse("12500.00"), null, true).fee()).isEqualTo(Euro.parse("7.00"));
        // with a rule for non-residents, whether the user is one is required, never assumed
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> charge(fee, null, null, null))
                .isInstanceOf(it.fsr.core.validation.ValidationException.class).hasMessageContaining("resident");
    }

    @Test
    void theFattoreFamigliasIseeOnlyWhenLower() {
        Schedule s = schedule("no_isee=full_cost");
        Charge lower = charge(s, Euro.parse("12500.00"), Euro.parse("5000.00"), null);
        assertThat(lower.ffUsed()).isTrue();
        assertThat(lower.iseeUsed()).isEqualTo(Euro.parse("5000.00"));
        assertThat(lower.fee()).isEqualTo(Euro.ZERO);
        Charge equal = charge(s, Euro.parse("12500.00"), Euro.parse("12500.00"), null);
        assertThat(equal.ffUsed()).isFalse();
        Charge higher = charge(s, Euro.parse("12500.00"), Euro.parse("15000.00"), null);
        assertThat(higher.ffUsed()).isFalse();
        assertThat(higher.iseeUsed()).isEqualTo(Euro.parse("12500.00"));
        // above the full cost's threshold, the cost; at it, the band's last fee
        assertThat(charge(s, Euro.parse("20000.01"), null, null).fee()).isEqualTo(Euro.parse("20.00"));
        assertThat(charge(s, Euro.parse("20000.00"), null, null).fee()).isEqualTo(Euro.parse("12.00"));
        assertThat(charge(s, Euro.parse("5000.00"), null, null).fee()).isEqualTo(Euro.ZERO);
    }

    @Test
    void whatTheScheduleStates() {
        Schedule s = schedule("no_isee=full_cost");
        assertThat(s.source()).isEqualTo("Regolamento di prova, art. 5");
        assertThat(s.service()).isEqualTo("SAD");
        assertThat(s.fullCostAbove()).isEqualTo(Euro.parse("20000.00"));
        assertThat(s.rankShares()).isEmpty();
        assertThat(s.disabilityExemptUpTo()).isNull();
        assertThat(s.disabilityShare()).isNull();
        assertThat(s.rettaDay()).isNull();
        assertThat(s.toString()).contains("Prova");
        assertThat(s).isEqualTo(schedule("no_isee=full_cost")).hasSameHashCodeAs(schedule("no_isee=full_cost")).isNotEqualTo(schedule("no_isee=top_band"));
        assertThat(s.hashCode()).isNotEqualTo(schedule("no_isee=top_band").hashCode());
    }
}
