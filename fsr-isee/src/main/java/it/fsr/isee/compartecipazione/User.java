package it.fsr.isee.compartecipazione;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One user of a service, as a schedule sees them: the ISEE of the variant the schedule reads, optionally
 * the Fattore Famiglia rescaled ISEE, and the units used (hours, meals, days, months). Nothing else: the
 * ISEE is the only measure of means. Immutable.
 *
 * @param id       the user's id
 * @param isee     the ISEE of the schedule's variant, or null when the user presents none (the schedule's {@code no_isee}
 *                 rule then decides)
 * @param iseeFf   the FF-rescaled ISEE, or null
 * @param units    the units used (1 for the fee of one unit)
 * @param resident whether the user resides in the Comune, or null when not stated (required by a schedule with a
 *                 {@code non_resident} rule)
 * @param rank     the child's rank among the siblings enrolled (1 the first), or null (required by a schedule with
 *                 {@code rank.N} discounts)
 * @param disabled whether the user has a certified disability, or null when not stated (required by a schedule with a
 *                 disability rule)
 */
public record User(String id, Euro isee, Euro iseeFf, BigDecimal units, Boolean resident, Integer rank, Boolean disabled) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "User[…]";
    }

    /** Checks for nulls. */
    public User {
        it.fsr.core.validation.Ids.require(id, "user.id");
        it.fsr.core.validation.ValidationException.requireNonNull(units, "units");
        // judged from its digits and exponent: 999999999999999999999999 units or 1e999999999 are refused, never multiplied
        if (!it.fsr.core.money.Decimals.fits(units, 7, 6)) {
            throw it.fsr.core.validation.ValidationException.of("user.units", it.fsr.core.money.Decimals.echo(units),
                    "is out of range (at most 9999999 units with 6 decimals)");
        }
    }

    /** A user with an ISEE, residence and rank not stated. */
    public User(String id, Euro isee, Euro iseeFf, BigDecimal units) {
        this(id, it.fsr.core.validation.ValidationException.requireNonNull(isee, "isee"), iseeFf, units, null, null, null);
    }

    /** A user whose disability is not stated. */
    public User(String id, Euro isee, Euro iseeFf, BigDecimal units, Boolean resident, Integer rank) {
        this(id, isee, iseeFf, units, resident, rank, null);
    }

    /** A user of one unit, with no FF-rescaled ISEE. */
    public static User of(String id, Euro isee) {
        return new User(id, isee, null, BigDecimal.ONE);
    }
}
