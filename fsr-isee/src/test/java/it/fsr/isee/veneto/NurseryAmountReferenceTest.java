package it.fsr.isee.veneto;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contribution per child between the two thresholds (DGR Veneto 1609/2021 and later editions: the maximum up to the
 * lower threshold, linear down to the minimum at the upper one, half-up to the cent once) against the same line written
 * with {@link BigDecimal}: for the editions' own figures and for rules whose products pass the range of a {@code long}.
 */
class NurseryAmountReferenceTest {
    private static long reference(NurseryContribution.Rule r, long x) {
        if (x <= r.low().cents()) {
            return r.max().cents();
        }
        BigDecimal drop = BigDecimal.valueOf(r.max().cents() - r.min().cents());
        BigDecimal span = BigDecimal.valueOf(r.high().cents() - r.low().cents());
        // the contribution itself rounded half-up (not the drop): half a cent goes to the family
        BigDecimal exact = BigDecimal.valueOf(r.max().cents()).multiply(span).subtract(BigDecimal.valueOf(x - r.low().cents()).multiply(drop));
        return exact.divide(span, 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static NurseryContribution.Rule rule(String low, String high, String max, String min) {
        return new NurseryContribution.Rule(Euro.parse(low), Euro.parse(high), Euro.parse(max), Euro.parse(min), Euro.parse(high), "prova",
                ServiceYear.starting(2021));
    }

    @Test
    void theEditionsLineMatchesTheReferenceEverywhere() {
        NurseryContribution.Rule r = NurseryContribution.Rule.forServiceYear(ServiceYear.starting(2021));
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            long x = random.nextInt((int) r.high().cents() + 1);
            assertThat(r.amountCents(x)).as("ISEE FF %d cents", x).isEqualTo(reference(r, x));
        }
        for (long x = r.low().cents() - 2; x <= r.low().cents() + 2; x++) {
            assertThat(r.amountCents(x)).isEqualTo(reference(r, x));
        }
        assertThat(r.amountCents(r.high().cents())).isEqualTo(r.min().cents());
    }

    @Test
    void aRuleOfHugeFiguresIsStillExact() {
        NurseryContribution.Rule huge = rule("0.00", "99999999999.99", "99999999999.99", "0.00");
        for (long x : new long[] {1, 7, 50_000_000_000_00L, 33_333_333_333_33L, 99_999_999_999_98L, 99_999_999_999_99L}) {
            assertThat(huge.amountCents(x)).as("%d", x).isEqualTo(reference(huge, x));
        }
        NurseryContribution.Rule half = rule("1000.00", "1000.02", "1.00", "0.00");
        // one cent above the lower threshold: half of the whole drop
        assertThat(half.amountCents(1000_01)).isEqualTo(reference(half, 1000_01)).isEqualTo(50);
        NurseryContribution.Rule odd = rule("0.00", "0.02", "0.01", "0.00");
        // 0.01 − 0.005 = 0.005 euro: exactly half a cent, rounded half-up to the family's cent
        assertThat(odd.amountCents(1)).isEqualTo(reference(odd, 1)).isEqualTo(1);
        NurseryContribution.Rule third = rule("0.00", "0.03", "0.02", "0.00");
        assertThat(third.amountCents(1)).isEqualTo(reference(third, 1)).isEqualTo(1);   // 2 − 0.67 = 1.33 → 1
        assertThat(third.amountCents(2)).isEqualTo(reference(third, 2)).isEqualTo(1);   // 2 − 1.33 = 0.67 → 1
    }
}
