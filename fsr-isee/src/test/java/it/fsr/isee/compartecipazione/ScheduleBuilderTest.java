package it.fsr.isee.compartecipazione;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.isee.Variant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** A schedule built in code, every part the builder takes, read back as given (what a vendor's service builds from its own tables). */
class ScheduleBuilderTest {
    @Test
    void everyPartReadBack() {
        Schedule s = Schedule.builder("Nido comunale").source("Regolamento, art. 4").service("nido").kind(Schedule.Kind.SOCIALE)
                .users(Schedule.UserGroup.MINORENNI).unit(Schedule.Unit.ORA).unitLabel("ora di frequenza").cost(Euro.parse("10.00"))
                .isee(Variant.MINORENNI).useFf(true).exemptUpTo(Euro.parse("5000.00")).fullCostAbove(Euro.parse("40000.00"))
                .band(new Band.Linear(Euro.parse("5000.00"), Euro.parse("40000.00"), Euro.parse("1.00"), Euro.parse("9.00")))
                .rounding(RoundingMode.HALF_UP).unitsPerYear(1000).disabilityExemptUpTo(Euro.parse("8000.00"))
                .disabilityShare(Rate.ofPercent(50)).noIsee(new Schedule.Fallback(Schedule.FallbackKind.FULL_COST, null))
                .nonResident(new Schedule.Fallback(Schedule.FallbackKind.TOP_BAND, null)).rankShare(2, Rate.ofPercent(70)).build();
        assertThat(s.source()).isEqualTo("Regolamento, art. 4");
        assertThat(s.service()).isEqualTo("nido");
        assertThat(s.users()).isEqualTo(Schedule.UserGroup.MINORENNI);
        assertThat(s.unitLabel()).isEqualTo("ora di frequenza");
        assertThat(s.useFf()).isTrue();
        assertThat(s.unitsPerYear()).isEqualTo(1000);
        assertThat(s.disabilityExemptUpTo()).isEqualTo(Euro.parse("8000.00"));
        assertThat(s.disabilityShare()).isEqualTo(Rate.ofPercent(50));
        assertThat(s.noIsee().kind()).isEqualTo(Schedule.FallbackKind.FULL_COST);
        assertThat(s.nonResident().kind()).isEqualTo(Schedule.FallbackKind.TOP_BAND);
        assertThat(s.rankShares()).containsEntry(2, Rate.ofPercent(70));
        // the second child pays 70% of the fee; a child with a disability under 8,000 pays nothing
        Charge second = s.charge(new User("c2", Euro.parse("22500.00"), null, BigDecimal.ONE, true, 2, false));
        Charge first = s.charge(new User("c1", Euro.parse("22500.00"), null, BigDecimal.ONE, true, 1, false));
        assertThat(second.fee()).isEqualTo(Euro.parse("3.50"));
        assertThat(first.fee()).isEqualTo(Euro.parse("5.00"));
        assertThat(s.charge(new User("d", Euro.parse("7000.00"), null, BigDecimal.ONE, true, 1, true)).fee()).isEqualTo(Euro.ZERO);
        Schedule rsa = Schedule.builder("RSA").kind(Schedule.Kind.RESIDENZIALE).users(Schedule.UserGroup.NON_AUTOSUFFICIENTI).unit(Schedule.Unit.GIORNO)
                .cost(Euro.parse("50.00")).isee(Variant.RESIDENZE).rettaDay(Euro.parse("50.00")).personalAllowanceMonth(Euro.parse("200.00"))
                .period(Schedule.Period.MESE).band(new Band.Fixed(Euro.ZERO, null, Euro.parse("50.00"))).build();
        assertThat(rsa.rettaDay()).isEqualTo(Euro.parse("50.00"));
        assertThat(rsa.period()).isEqualTo(Schedule.Period.MESE);
    }
}
