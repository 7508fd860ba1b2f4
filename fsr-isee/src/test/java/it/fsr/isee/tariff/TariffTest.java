package it.fsr.isee.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The Comuni's tariffs quoted in the fsr spec isee.md §3. */
class TariffTest {
    static Euro e(String s) {
        return Euro.parse(s);
    }

    /** Ravenna, nursery, monthly fee. */
    static final PiecewiseTariff RAVENNA = PiecewiseTariff.of(Euro.ZERO, List.of(
            Segment.linear(e("4500.01"), e("30000"), e("30"), e("280")),
            Segment.linear(e("30000.01"), e("35000"), e("280"), e("415"))), e("415"), null, true);

    /** Monopoli, home care, per hour. */
    static final PiecewiseTariff MONOPOLI = PiecewiseTariff.of(Euro.ZERO, List.of(
            Segment.proportional(e("7500.01"), e("30000"), e("8.00"))), e("13.80"), e("13.80"), true);

    @ParameterizedTest(name = "Ravenna {0} -> {1}")
    @CsvSource({"4500.00,0.00", "4500.01,30.00", "10000,83.92", "20000,181.96", "30000,280.00", "32000,334.00", "35000,415.00", "50000,415.00"})
    void ravennaNursery(String isee, String fee) {
        assertThat(RAVENNA.fee(e(isee))).isEqualTo(e(fee));
    }

    @ParameterizedTest(name = "Monopoli {0} -> {1}")
    @CsvSource({"15000,4.00", "7000,0.00", "31000,13.80", "30000,8.00", "7500.01,2.00"})
    void monopoliHomeCare(String isee, String fee) {
        assertThat(MONOPOLI.fee(e(isee))).isEqualTo(e(fee));
    }

    @Test
    void quadraticAndLinearAndBrackets() {
        PiecewiseTariff q = PiecewiseTariff.of(e("3"), List.of(Segment.quadratic(Euro.ZERO, e("20000"), e("3"), e("9"))), e("9"), null, true);
        assertThat(q.fee(e("10000"))).isEqualTo(e("4.50"));
        PiecewiseTariff lin = PiecewiseTariff.linear(e("5000"), e("25000"), e("50"), e("450"));
        assertThat(lin.fee(e("4000"))).isEqualTo(e("50.00"));
        assertThat(lin.fee(e("15000"))).isEqualTo(e("250.00"));
        assertThat(lin.fee(e("40000"))).isEqualTo(e("450.00"));
        BracketTariff b = BracketTariff.of(List.of(new BracketTariff.Bracket(Euro.ZERO, e("50")),
                new BracketTariff.Bracket(e("10000"), e("150")), new BracketTariff.Bracket(e("20000"), e("300"))));
        assertThat(b.fee(e("9999.99"))).isEqualTo(e("50"));
        assertThat(b.fee(e("10000"))).isEqualTo(e("150"));
        assertThat(b.fee(e("99999"))).isEqualTo(e("300"));
    }

    @Test
    void rejectsBadTariffsListingEveryProblem() {
        assertThatThrownBy(() -> PiecewiseTariff.of(e("10"), List.of(Segment.linear(e("1000"), e("500"), e("20"), e("5")),
                Segment.linear(e("9000"), e("10000"), e("5"), e("500"))), e("400"), e("300"), true))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("segments[0].to = 500.00: is below the segment's start 1000.00")
                .hasMessageContaining("segments[1].from = 9000.00: must follow the previous segment's end 500.00 by one cent");
        assertThatThrownBy(() -> PiecewiseTariff.of(e("10"), List.of(Segment.linear(e("1000"), e("5000"), e("20"), e("5"))), e("400"), e("300"), true))
                .hasMessageContaining("fees = 400.00: exceeds the service's cost 300.00")
                .hasMessageContaining("fees = 5.00: is below the fee before it (20.00) in a tariff declared monotone");
        assertThatThrownBy(() -> MONOPOLI.fee(e("-1"))).hasMessageContaining("isee = -1.00: must not be negative");
    }
}
