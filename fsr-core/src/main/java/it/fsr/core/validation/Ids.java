package it.fsr.core.validation;

/**
 * What an id may be: printable text of at most {@link Limits#idLength()} characters, with no control character (a
 * newline would forge a log line, a NUL cut a record), no bidirectional control (U+202E would show a different text
 * than the one stored) and no lone surrogate. An id is a key, never a place for data. Stateless.
 */
public final class Ids {
    private Ids() {
    }

    /** Whether {@code id} is a valid id. */
    public static boolean isValid(String id) {
        return problem(id) == null;
    }

    /** Checks {@code id} into {@code v} at {@code field}; true when it is valid. */
    public static boolean check(String id, String field, Violations v) {
        String p = problem(id);
        if (p != null) {
            v.addCoded(p, field, id == null ? "null" : printable(id), Limits.idLength());
        }
        return p == null;
    }

    /** Whether {@code id} is an id (the check of {@link #check} without a message). */
    public static boolean valid(String id) {
        return problem(id) == null;
    }

    /** {@code id}, or a {@link ValidationException} naming {@code field}. */
    public static String require(String id, String field) {
        Violations v = new Violations();
        check(id, field, v);
        v.throwIfAny();
        return id;
    }

    /** The code of what is wrong with {@code id}, or null. */
    static String problem(String id) {
        if (id == null || id.isBlank()) {
            return "FSR-ID-EMPTY";
        }
        if (id.length() > Limits.idLength()) {
            return "FSR-ID-LENGTH";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c) || c == '\uFEFF') {
                return "FSR-ID-CHARACTER";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= id.length() || !Character.isLowSurrogate(id.charAt(i + 1))) {
                    return "FSR-ID-CHARACTER";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "FSR-ID-CHARACTER";
            }
        }
        return null;
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** The id as it can be shown in a message: every control and bidirectional character as its code, cut. */
    public static String printable(String id) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < id.length() && b.length() < Violation.MAX_VALUE_LENGTH; i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c) || c == '\uFEFF' || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
