package it.fsr.cli;

import java.util.HashMap;
import java.util.Map;

/**
 * Short values a large file repeats on many rows (member ids M1, M2…, Ambiti) kept once, so that a million
 * rows do not hold a million copies of "M1"; bounded. One per reading thread (not thread-safe).
 */
final class SharedValues {
    private final Map<String, String> values = new HashMap<>();

    /** The kept copy of {@code value} (null stays null; long values are not kept). */
    String of(String value) {
        if (value == null || value.length() > 12) {
            return value;
        }
        String known = values.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() < 65_536) {
            values.put(value, value);
        }
        return value;
    }
}
