package it.fsr.core.validation;

/**
 * The limits that keep any input's cost bounded by its size, with safe defaults a vendor may change by system
 * property at start-up ({@code -Dfsr.limit.idLength=64}); read once, immutable afterwards, thread-safe.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>Property</th><th>Default</th><th>What it bounds</th></tr>
 *   <tr><td>{@code fsr.limit.idLength}</td><td>100</td><td>characters of an id (household, member, user, unit)</td></tr>
 *   <tr><td>{@code fsr.limit.members}</td><td>50</td><td>members of one household or DSU</td></tr>
 *   <tr><td>{@code fsr.limit.users}</td><td>100000</td><td>users, households or units in one request read from JSON</td></tr>
 *   <tr><td>{@code fsr.limit.violations}</td><td>1000</td><td>problems listed in one error (the rest are counted)</td></tr>
 * </table>
 * The length of a value echoed in a message is {@link Violation#MAX_VALUE_LENGTH}.
 */
public final class Limits {
    private static final int ID_LENGTH = read("fsr.limit.idLength", 100);
    private static final int MEMBERS = read("fsr.limit.members", 50);
    private static final int USERS = read("fsr.limit.users", 100_000);
    private static final int VIOLATIONS = read("fsr.limit.violations", 1000);

    private Limits() {
    }

    private static int read(String property, int defaultValue) {
        String s = System.getProperty(property);
        if (s == null || s.isBlank()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(s.strip());
            return v > 0 ? v : defaultValue;
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    /** The longest id, in characters ({@code fsr.limit.idLength}, default 100). */
    public static int idLength() {
        return ID_LENGTH;
    }

    /** The most members of one household or DSU ({@code fsr.limit.members}, default 50). */
    public static int members() {
        return MEMBERS;
    }

    /** The most users, households or units in one request read from JSON ({@code fsr.limit.users}, default 100,000). */
    public static int users() {
        return USERS;
    }

    /** The most problems one error lists; the rest are counted ({@code fsr.limit.violations}, default 1,000). */
    public static int violations() {
        return VIOLATIONS;
    }
}
