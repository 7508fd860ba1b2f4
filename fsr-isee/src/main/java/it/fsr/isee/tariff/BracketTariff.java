package it.fsr.isee.tariff;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.util.List;
import java.util.Objects;

/**
 * The classic bracket tariff (scaglioni), for comparison and migration: a list of [from, to) → fee, the
 * last open-ended. Validated on creation: brackets start at 0, are contiguous, fees not negative.
 * Immutable and thread-safe.
 */
public final class BracketTariff implements Tariff {

    /**
     * One bracket.
     *
     * @param from the lowest ISEE (inclusive)
     * @param fee  the fee
     */
    public record Bracket(Euro from, Euro fee) {
        /** Checks for nulls. */
        public Bracket {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(fee, "fee");
        }
    }

    private final List<Bracket> brackets;

    private BracketTariff(List<Bracket> brackets) {
        this.brackets = List.copyOf(brackets);
    }

    /**
     * A tariff from brackets in ascending order; each runs up to (excluding) the next one's start.
     *
     * @throws ValidationException listing every problem
     */
    public static BracketTariff of(List<Bracket> brackets) {
        Violations v = new Violations();
        v.check(!brackets.isEmpty(), "brackets", "[]", "at least one bracket is required");
        for (int i = 0; i < brackets.size(); i++) {
            Bracket b = brackets.get(i);
            v.check(!b.fee().isNegative(), "brackets[" + i + "].fee", b.fee(), "must not be negative");
            if (i == 0) {
                v.check(b.from().isZero(), "brackets[0].from", b.from(), "the first bracket must start at 0");
            } else {
                v.check(b.from().isGreaterThan(brackets.get(i - 1).from()), "brackets[" + i + "].from", b.from(),
                        "must be above the previous bracket's start");
            }
        }
        v.throwIfAny();
        return new BracketTariff(brackets);
    }

    @Override
    public Euro fee(Euro isee) {
        if (isee.isNegative()) {
            throw ValidationException.of("isee", isee, "must not be negative");
        }
        Euro fee = brackets.get(0).fee();
        for (Bracket b : brackets) {
            if (!isee.isLessThan(b.from())) {
                fee = b.fee();
            }
        }
        return fee;
    }
}
