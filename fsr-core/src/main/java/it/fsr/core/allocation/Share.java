package it.fsr.core.allocation;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What one unit got from an allocation, and why. Immutable and thread-safe.
 *
 * <p>The exact (unrounded) amount is kept as the fraction it came from and turned into a decimal only
 * when asked, so that a million-unit allocation does not pay for a million divisions nobody reads.
 */
public final class Share {
    /** Why a share is what it is. */
    public enum Status {
        /** Paid its minimum plus its share of the rest by weight. */
        FUNDED,
        /** Its share would have exceeded its cap: paid the cap, the excess went to the others. */
        CAPPED,
        /** Its amount fell below the exclusion threshold: paid nothing, its money went to the others. */
        BELOW_THRESHOLD,
        /** It had no weight and no minimum: nothing to pay. */
        ZERO_WEIGHT
    }

    private final String key;
    private final Euro amount;
    private final Status status;
    /** exact amount in cents = numerator / denominator. */
    private final BigInteger numerator;
    private final BigInteger denominator;
    private final long minimumCents;
    private final long pool;
    private final long weight;
    private final long den;

    private Share(String key, Euro amount, Status status, BigInteger numerator, BigInteger denominator, long minimumCents, long pool,
            long weight, long den) {
        this.key = it.fsr.core.validation.ValidationException.requireNonNull(key, "key");
        this.amount = it.fsr.core.validation.ValidationException.requireNonNull(amount, "amount");
        this.status = it.fsr.core.validation.ValidationException.requireNonNull(status, "status");
        this.numerator = numerator;
        this.denominator = denominator;
        this.minimumCents = minimumCents;
        this.pool = pool;
        this.weight = weight;
        this.den = den;
    }

    /** A share whose exact amount in cents is {@code numerator / denominator}. */
    static Share of(String key, Euro amount, Status status, BigInteger numerator, BigInteger denominator) {
        return new Share(key, amount, status, numerator, denominator, 0, 0, 0, 1);
    }

    /** A share whose exact amount in cents is {@code minimum + pool × weight / den}. */
    static Share ofFraction(String key, Euro amount, Status status, long minimumCents, long pool, long weight, long den) {
        return new Share(key, amount, status, null, null, minimumCents, pool, weight, den);
    }

    /** The unit's key. */
    public String key() {
        return key;
    }

    /** The amount in euro, to the cent. */
    public Euro amount() {
        return amount;
    }

    /** Why the amount is what it is. */
    public Status status() {
        return status;
    }

    /** The exact amount before the final rounding, in euro to 6 decimals (half-up), for display; zero when excluded. */
    public BigDecimal exactAmount() {
        BigInteger num;
        BigInteger d;
        if (numerator != null) {
            num = numerator;
            d = denominator;
        } else {
            d = BigInteger.valueOf(den);
            num = BigInteger.valueOf(minimumCents).multiply(d).add(BigInteger.valueOf(pool).multiply(BigInteger.valueOf(weight)));
        }
        return new BigDecimal(num).divide(new BigDecimal(d), 4, RoundingMode.HALF_UP).movePointLeft(2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Share s && s.key.equals(key) && s.amount.equals(amount) && s.status == status
                && s.exactAmount().compareTo(exactAmount()) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, amount, status);
    }

    @Override
    public String toString() {
        return "Share[" + key + ", " + amount + ", " + status + "]";
    }
}
