package it.fsr.isee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.dsu.DsuParameters;
import it.fsr.isee.dsu.IseeTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential: the ISEE's two divisions (ISEE = ISE / scale, DPCM 159/2013 art. 2 c. 2; the rescaling to another scale,
 * L.R. Veneto 20/2020) against {@link BigDecimal}'s exact division rounded half-up once, for scales of any number of
 * decimals and amounts up to the largest; and the totals a reader of INPS's attestation recomputes (art. 2 c. 3, art. 5).
 */
class IseeArithmeticReferenceTest {
    private static final int CASES = Integer.getInteger("fsr.examples", 1000) >= 1000 ? 20_000 : 2_000;

    /** Scales from 1 to 10: two decimals as printed, one, and up to 38 decimals (past what a long holds). */
    static BigDecimal scale(Random r) {
        StringBuilder digits = new StringBuilder();
        for (int k = 0, n = 1 + r.nextInt(38); k < n; k++) {
            digits.append(r.nextInt(10));
        }
        return switch (r.nextInt(3)) {
            case 0 -> BigDecimal.valueOf(100 + r.nextInt(900), 2);
            case 1 -> BigDecimal.valueOf(10 + r.nextInt(90), 1);
            default -> new BigDecimal((1 + r.nextInt(9)) + "." + digits);
        };
    }

    static long cents(Random r) {
        return r.nextInt(4) == 0 ? (r.nextLong() & Long.MAX_VALUE) % (Euro.MAX_ABS_CENTS / 10) : r.nextInt(10_000_000);
    }

    @Test
    void theDivisionsOfBigDecimal() {
        Random r = new Random(2013);
        for (int i = 0; i < CASES; i++) {
            BigDecimal s = scale(r);
            BigDecimal d = scale(r);
            long ise = cents(r);
            long isee = cents(r);
            assertThat(IseeAttestation.iseeOf(Euro.ofCents(ise), s).cents()).as("%d / %s", ise, s)
                    .isEqualTo(BigDecimal.valueOf(ise).divide(s, 0, RoundingMode.HALF_UP).longValueExact());
            assertThat(IseeAttestation.rescaledCents(ise, isee, s, d)).as("ISE %d / %s", ise, d)
                    .isEqualTo(BigDecimal.valueOf(ise).divide(d, 0, RoundingMode.HALF_UP).longValueExact());
            BigDecimal exact = BigDecimal.valueOf(isee).multiply(s).divide(d, 0, RoundingMode.HALF_UP);
            if (exact.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                assertThat(IseeAttestation.rescaledCents(-1, isee, s, d)).as("ISEE %d × %s / %s", isee, s, d).isEqualTo(exact.longValueExact());
            }
        }
        assertThatThrownBy(() -> IseeAttestation.iseeOf(Euro.ofCents(1), BigDecimal.ZERO)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> IseeAttestation.iseeOf(Euro.ofCents(1), new BigDecimal("-1"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> IseeAttestation.iseeOf(Euro.ofCents(1), new BigDecimal("1000"))).isInstanceOf(ValidationException.class);
        assertThat(IseeAttestation.iseeOf(Euro.ofCents(1000), new BigDecimal("999"))).isEqualTo(Euro.ofCents(1));
        assertThat(IseeAttestation.iseeOf(Euro.ofCents(1000), new BigDecimal("1E+2"))).isEqualTo(Euro.ofCents(10));
        IseeAttestation a = IseeAttestation.of(Euro.parse("10000.00"), new BigDecimal("2.04"), Euro.parse("20400.00"));
        assertThat(a.rescaledBy(new BigDecimal("4.08"))).isEqualTo(Euro.parse("5000.00"));
        assertThatThrownBy(() -> a.rescaledBy(BigDecimal.ZERO)).isInstanceOf(ValidationException.class);
        assertThat(a).isEqualTo(IseeAttestation.of(Euro.parse("10000.00"), new BigDecimal("2.04"), Euro.parse("20400.00")))
                .hasSameHashCodeAs(IseeAttestation.of(Euro.parse("10000.00"), new BigDecimal("2.040"), Euro.parse("20400.00")));
        assertThat(a.hashCode()).isNotEqualTo(IseeAttestation.of(Euro.parse("10000.01"), new BigDecimal("2.04"), null).hashCode());
    }

    @Test
    void theTotalsOfAnAttestation() {
        LocalDate d = LocalDate.of(2025, 6, 1);
        var p = DsuParameters.defaults();
        // ISE = ISR + 20% ISP, half-up to the cent
        assertThat(IseeTotals.ise(Euro.parse("10000.00"), Euro.parse("1000.03"), d, Purpose.ORDINARIO, p)).isEqualTo(Euro.parse("10200.01"));
        assertThat(IseeTotals.iseSource(d, Purpose.ORDINARIO, p)).contains("DPCM 159/2013");
        assertThat(IseeTotals.isee(Euro.parse("20400.00"), new BigDecimal("2.04"))).isEqualTo(Euro.parse("10000.00"));
        // the franchigia of art. 5 c. 4: 6,000 + 2,000 a member beyond the first, up to 10,000, + 1,000 a child beyond the second
        assertThat(IseeTotals.financialAllowance(1, 0, d, Purpose.ORDINARIO, p)).isEqualTo(Euro.parse("6000.00"));
        assertThat(IseeTotals.financialAllowance(2, 1, d, Purpose.ORDINARIO, p)).isEqualTo(Euro.parse("8000.00"));
        assertThat(IseeTotals.financialAllowance(5, 4, d, Purpose.ORDINARIO, p)).isEqualTo(Euro.parse("12000.00"));
        assertThat(IseeTotals.financialAllowanceSource(d, Purpose.ORDINARIO, p)).contains("art. 5");
        assertThatThrownBy(() -> IseeTotals.financialAllowance(0, 0, d, Purpose.ORDINARIO, p)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> IseeTotals.financialAllowance(2, 2, d, Purpose.ORDINARIO, p)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> IseeTotals.financialAllowance(2, -1, d, Purpose.ORDINARIO, p)).isInstanceOf(ValidationException.class);
        assertThat(IseeTotals.financialAllowance(2, 0, d, Purpose.ORDINARIO, p)).isEqualTo(Euro.parse("8000.00"));
        // the bonds excluded from the ISP: 50,000 from the DSUs of 3 April 2025, none before
        assertThat(IseeTotals.bondExclusion(d, Purpose.ORDINARIO, p)).isEqualTo(Euro.parse("50000.00"));
        assertThat(IseeTotals.bondExclusion(LocalDate.of(2025, 4, 2), Purpose.ORDINARIO, p)).isEqualTo(Euro.ZERO);
        assertThatThrownBy(() -> IseeTotals.ise(null, Euro.ZERO, d, Purpose.ORDINARIO, p)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> IseeTotals.ise(Euro.ZERO, null, d, Purpose.ORDINARIO, p)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> IseeTotals.ise(Euro.ZERO, Euro.ZERO, null, Purpose.ORDINARIO, p)).isInstanceOf(ValidationException.class);
    }
}
