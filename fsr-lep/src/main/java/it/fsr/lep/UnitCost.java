package it.fsr.lep;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.allocation.RoundingPolicy;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit-cost rule of the FSC nursery and transport resources: cost per user = the year's total /
 * Σ additional users, <em>not rounded</em>; each Comune's amount = its users × that, rounded to the cent
 * (scelta di fsr, derived from every published figure: 2023 nurseries €175,000,000 / 22,822 =
 * €7,668.04…/user; 2022 transport €30,000,000 / 8,632 users, 153 users → €531,742.35).
 *
 * <p>Two roundings, the {@link RoundingPolicy}: {@code EACH_HALF_UP} rounds each Comune's amount on its
 * own (as the decrees publish them; Σ may differ from the total by half a cent per Comune) and
 * {@code LARGEST_REMAINDER} makes the amounts of a complete list sum to the total exactly, through the
 * allocation engine. Immutable and thread-safe.
 */
public final class UnitCost {
    private final Euro total;
    private final long users;

    private UnitCost(Euro total, long users) {
        this.total = total;
        this.users = users;
    }

    /**
     * The rule for a total and its users.
     *
     * @throws ValidationException for a negative total or non-positive users
     */
    public static UnitCost of(Euro total, long users) {
        Violations v = new Violations();
        v.check(!total.isNegative(), "total", total, "must not be negative");
        v.check(users > 0, "users", users, "must be positive");
        v.throwIfAny();
        return new UnitCost(total, users);
    }

    /** The year's total. */
    public Euro total() {
        return total;
    }

    /** Σ users. */
    public long users() {
        return users;
    }

    /** The cost per user to 10 decimals (display; amounts use the exact fraction). */
    public BigDecimal costPerUser() {
        return total.toBigDecimal().divide(BigDecimal.valueOf(users), 10, RoundingMode.HALF_UP);
    }

    /** users × total / Σ users, half-up to the cent, from the exact fraction. */
    public Euro amount(long comuneUsers) {
        if (comuneUsers < 0) {
            throw ValidationException.of("users", comuneUsers, "must not be negative");
        }
        BigInteger num = BigInteger.valueOf(total.cents()).multiply(BigInteger.valueOf(comuneUsers));
        BigInteger[] qr = num.divideAndRemainder(BigInteger.valueOf(users));
        long cents = qr[0].longValueExact() + (qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(users)) >= 0 ? 1 : 0);
        return Euro.ofCents(cents);
    }

    /**
     * Every Comune's amount under a rounding policy.
     *
     * @param usersByComune each Comune's additional users (their Σ must not exceed {@link #users()})
     * @throws ValidationException for negative users or a Σ above the rule's users
     */
    public Map<String, Euro> allocate(Map<String, Long> usersByComune, RoundingPolicy policy) {
        Violations v = new Violations();
        long sum = 0;
        for (Map.Entry<String, Long> e : usersByComune.entrySet()) {
            v.check(e.getValue() != null && e.getValue() >= 0, "users[" + e.getKey() + "]", e.getValue(), "must not be negative");
            sum += e.getValue() == null ? 0 : e.getValue();
        }
        v.check(sum <= users, "users", sum, "exceed the " + users + " users the total is for");
        v.throwIfAny();
        Map<String, Euro> out = new LinkedHashMap<>();
        if (policy == RoundingPolicy.EACH_HALF_UP) {
            usersByComune.forEach((k, n) -> out.put(k, amount(n)));
            return out;
        }
        // the part of the total that these users are entitled to, split among them to the cent
        Euro part = Euro.ofCents(BigInteger.valueOf(total.cents()).multiply(BigInteger.valueOf(sum))
                .divide(BigInteger.valueOf(users)).longValueExact());
        if (sum == users) {
            part = total;
        }
        List<Claim> claims = new ArrayList<>();
        usersByComune.forEach((k, n) -> claims.add(Claim.of(k, n)));
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(part, claims));
        usersByComune.keySet().forEach(k -> out.put(k, a.amountOf(k)));
        return out;
    }

    /**
     * Monitoring: what a Comune returns when it served fewer additional users than assigned,
     * (assigned − served) × cost per user, half-up to the cent; zero when it served them all.
     */
    public Euro toReturn(long assigned, long served) {
        Violations v = new Violations();
        v.check(assigned >= 0, "assigned", assigned, "must not be negative");
        v.check(served >= 0, "served", served, "must not be negative");
        v.throwIfAny();
        return served >= assigned ? Euro.ZERO : amount(assigned - served);
    }
}
