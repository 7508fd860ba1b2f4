package it.fsr.piano.pnrr;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The payment of a PNRR M5C2 project in four tranches, 10% – 35% – 35% – 20% of its financing, each to the
 * cent by largest remainder so that they sum to the project's amount; and the split of an inter-Ambito
 * project among its Ambiti by the key they state (population, say).
 *
 * <p>Which milestone each tranche is due at is not in the source: a parameter, by default (reading) the
 * advance at the convenzione (1/6/2022), the two intermediate tranches at the reporting of 35% and 70%
 * of the spending, the balance after the final report (30/6/2026). Stateless.
 */
public final class Tranches {
    /** Tranche shares. */
    static final List<ParameterKey<Rate>> SHARES = List.of(
            ParameterKey.of("pnrr.tranche1", Rate.class, "first tranche"), ParameterKey.of("pnrr.tranche2", Rate.class, "second tranche"),
            ParameterKey.of("pnrr.tranche3", Rate.class, "third tranche"), ParameterKey.of("pnrr.tranche4", Rate.class, "fourth tranche"));
    /** The convenzione with the Ministry (the advance). */
    static final ParameterKey<LocalDate> CONVENZIONE = ParameterKey.of("pnrr.convenzione", LocalDate.class, "convenzione (advance due)");
    /** The end of the projects and their final reporting. */
    static final ParameterKey<LocalDate> END = ParameterKey.of("pnrr.end", LocalDate.class, "end and final reporting");

    /** M5C2 1.3 in a Città metropolitana: inhabitants per project an Ambito may hold. */
    static final ParameterKey<Long> METRO_INHABITANTS_PER_PROJECT = ParameterKey.of("pnrr.metro.inhabitantsPerProject", Long.class,
            "M5C2 1.3, metropolitan Ambito: inhabitants per project");

    /** Every key of this catalogue, with or without a shipped value. */
    static final List<ParameterKey<?>> KEYS = java.util.stream.Stream.concat(SHARES.stream(),
            java.util.stream.Stream.<ParameterKey<?>>of(CONVENZIONE, END, METRO_INHABITANTS_PER_PROJECT)).toList();

    private static final ParameterSet DEFAULTS = ParameterSet.fromResources(name -> Tranches.class.getResourceAsStream(name), KEYS, "tranches.csv");

    /**
     * One tranche.
     *
     * @param number    1 to 4
     * @param share     its share of the financing
     * @param amount    its amount, to the cent
     * @param milestone when it is due (reading, a parameter)
     */
    public record Tranche(int number, Rate share, Euro amount, String milestone) {
    }

    private Tranches() {
    }

    /** The default parameters (the Avviso's shares and dates). */
    public static ParameterSet defaults() {
        return DEFAULTS;
    }

    /** The four tranches of a project's financing, with the default shares. */
    public static List<Tranche> of(Euro amount) {
        return of(amount, DEFAULTS);
    }

    /**
     * The four tranches, Σ = amount to the cent (largest remainder, ties to the earlier tranche).
     *
     * @throws ValidationException for a negative amount, or shares that do not sum to 100%
     */
    public static List<Tranche> of(Euro amount, ParameterSet parameters) {
        // the Avviso is one act: its shares are the ones in force on its convenzione's date
        LocalDate on = newest(parameters, CONVENZIONE);
        Violations v = new Violations();
        v.check(!amount.isNegative(), "amount", amount, "must not be negative");
        List<Rate> shares = new ArrayList<>();
        Rate total = Rate.ZERO;
        for (ParameterKey<Rate> k : SHARES) {
            Rate r = parameters.valueOn(k, on);
            shares.add(r);
            total = total.plus(r);
        }
        v.check(total.equals(Rate.ONE), "pnrr.tranches", total, "must sum to 100%");
        v.throwIfAny();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            claims.add(Claim.of("t" + (i + 1), shares.get(i).fraction()));
        }
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(amount, claims));
        String[] milestones = {"convenzione " + parameters.valueOn(CONVENZIONE, on), "rendicontazione del 35% della spesa",
            "rendicontazione del 70% della spesa", "saldo dopo la rendicontazione finale (" + parameters.valueOn(END, on) + ")"};
        List<Tranche> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            out.add(new Tranche(i + 1, shares.get(i), a.amountOf("t" + (i + 1)), milestones[i]));
        }
        return out;
    }

    /**
     * An inter-Ambito project's money split among its Ambiti in proportion to the key they state, to the
     * cent (largest remainder, ties by the Ambito's name).
     *
     * @throws ValidationException for a negative key or amount, or a key that is zero everywhere
     */
    public static Map<String, Euro> interAmbito(Euro amount, Map<String, Long> key) {
        Violations v = new Violations();
        v.check(!amount.isNegative(), "amount", amount, "must not be negative");
        v.check(!key.isEmpty(), "key", "{}", "at least one Ambito is required");
        key.forEach((k, x) -> v.check(x >= 0, "key[" + k + "]", x, "must not be negative"));
        v.check(key.values().stream().mapToLong(Long::longValue).sum() > 0 || key.isEmpty(), "key", key.values(),
                "all zero: no proportions to continue");
        v.throwIfAny();
        List<Claim> claims = new ArrayList<>();
        key.forEach((k, x) -> claims.add(Claim.of(k, x)));
        Allocation a = AllocationEngine.allocate(AllocationRequest.of(amount, claims));
        Map<String, Euro> out = new LinkedHashMap<>();
        key.keySet().forEach(k -> out.put(k, a.amountOf(k)));
        return out;
    }

    /** The newest value of a parameter of the Avviso (one act, one edition so far). */
    static <T> T newest(ParameterSet parameters, ParameterKey<T> key) {
        List<it.fsr.core.parameter.DatedValue<T>> h = parameters.parameter(key).history();
        return h.get(h.size() - 1).value();
    }
}
