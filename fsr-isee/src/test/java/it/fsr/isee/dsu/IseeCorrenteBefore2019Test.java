package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Disability;
import it.fsr.isee.Relationship;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ISEE corrente before and after 23 October 2019: D.L. 34/2019 art. 28-bis (L. 58/2019) made the work event
 * and the 25% ISR change alternative, added interrupted benefits and took the validity from two months to six, for
 * the ISEE corrente filed from that day (INPS msg 3835/2019; summary at
 * https://www.fenalpi.it/isee-corrente-modifica-periodo-di-validita-e-requisiti-per-ottenerlo/ and
 * https://ntpluslavoro.ilsole24ore.com/art/isee-corrente-possibile-anche-senza-forte-calo-dell-indicatore-reddituale-ACuipEV).
 */
class IseeCorrenteBefore2019Test {
    static Dsu couple(LocalDate date) {
        return Dsu.of("c", date, List.of(DsuMember.of("d", Relationship.DECLARANT, 45, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(30000)),
                DsuMember.of("s", Relationship.SPOUSE, 43, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(10000)),
                DsuMember.of("k", Relationship.CHILD, 8, Disability.NONE, false))).withDeposits(Euro.ofEuros(20000), Euro.ofEuros(15000))
                .withFigurativeIncome(Euro.ZERO);
    }

    static IseeCorrente.Request reduced(LocalDate filed, int newIncome) {
        return new IseeCorrente.Request(filed, filed.plusMonths(8), Map.of("d", Set.of(IseeCorrente.Event.JOB_SUSPENDED_OR_REDUCED)),
                IseeCorrente.Period.TWELVE_MONTHS,
                List.of(DsuMember.of("d", Relationship.DECLARANT, 45, Disability.NONE, true).withEmployeeIncome(Euro.ofEuros(newIncome))), null);
    }

    @Test
    void beforeTheDecreeAnEventWithoutTheIsrChangeIsRefusedAfterItIsEnough() {
        // ISR 35,000 → 32,300 (27,000 − 3,000 + 8,000... : −7.7%): an event, no 25% change
        assertThatThrownBy(() -> IseeCorrente.compute(couple(LocalDate.of(2019, 1, 20)), reduced(LocalDate.of(2019, 10, 22), 27000)))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations()).extracting(Violation::code)
                        .containsExactly("FSR-CORRENTE-NO-CONDITION"));
        IseeCorrente.Result after = IseeCorrente.compute(couple(LocalDate.of(2019, 1, 20)), reduced(LocalDate.of(2019, 10, 23), 27000));
        assertThat(after.conditions()).containsExactly(IseeCorrente.Condition.EVENT);
        assertThat(after.validUntil()).isEqualTo(LocalDate.of(2020, 4, 23));
        assertThat(after.isr()).isLessThan(after.ordinary().isr());
    }

    @Test
    void beforeTheDecreeBothConditionsGiveTwoMonthsOfValidity() {
        IseeCorrente.Result r = IseeCorrente.compute(couple(LocalDate.of(2019, 1, 20)), reduced(LocalDate.of(2019, 5, 4), 12000));
        assertThat(r.conditions()).containsExactlyInAnyOrder(IseeCorrente.Condition.EVENT, IseeCorrente.Condition.ISR_CHANGE);
        assertThat(r.validUntil()).isEqualTo(LocalDate.of(2019, 7, 4));
        assertThat(r.explanation().toText(java.util.Locale.ITALIAN)).contains("prima del 23/10/2019");
        IseeCorrente.Result now = IseeCorrente.compute(couple(LocalDate.of(2019, 1, 20)), reduced(LocalDate.of(2019, 11, 4), 12000));
        assertThat(now.validUntil()).isEqualTo(LocalDate.of(2020, 5, 4));
        assertThat(now.isee()).isEqualTo(r.isee());
    }

    @Test
    void interruptedBenefitsWereNotAnEventBeforeTheDecree() {
        IseeCorrente.Request req = new IseeCorrente.Request(LocalDate.of(2019, 5, 4), LocalDate.of(2019, 12, 31),
                Map.of("s", Set.of(IseeCorrente.Event.BENEFITS_INTERRUPTED)), IseeCorrente.Period.TWELVE_MONTHS,
                List.of(DsuMember.of("s", Relationship.SPOUSE, 43, Disability.NONE, true)), null);
        assertThat(IseeCorrente.validate(couple(LocalDate.of(2019, 1, 20)), req, DsuParameters.defaults()).list())
                .extracting(Violation::code).containsExactly("FSR-CORRENTE-EVENT-NOT-YET");
        IseeCorrente.Request later = new IseeCorrente.Request(LocalDate.of(2019, 11, 4), LocalDate.of(2019, 12, 31),
                Map.of("s", Set.of(IseeCorrente.Event.BENEFITS_INTERRUPTED)), IseeCorrente.Period.TWELVE_MONTHS,
                List.of(DsuMember.of("s", Relationship.SPOUSE, 43, Disability.NONE, true)), null);
        assertThat(IseeCorrente.validate(couple(LocalDate.of(2019, 1, 20)), later, DsuParameters.defaults()).list()).isEmpty();
    }

    @Test
    void aRequestBeforeItsDsuOrAnAssetsCaseBefore2025AreClearErrors() {
        IseeCorrente.Request early = reduced(LocalDate.of(2019, 1, 10), 12000);
        IseeCorrente.Request assets = new IseeCorrente.Request(LocalDate.of(2024, 6, 10), LocalDate.of(2024, 12, 31), Map.of(), null, List.of(),
                couple(LocalDate.of(2024, 1, 20)).withDeposits(Euro.ofEuros(1000), Euro.ofEuros(1000)));
        assertThat(IseeCorrente.validate(couple(LocalDate.of(2019, 1, 20)), early, DsuParameters.defaults()).list())
                .extracting(Violation::code).containsExactly("FSR-CORRENTE-BEFORE-DSU");
        assertThat(IseeCorrente.validate(couple(LocalDate.of(2024, 1, 20)), assets, DsuParameters.defaults()).list())
                .extracting(Violation::code).containsExactly("FSR-CORRENTE-ASSETS-NOT-YET");
    }
}
