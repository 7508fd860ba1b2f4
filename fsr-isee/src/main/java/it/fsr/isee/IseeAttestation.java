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
        if (v.requireNonNull(scale, "scale") && !it.fsr.core.money.Decimals.fits(scale, 3, 6)) {
            // judged from its digits and exponent before anything else: 1e999999999 is refused, not printed
            v.add("scale", it.fsr.core.money.Decimals.echo(scale), "is not a scale of equivalence (at most 3 digits and 6 decimals)");
        } else if (scale != null) {
            if (scale.compareTo(BigDecimal.ONE) < 0) {
                v.add("scale", it.fsr.core.money.Decimals.echo(scale), "must be at least 1.00 (DPCM 159/2013 all. 1)");
            }
            if (scale.compareTo(HUNDRED) > 0) {
                v.add("scale", it.fsr.core.money.Decimals.echo(scale), "is implausibly large");
            }
        }
        if (ise != null) {
            if (ise.isNegative()) {
                v.add("ise", ise, "must not be negative");
            }
            if (v.isEmpty()) {
                Euro expected = iseeOf(ise, scale);
                if (Math.abs(expected.cents() - isee.cents()) > 1) {
                    v.add("ise", ise, "is inconsistent with ISEE " + isee + " × scale " + it.fsr.core.money.Decimals.echo(scale) + ": ISE / scale = " + expected
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
        if (!it.fsr.core.money.Decimals.fits(scale, 3, 40)) {
            throw ValidationException.of("scale", it.fsr.core.money.Decimals.echo(scale), "is not a scale of equivalence");
        }
        BigDecimal s = scale.stripTrailingZeros();
        if (s.signum() <= 0) {
            throw ValidationException.of("scale", it.fsr.core.money.Decimals.echo(scale), "must be positive");
        }
        long unscaled = it.fsr.core.money.Decimals.unscaledLong(s);
        if (unscaled == it.fsr.core.money.Decimals.NO_LONG) {
            return Euro.of(ise.toBigDecimal().divide(scale, 2, RoundingMode.HALF_UP));
        }
        return Euro.ofCents(iseeCents(ise.cents(), unscaled, s.scale()));
    }

    /**
     * {@link #iseeOf} in whole numbers: the ISE in cents divided by the scale {@code scaleUnscaled × 10^-scaleDigits},
     * half-up to the cent.
     *
     * @param scaleUnscaled positive
     * @param scaleDigits   0 to 18
     */
    public static long iseeCents(long iseCents, long scaleUnscaled, int scaleDigits) {
        return it.fsr.core.money.Rounding.mulDiv(iseCents, it.fsr.core.money.Decimals.tenTo(scaleDigits), scaleUnscaled, RoundingMode.HALF_UP);
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
            throw ValidationException.of("scale", divisor, "must be positive");
        }
        return Euro.ofCents(rescaledCents(ise == null ? -1 : ise.cents(), isee.cents(), scale, divisor));
    }

    /**
     * The one rescaling of an attestation to another scale, in cents: ISE / {@code divisor} when the ISE is
     * printed ({@code iseCents ≥ 0}), else ISEE × {@code scale} / {@code divisor} computed exactly, rounded
     * half-up to the cent once (scelta di fsr: no rounded ISE in between, a double rounding flips thresholds).
     * Whole-number arithmetic when the decimals fit, else exact decimals: the same result.
     *
     * @param iseCents  the printed ISE, or −1
     * @param iseeCents the ISEE
     * @param scale     the national scale
     * @param divisor   the other scale, positive
     */
    public static long rescaledCents(long iseCents, long iseeCents, BigDecimal scale, BigDecimal divisor) {
        long du = it.fsr.core.money.Decimals.unscaledLong(divisor);
        long su = it.fsr.core.money.Decimals.unscaledLong(scale);
        if (du != it.fsr.core.money.Decimals.NO_LONG && su != it.fsr.core.money.Decimals.NO_LONG) {
            long tenD = it.fsr.core.money.Decimals.tenTo(divisor.scale());
            try {
                if (iseCents >= 0) {
                    return it.fsr.core.money.Rounding.mulDiv(iseCents, tenD, du, RoundingMode.HALF_UP);
                }
                return it.fsr.core.money.Rounding.mulDiv(Math.multiplyExact(iseeCents, su), tenD,
                        Math.multiplyExact(it.fsr.core.money.Decimals.tenTo(scale.scale()), du), RoundingMode.HALF_UP);
            } catch (ArithmeticException beyondLong) {
                // the same quotient in exact decimals below
            }
        }
        BigDecimal numerator = iseCents >= 0 ? BigDecimal.valueOf(iseCents) : BigDecimal.valueOf(iseeCents).multiply(scale);
        return numerator.divide(divisor, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * The ISE to rescale: as printed, or else ISEE × scale rounded half-up to the cent (which may differ
     * from the true ISE by less than half a cent times the scale).
     */
    public Euro iseOrReconstructed() {
        return ise != null ? ise : isee.multiply(scale, RoundingMode.HALF_UP);
    }

    /** Equal when the ISEE, the ISE (or its absence) and the scale are (the scale by value: 1.57 equals 1.570). */
    @Override
    public boolean equals(Object o) {
        return o instanceof IseeAttestation a && isee.equals(a.isee) && java.util.Objects.equals(ise, a.ise) && scale.compareTo(a.scale) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(isee, ise, scale.stripTrailingZeros());
    }
}
