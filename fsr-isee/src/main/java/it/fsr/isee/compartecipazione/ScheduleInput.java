package it.fsr.isee.compartecipazione;

import it.fsr.core.csv.PropertiesText;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.io.IOException;
import java.io.StringReader;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads a schedule from the properties a Comune's office edits (the format of the command line):
 * {@code name, source, service, kind (sociale, sociosanitario, residenziale; default sociale), unit (ora,
 * pasto, giorno, mese, anno, corsa, altro), unit_label (the unit as the act names it; required with altro), users (minorenni,
 * non_autosufficienti, tutti: whom the service is for, checked against the variant), cost, isee (ordinario, sociosanitario, residenze, minorenni), use_ff (yes/no),
 * exempt_up_to, full_cost_above, no_access_above, segment.N=from|to|fee_at_from|fee_at_to,
 * quadratic.N=from|to|fee_at_from|fee_at_to (the quadratic progression),
 * bracket.N=from|to|fee (an empty to: no upper bound), percent.N=from|to|percent, rounding (half_up,
 * down, up; default half_up), retta_day, personal_allowance_month, max_jump} — amounts in either
 * dialect ({@code 7.500,00} or {@code 7500.00}). Bands are taken in the order of N. Every problem is
 * reported at once as {@code file:line: key}. Stateless.
 */
public final class ScheduleInput {
    private ScheduleInput() {
    }

    /**
     * Every key a schedule file may have, as documented ({@code N} stands for a band's or a rank's number): the list the
     * command line's documentation is checked against.
     */
    public static final java.util.List<String> KEYS = java.util.List.of("name", "source", "service", "users", "kind", "unit", "unit_label",
            "cost", "isee", "use_ff", "exempt_up_to", "full_cost_above", "no_access_above", "segment.N", "quadratic.N", "bracket.N",
            "percent.N", "rounding", "retta_day", "personal_allowance_month", "period", "units_per_year", "max_jump", "no_isee",
            "non_resident", "rank.N", "disability.exempt_up_to", "disability.share");

    /** The schedule and the largest jump its check allows ({@code max_jump}, default €50.00). */
    public record Read(Schedule schedule, Euro maxJump) {
    }

