package it.fsr.isee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** DGR Veneto 1609/2021 (seed 004) and its editions; examples from the fsr spec isee.md §2. */
class NurseryContributionTest {
    static final LocalDate Y2021 = LocalDate.of(2021, 11, 19);

    @ParameterizedTest(name = "ISEE_FF {0} -> {1}")
    @CsvSource({"0.00,600.00", "3000.00,600.00", "4500.00,550.00", "9000.00,400.00", "10000.00,366.67", "12000.00,300.00",
        "15000.00,200.00", "3000.01,600.00", "14999.99,200.00", "3000.03,600.00", "3000.15,600.00", "3000.16,599.99"})
    void decreasesLinearlyFromSixHundredToTwoHundred(String iseeFf, String amount) {
        ContributionDecision d = NurseryContribution.decide("h", Euro.parse(iseeFf), Euro.parse("10000"),
                NurseryContribution.Rule.on(FattoreFamigliaParameters.defaults(), Y2021));
        assertThat(d.granted()).isTrue();
        assertThat(d.amount()).isEqualTo(Euro.parse(amount));
    }

    @Test
    void excludesAboveFifteenThousandWithTheReason() {
        ContributionDecision d = NurseryContribution.decide("h", Euro.parse("15000.01"), Euro.parse("16000"),
                NurseryContribution.Rule.on(FattoreFamigliaParameters.defaults(), Y2021));
        assertThat(d.granted()).isFalse();
        assertThat(d.amount()).isEqualTo(Euro.ZERO);
        assertThat(d.exclusion()).contains(ContributionDecision.Exclusion.RESCALED_ISEE_ABOVE_THRESHOLD);
        assertThat(d.explanation().toText()).contains("Escluso: ISEE rideterminato € 15.000,01 superiore a € 15.000,00")
                .contains("DGR Veneto 1609 del 19/11/2021");
    }

    @Test
    void excludesANationalIseeAboveTwentyThousand() {
        ContributionDecision d = NurseryContribution.decide("h", Euro.parse("9000"), Euro.parse("20000.01"),
                NurseryContribution.Rule.on(FattoreFamigliaParameters.defaults(), Y2021));
        assertThat(d.exclusion()).contains(ContributionDecision.Exclusion.NATIONAL_ISEE_ABOVE_CAP);
    }

    @Test
    void laterEditionsAreDataNotCode() {
        // DGR of November 2024 (1/9/2024-31/8/2025): 1,300 -> 900; at 9,000: 1,300 − 6,000 × 400 / 12,000 = 1,100.00
        NurseryContribution.Rule r2024 = NurseryContribution.Rule.on(FattoreFamigliaParameters.defaults(), LocalDate.of(2024, 10, 1));
        assertThat(NurseryContribution.decide("h", Euro.parse("9000"), Euro.parse("9000"), r2024).amount()).isEqualTo(Euro.parse("1100.00"));
        // DGR 1277/2022: 800 -> 400
        NurseryContribution.Rule r2022 = NurseryContribution.Rule.on(FattoreFamigliaParameters.defaults(), LocalDate.of(2022, 10, 1));
        assertThat(NurseryContribution.decide("h", Euro.parse("15000"), Euro.parse("15000"), r2022).amount()).isEqualTo(Euro.parse("400.00"));
        assertThatThrownBy(() -> NurseryContribution.Rule.on(FattoreFamigliaParameters.defaults(), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no value in force");
    }

    @Test
    void rejectsNegativeIsee() {
        assertThatThrownBy(() -> NurseryContribution.decide("h", Euro.parse("-1"), Euro.parse("-2"),
                NurseryContribution.Rule.on(FattoreFamigliaParameters.defaults(), Y2021)))
                .hasMessageContaining("iseeFf = -1.00: must not be negative").hasMessageContaining("isee = -2.00: must not be negative");
    }

    @Test
    void fromHouseholdToContributionEndToEnd() {
        // single parent, children 2 and 7, working: FF 3.5; ISE 24,000 -> 6,857.14 -> 600 − 3,857.14 × 400/12,000 = 471.43
        Household h = Household.of("sp", Y2021, Member.head(35), Member.child(2), Member.child(7));
        RescaledIsee r = FattoreFamiglia.rescale(h, IseeAttestation.of(Euro.parse("10256.41"), new java.math.BigDecimal("2.34"), Euro.ofEuros(24000)));
        ContributionDecision d = NurseryContribution.decide(r, Y2021);
        assertThat(d.amount()).isEqualTo(Euro.parse("471.43"));
    }
}
