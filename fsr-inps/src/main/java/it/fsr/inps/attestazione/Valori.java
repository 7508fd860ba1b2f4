package it.fsr.inps.attestazione;

import java.math.BigDecimal;

/**
 * The figures an attestation prints for one indicator ({@code Valori}): ISE, equivalence scale, ISEE, ISR, ISP.
 * Personal data: {@link #toString()} names the type only.
 */
public record Valori(BigDecimal ise, BigDecimal scala, BigDecimal isee, BigDecimal isr, BigDecimal isp) {
    /** Requires every figure. */
    public Valori {
        java.util.Objects.requireNonNull(ise, "ise");
        java.util.Objects.requireNonNull(scala, "scala");
        java.util.Objects.requireNonNull(isee, "isee");
        java.util.Objects.requireNonNull(isr, "isr");
        java.util.Objects.requireNonNull(isp, "isp");
    }

    @Override
    public String toString() {
        return "Valori[]";
    }
}
