package it.fsr.isee;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The figures printed on an ISEE attestation (DSU): the ISEE, the national equivalence scale and,
 * optionally, the ISE.
 *
 * <p>Checked on creation: ISEE and ISE not negative, scale at least 1; when the ISE is given, ISE /
 * scale must equal the ISEE within one cent (DPCM 159/2013 art. 2 c. 2). Immutable and thread-safe.
 */
public final class IseeAttestation {
    private final Euro isee;
    private final BigDecimal scale;
    private final Euro ise;

    private IseeAttestation(Euro isee, BigDecimal scale, Euro ise) {
        this.isee = isee;
        this.scale = scale;
        this.ise = ise;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * An attestation.
     *
     * @param isee  the ISEE
     * @param scale the national scale (≥ 1.00)
     * @param ise   the ISE, or null if not known
     * @throws ValidationException listing every problem
     */
    public static IseeAttestation of(Euro isee, BigDecimal scale, Euro ise) {
        Violations v = new Violations();
        // messages are built only for a check that fails: a batch checks a million attestations
        if (v.requireNonNull(isee, "isee") && isee.isNegative()) {
            v.add("isee", isee, "must not be negative");
        }
        if (v.requireNonNull(scale, "scale")) {
            if (scale.compareTo(BigDecimal.ONE) < 0) {
                v.add("scale", scale.toPlainString(), "must be at least 1.00 (DPCM 159/2013 all. 1)");
            }
            if (scale.compareTo(HUNDRED) > 0) {
                v.add("scale", scale.toPlainString(), "is implausibly large");
            }
        }
        if (ise != null) {
            if (ise.isNegative()) {
                v.add("ise", ise, "must not be negative");
            }
            if (v.isEmpty()) {
                Euro expected = iseeOf(ise, scale);
                if (Math.abs(expected.cents() - isee.cents()) > 1) {
                    v.add("ise", ise, "is inconsistent with ISEE " + isee + " × scale " + scale.toPlainString() + ": ISE / scale = " + expected
                            + " (more than a cent apart)");
                }
            }
        }
        v.throwIfAny();
        return new IseeAttestation(isee, scale, ise);
    }

    /**
     * ISEE = ISE / scala di equivalenza, rounded half-up to the cent once (DPCM 159/2013 art. 2 c. 2): the
     * one place fsr divides an ISE by a scale, for an attestation's check and for the ISEE computed from a
     * DSU alike.
     *
     * @param ise   the ISE
     * @param scale the equivalence scale, positive
     */
    public static Euro iseeOf(Euro ise, BigDecimal scale) {
        return Euro.of(ise.toBigDecimal().divide(scale, 2, RoundingMode.HALF_UP));
    }

    /** An attestation without the ISE. */
    public static IseeAttestation of(Euro isee, BigDecimal scale) {
        return of(isee, scale, null);
    }

    /** The national ISEE. */
    public Euro isee() {
        return isee;
    }

    /** The national scale. */
    public BigDecimal scale() {
        return scale;
    }

    /** The ISE as printed, if given. */
    public Optional<Euro> ise() {
        return Optional.ofNullable(ise);
    }

    /**
     * The ISEE rescaled to another equivalence scale {@code divisor}, rounded once, half-up to the cent:
     * ISE / divisor when the ISE is printed, else ISEE × national scale / divisor computed exactly (no
     * rounded ISE in between: a double rounding moves results by a cent and flips thresholds).
     *
     * @param divisor the other scale (the Fattore Famiglia's), positive
     */
    public Euro rescaledBy(BigDecimal divisor) {
        if (divisor.signum() <= 0) {
            throw it.fsr.core.validation.ValidationException.of("scale", divisor, "must be positive");
        }
        BigDecimal numerator = ise != null ? ise.toBigDecimal() : isee.toBigDecimal().multiply(scale);
        return Euro.of(numerator.divide(divisor, 2, RoundingMode.HALF_UP));
    }

    /**
     * The ISE to rescale: as printed, or else ISEE × scale rounded half-up to the cent (which may differ
     * from the true ISE by less than half a cent times the scale).
     */
    public Euro iseOrReconstructed() {
        return ise != null ? ise : isee.multiply(scale, RoundingMode.HALF_UP);
    }
}
