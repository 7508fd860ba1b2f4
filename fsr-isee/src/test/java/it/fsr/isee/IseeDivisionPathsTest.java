package it.fsr.isee;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ISEE's two divisions (ISE / scale, DPCM 159/2013 art. 2 c. 2; the Fattore Famiglia's rescaling) take whole numbers
 * when the scale's digits fit and exact decimals otherwise: the same cent either way. Scales at the edges of the whole-number
 * path — a whole ten (a negative scale once trailing zeros go), eighteen decimals and more, nine digits and more — against
 * the division written with {@link BigDecimal} alone.
 */
class IseeDivisionPathsTest {
    private static final List<String> SCALES = List.of("10", "20", "100", "1E+1", "2.04", "1.000000000000000001", "1.0000000000000000001",
            "1.23456789", "1.234567891", "12.3456789", "0.000000000000000001", "999.999999999999999", "1");
    private static final BigDecimal MOST = BigDecimal.valueOf(99_999_999_999_99L);
    private static final long[] ISES = {0, 1, 5, 99, 12_345_67, 987_654_321_00L, 1_000_000_000_000_00L};

    @Test
    void iseeOfIsTheSameCentOnEveryPath() {
        for (String sc : SCALES) {
            BigDecimal scale = new BigDecimal(sc);
            for (long ise : ISES) {
                BigDecimal expected = BigDecimal.valueOf(ise).divide(scale, 0, RoundingMode.HALF_UP);
                if (expected.compareTo(MOST) > 0) {
                    continue; // beyond any amount fsr holds
                }
                assertThat(IseeAttestation.iseeOf(Euro.ofCents(ise), scale).cents()).as(ise + " / " + sc).isEqualTo(expected.longValueExact());
            }
        }
    }

    @Test
    void theRescalingIsTheSameCentOnEveryPath() {
        for (String sc : SCALES) {
            for (String dv : SCALES) {
                BigDecimal scale = new BigDecimal(sc);
                BigDecimal divisor = new BigDecimal(dv);
                for (long cents : ISES) {
                    BigDecimal fromIse = BigDecimal.valueOf(cents).divide(divisor, 0, RoundingMode.HALF_UP);
                    BigDecimal fromIsee = BigDecimal.valueOf(cents).multiply(scale).divide(divisor, 0, RoundingMode.HALF_UP);
                    if (fromIse.max(fromIsee).compareTo(MOST) > 0) {
                        continue; // beyond any amount fsr holds
                    }
                    assertThat(IseeAttestation.rescaledCents(cents, 0, scale, divisor)).as("ise " + cents + " / " + dv)
                            .isEqualTo(fromIse.longValueExact());
                    assertThat(IseeAttestation.rescaledCents(-1, cents, scale, divisor)).as("isee " + cents + " × " + sc + " / " + dv)
                            .isEqualTo(fromIsee.longValueExact());
                }
            }
        }
    }
}
