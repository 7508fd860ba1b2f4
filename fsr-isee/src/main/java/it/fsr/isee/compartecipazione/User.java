package it.fsr.isee.compartecipazione;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One user of a service, as a schedule sees them: the ISEE of the variant the schedule reads, optionally
 * the Fattore Famiglia rescaled ISEE, and the units used (hours, meals, days, months). Nothing else: the
 * ISEE is the only measure of means. Immutable.
 *
 * @param id     the user's id
 * @param isee   the ISEE of the schedule's variant
 * @param iseeFf the FF-rescaled ISEE, or null
 * @param units  the units used (1 for the fee of one unit)
 */
public record User(String id, Euro isee, Euro iseeFf, BigDecimal units) {
    /** Checks for nulls. */
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(isee, "isee");
        Objects.requireNonNull(units, "units");
    }

    /** A user of one unit, with no FF-rescaled ISEE. */
    public static User of(String id, Euro isee) {
        return new User(id, isee, null, BigDecimal.ONE);
    }
}
