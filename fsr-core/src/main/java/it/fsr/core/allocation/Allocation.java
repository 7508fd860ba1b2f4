package it.fsr.core.allocation;

import it.fsr.core.money.Euro;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of an allocation: each unit's share, and the remainder nobody could take.
 *
 * <p>Invariant: Σ amounts + remainder = budget, exactly. Under
 * {@link RoundingPolicy#LARGEST_REMAINDER} the remainder is never negative; under
 * {@link RoundingPolicy#EACH_HALF_UP} it may be negative by at most half a cent per unit.
 * Shares are listed in the order of the claims; no amount depends on that order. Immutable and
 * thread-safe.
 */
public final class Allocation {
    private final Euro budget;
    private final List<Share> shares;
    private volatile Map<String, Share> byKey;
    private final Euro remainder;
    private final int exclusionRounds;

    Allocation(Euro budget, List<Share> sharesInKeyOrder, Euro remainder, int exclusionRounds) {
        this(budget, List.copyOf(sharesInKeyOrder), remainder, exclusionRounds, true);
    }

    /** With a list that is already unmodifiable (a pass's columns read on demand), kept as it is. */
    Allocation(Euro budget, List<Share> unmodifiable, Euro remainder, int exclusionRounds, boolean kept) {
        this.budget = budget;
        this.shares = unmodifiable;
        this.remainder = remainder;
        this.exclusionRounds = exclusionRounds;
    }

    /** The budget that was split. */
    public Euro budget() {
        return budget;
    }

    /** Every unit's share, in the order of the claims. */
    public List<Share> shares() {
        return shares;
    }

    /** The share of the unit with this key, if it was part of the request. */
    public Optional<Share> share(String key) {
        return Optional.ofNullable(index().get(key));
    }

    /** The key index, built on first use (benign race: every thread builds the same map). */
    private Map<String, Share> index() {
        Map<String, Share> m = byKey;
        if (m == null) {
            Map<String, Share> map = new HashMap<>(shares.size() * 2);
            for (Share s : shares) {
                map.put(s.key(), s);
            }
            m = Collections.unmodifiableMap(map);
            byKey = m;
        }
        return m;
    }

    /** The amount of the unit with this key. @throws IllegalArgumentException for an unknown key */
    public Euro amountOf(String key) {
        Share s = index().get(key);
        if (s == null) {
            throw it.fsr.core.validation.ValidationException.of("key", key, "is not a key of this allocation");
        }
        return s.amount();
    }

    /** What could not be placed: every unit capped, or no unit with weight; see the class invariant. */
    public Euro remainder() {
        return remainder;
    }

    /** Σ of the amounts paid to units. */
    public Euro allocated() {
        return budget.minus(remainder);
    }

    /** How many times units were excluded under the threshold and the rest re-split (0: none). */
    public int exclusionRounds() {
        return exclusionRounds;
    }

    @Override
    public String toString() {
        return "Allocation[budget=" + budget + ", remainder=" + remainder + ", shares=" + shares + "]";
    }
}