    /**
     * Reads a schedule.
     *
     * @throws ValidationException listing every bad key and value, and every problem of the schedule
     */
    public static Read read(String fileName, String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw ValidationException.of(fileName, "", "is not a properties file: " + e.getMessage());
        }
        Map<String, Integer> lines = PropertiesText.keyLines(text);
        java.util.function.Function<String, String> at = k -> fileName + (lines.containsKey(k) ? ":" + lines.get(k) : "") + ": " + k;
        Violations v = new Violations();
        PropertiesText.duplicateKeys(fileName, text).forEach(v::add);
        Schedule.Builder b = Schedule.builder(p.getProperty("name", "").strip());
        if (p.getProperty("name", "").isBlank()) {
            v.add(at.apply("name"), "", "is required");
        }
        b.source(p.getProperty("source")).service(p.getProperty("service"));
        b.kind(choice(p, "kind", Schedule.Kind.class, Schedule.Kind.SOCIALE, at, v));
        b.unit(choice(p, "unit", Schedule.Unit.class, null, at, v));
        b.unitLabel(p.getProperty("unit_label"));
        if (p.getProperty("users") != null) {
            b.users(choice(p, "users", Schedule.UserGroup.class, null, at, v));
        }
        b.isee(choice(p, "isee", it.fsr.isee.Variant.class, null, at, v));
        b.cost(PropertiesText.amount(p, "cost", true, false, at, v));
        b.exemptUpTo(PropertiesText.amount(p, "exempt_up_to", false, false, at, v));
        b.fullCostAbove(PropertiesText.amount(p, "full_cost_above", false, false, at, v));
        b.noAccessAbove(PropertiesText.amount(p, "no_access_above", false, false, at, v));
        b.rettaDay(PropertiesText.amount(p, "retta_day", false, false, at, v));
        b.personalAllowanceMonth(PropertiesText.amount(p, "personal_allowance_month", false, false, at, v));
        if (p.getProperty("period") != null) {
            b.period(choice(p, "period", Schedule.Period.class, null, at, v));
        }
        Euro maxJump = PropertiesText.amount(p, "max_jump", false, false, at, v);
        b.disabilityExemptUpTo(PropertiesText.amount(p, "disability.exempt_up_to", false, false, at, v));
        if (p.getProperty("disability.share") != null) {
            b.disabilityShare(PropertiesText.percent(p.getProperty("disability.share"), at.apply("disability.share"), v));
        }
                b.noIsee(fallback(p, "no_isee", at, v));
        b.nonResident(fallback(p, "non_resident", at, v));
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("rank.")) {
                String n = key.substring("rank.".length());
                it.fsr.core.money.Rate share = PropertiesText.percent(p.getProperty(key), at.apply(key), v);
                if (!n.matches("\\d{1,2}") || Integer.parseInt(n) < 2) {
                    v.add(at.apply(key), key, "a rank from 2 (rank.2, rank.3, …)");
                } else if (share != null) {
                    b.rankShare(Integer.parseInt(n), share);
                }
            }
        }
        String upy = p.getProperty("units_per_year");
        if (upy != null && !upy.isBlank()) {
            if (upy.strip().matches("\\d{1,5}")) {
                b.unitsPerYear(Integer.valueOf(upy.strip()));
            } else {
                v.add(at.apply("units_per_year"), upy, "is not a whole number of units");
            }
        }
        String ff = p.getProperty("use_ff");
        if (ff != null && !ff.isBlank()) {
            switch (ff.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "true", "si", "sì", "1" -> b.useFf(true);
                case "no", "false", "0" -> b.useFf(false);
                default -> v.add(at.apply("use_ff"), ff, "is not yes/no (yes, no, true, false, si, sì, 1, 0)");
            }
        }
        String r = p.getProperty("rounding", "half_up").strip().toLowerCase(Locale.ROOT);
        switch (r) {
            case "half_up" -> b.rounding(RoundingMode.HALF_UP);
            case "down" -> b.rounding(RoundingMode.DOWN);
            case "up" -> b.rounding(RoundingMode.UP);
            default -> v.add(at.apply("rounding"), r, "is not one of half_up, down, up");
        }
        TreeMap<Integer, Band> bands = new TreeMap<>();
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            String[] parts = key.split("\\.", -1);
            if (KEYS.contains(key)) {
                continue; // a single key, read above: the documented list is the one list of keys
            }
            switch (parts[0]) {
                case "rank" -> {
                    // read above
                }
                case "segment", "quadratic", "bracket", "percent" -> {
                    Integer n = parts.length == 2 && parts[1].matches("\\d{1,4}") ? Integer.valueOf(parts[1]) : null;
                    if (n == null) {
                        v.add(at.apply(key), key, "unknown key");
                        continue;
                    }
                    Band band = band(parts[0], p.getProperty(key), at.apply(key), v);
                    if (band != null && bands.put(n, band) != null) {
                        v.add(at.apply(key), key, "is a duplicate");
                    }
                }
                default -> v.add(at.apply(key), key, "unknown key");
            }
        }
        bands.values().forEach(b::band);
        v.throwIfAny();
        try {
            return new Read(b.build(), maxJump == null ? ScheduleCheck.DEFAULT_MAX_JUMP : maxJump);
        } catch (ValidationException e) {
            Violations placed = new Violations();
            for (var x : e.violations()) {
                placed.add(x.at(at.apply(x.field())));
            }
            placed.throwIfAny();
            throw e;
        }
    }

    private static Band band(String kind, String value, String where, Violations v) {
        String[] f = value.split("\\|", -1);
        boolean curve = kind.equals("segment") || kind.equals("quadratic");
        int expected = curve ? 4 : 3;
        if (f.length != expected) {
            v.add(where, value, "is not one of " + (curve ? "from|to|fee_at_from|fee_at_to" : kind.equals("bracket") ? "from|to|fee"
                    : "from|to|percent"));
            return null;
        }
        Euro from = PropertiesText.amount(f[0], where, v);
        Euro to = f[1].isBlank() && !curve ? null : PropertiesText.amount(f[1], where, v);
        switch (kind) {
            case "segment", "quadratic" -> {
                Euro a = PropertiesText.amount(f[2], where, v);
                Euro z = PropertiesText.amount(f[3], where, v);
                if (from == null || to == null || a == null || z == null) {
                    return null;
                }
                return kind.equals("segment") ? new Band.Linear(from, to, a, z) : new Band.Quadratic(from, to, a, z);
            }
            case "bracket" -> {
                Euro fee = PropertiesText.amount(f[2], where, v);
                return from == null || fee == null || !f[1].isBlank() && to == null ? null : new Band.Fixed(from, to, fee);
            }
            default -> {
                Rate pct = PropertiesText.percent(f[2], where, v);
                return pct == null || from == null || !f[1].isBlank() && to == null ? null : new Band.Percent(from, to, pct);
            }
        }
    }

    /** {@code top_band}, {@code full_cost} or {@code fee:AMOUNT}, or null when the key is absent. */
    private static Schedule.Fallback fallback(Properties p, String key, java.util.function.Function<String, String> at, Violations v) {
        String s = p.getProperty(key);
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.equals("top_band")) {
            return new Schedule.Fallback(Schedule.FallbackKind.TOP_BAND, null);
        }
        if (t.equals("full_cost")) {
            return new Schedule.Fallback(Schedule.FallbackKind.FULL_COST, null);
        }
        if (t.startsWith("fee:")) {
            Euro fee = PropertiesText.amount(s.strip().substring(4).strip(), at.apply(key), v);
            return fee == null ? null : new Schedule.Fallback(Schedule.FallbackKind.FEE, fee);
        }
        v.add(at.apply(key), s, "is not one of top_band, full_cost, fee:AMOUNT");
        return null;
    }

        private static <E extends Enum<E>> E choice(Properties p, String key, Class<E> type, E defaultValue,
            java.util.function.Function<String, String> at, Violations v) {
        String s = p.getProperty(key);
        if (s == null || s.isBlank()) {
            if (defaultValue == null) {
                v.add(at.apply(key), "", "is required");
            }
            return defaultValue;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s.strip())) {
                return e;
            }
        }
        StringBuilder choices = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            choices.append(choices.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        v.add(at.apply(key), s, "is not one of " + choices);
        return null;
    }
}
