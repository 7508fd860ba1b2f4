package it.fsr.isee.dsu;

import it.fsr.isee.Relationship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Disability;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ISEE corrente (DPCM 159/2013 art. 9; D.L. 34/2019 art. 28-bis; DPCM 13/2025). */
class IseeCorrenteTest {
    static final LocalDate DSU = LocalDate.of(2026, 1, 20);

    static Dsu couple() {
        return Dsu.of("c", DSU, List.of(DsuMember.of("d", Relationship.DECLARANT, 45, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(30000)),
                DsuMember.of("s", Relationship.SPOUSE, 43, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(10000)),
                DsuMember.of("k", Relationship.CHILD, 8, Disability.NONE, false))).withDeposits(Euro.ofEuros(20000), Euro.ofEuros(15000));
    }

    @Test
    void aLostPermanentJobUsesTheLastTwoMonthsTimesSixAndIsValidSixMonths() {
        DsuMember now = DsuMember.of("d", Relationship.DECLARANT, 45, Disability.NONE, true).withPublicBenefits(Euro.ofEuros(1800));
        IseeCorrente.Request req = new IseeCorrente.Request(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 12, 31),
                Map.of("d", Set.of(IseeCorrente.Event.PERMANENT_JOB_LOST)), IseeCorrente.Period.LAST_TWO_MONTHS, List.of(now), null);
        IseeCorrente.Result r = IseeCorrente.compute(couple(), req);
        // ordinary ISR: 27,000 + 8,000 = 35,000; current: NASpI 1,800 × 6 = 10,800 − 1,000 = 9,800 + 8,000 = 17,800
        assertThat(r.ordinary().isr()).isEqualTo(Euro.ofEuros(35000));
        assertThat(r.isr()).isEqualTo(Euro.ofEuros(17800));
        assertThat(r.isp()).isEqualTo(r.ordinary().isp());
        assertThat(r.conditions()).containsExactlyInAnyOrder(IseeCorrente.Condition.EVENT, IseeCorrente.Condition.ISR_CHANGE);
        assertThat(r.validUntil()).isEqualTo(LocalDate.of(2026, 11, 4));
        // ISP 20,000 − 10,000 = 10,000; ISE 17,800 + 2,000 = 19,800; scale 2.04 + 0.2 = 2.24
        assertThat(r.isee()).isEqualTo(Euro.parse("8839.29"));
    }

    @Test
    void withoutAnEventTheIsrMustChangeByMoreThan25Percent() {
        DsuMember now = DsuMember.of("d", Relationship.DECLARANT, 45, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(26000));
        IseeCorrente.Request req = new IseeCorrente.Request(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 12, 31), Map.of(),
                IseeCorrente.Period.TWELVE_MONTHS, List.of(now), null);
        assertThatThrownBy(() -> IseeCorrente.compute(couple(), req)).isInstanceOfSatisfying(ValidationException.class,
                ex -> assertThat(ex.violations()).extracting(Violation::code).containsExactly("FSR-CORRENTE-NO-CONDITION"));
        IseeCorrente.Request twoMonths = new IseeCorrente.Request(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 12, 31), Map.of(),
                IseeCorrente.Period.LAST_TWO_MONTHS, List.of(now), null);
        assertThatThrownBy(() -> IseeCorrente.compute(couple(), twoMonths)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("period");
    }

    @Test
    void theAssetsCaseReplacesTheIspFromAprilAndEndsOn31December() {
        Dsu poorer = couple().withDeposits(Euro.ofEuros(11000), Euro.ofEuros(9000));
        IseeCorrente.Request march = new IseeCorrente.Request(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 12, 31), Map.of(), null,
                List.of(), poorer);
        assertThatThrownBy(() -> IseeCorrente.compute(couple(), march)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("04-01");
        IseeCorrente.Request june = new IseeCorrente.Request(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 12, 31), Map.of(), null,
                List.of(), poorer);
        IseeCorrente.Result r = IseeCorrente.compute(couple(), june);
        assertThat(r.isp()).isEqualTo(Euro.ofEuros(1000));
        assertThat(r.isr()).isEqualTo(r.ordinary().isr());
        assertThat(r.validUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(r.conditions()).containsExactly(IseeCorrente.Condition.ISP_CHANGE);
    }

    @Test
    void noValidOrdinaryIseeIsRefused() {
        IseeCorrente.Request req = new IseeCorrente.Request(LocalDate.of(2027, 1, 5), LocalDate.of(2026, 12, 31),
                Map.of("d", Set.of(IseeCorrente.Event.JOB_SUSPENDED_OR_REDUCED)), IseeCorrente.Period.TWELVE_MONTHS,
                List.of(DsuMember.of("d", Relationship.DECLARANT, 45, Disability.NONE, true)), null);
        assertThatThrownBy(() -> IseeCorrente.compute(couple(), req)).isInstanceOfSatisfying(ValidationException.class,
                ex -> assertThat(ex.violations()).extracting(Violation::code).containsExactly("FSR-CORRENTE-NO-ISEE"));
    }
}
