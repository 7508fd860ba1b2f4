package it.fsr.core.allocation;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One unit's claim on a budget: its key, its weight, and optionally a cap (never more than this) and a
 * guaranteed minimum (paid before the rest is split by weight).
 *
 * <p>The weight is any non-negative decimal (euro of eligible spend, days of presence, a composite
 * indicator score); only the ratios between weights matter. Immutable and thread-safe.
 *
 * @param key     the unit's identifier; unique within a request; also the tie-break order
 * @param weight  non-negative weight
 * @param cap     the most the unit may receive, or {@code null} for no cap
 * @param minimum the guaranteed minimum, {@link Euro#ZERO} for none; never above the cap
 */
public record Claim(String key, BigDecimal weight, Euro cap, Euro minimum) {

    /** Checks for nulls (the range checks are the engine's, so that all problems are reported at once). */
    public Claim {
        it.fsr.core.validation.ValidationException.requireNonNull(key, "key");
        it.fsr.core.validation.ValidationException.requireNonNull(weight, "weight");
        it.fsr.core.validation.ValidationException.requireNonNull(minimum, "minimum");
    }

    /** A claim with a weight only. */
    public static Claim of(String key, BigDecimal weight) {
        return new Claim(key, weight, null, Euro.ZERO);
    }

    /** A claim with a weight only. */
    public static Claim of(String key, long weight) {
        return of(key, BigDecimal.valueOf(weight));
    }

    /** A copy of this claim capped at {@code cap}. */
    public Claim withCap(Euro cap) {
        return new Claim(key, weight, cap, minimum);
    }

    /** A copy of this claim with the guaranteed minimum {@code minimum}. */
    public Claim withMinimum(Euro minimum) {
        return new Claim(key, weight, cap, minimum);
    }
}
