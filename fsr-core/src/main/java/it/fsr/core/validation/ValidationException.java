package it.fsr.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception fsr throws for bad input: it carries <em>every</em> problem found, never just the
 * first, so that a caller can fix an input file in one pass.
 *
 * <p>A {@link FsrException}: a service maps it to a client error. The message lists each violation on its own line as {@code field = value: why}. Immutable.
 */
public final class ValidationException extends FsrException {
    private static final long serialVersionUID = 1L;

    /** The code of this kind of exception; each violation has its own. */
    public static final String CODE = "FSR-INPUT-INVALID";

    /** The violations; never empty; serialised with the exception. */
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations the problems found; must not be null nor empty
     */
    public ValidationException(List<Violation> violations) {
        super(render(violations));
        this.violations = List.copyOf(violations);
    }

    /** Creates an exception for a single problem. */
    public static ValidationException of(String field, Object value, String message) {
        return new ValidationException(List.of(Violation.of(field, value, message)));
    }

    /** {@value #CODE}. */
    /**
     * {@code value}, or a {@code ValidationException} naming {@code field} as required: a caller's null is bad input of
     * fsr's family ({@code FSR-REQUIRED}), never a {@link NullPointerException}.
     */
    public static <T> T requireNonNull(T value, String field) {
        if (value == null) {
            throw new ValidationException(java.util.List.of(Violation.coded("FSR-REQUIRED", field, "null")));
        }
        return value;
    }

    @Override
    public String code() {
        return CODE;
    }

    /** True: the input is at fault. */
    @Override
    public boolean isInputProblem() {
        return true;
    }

    /** The problems found, in the order they were detected; never empty. */
    @Override
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The message: how many problems, and for each its field, what is wrong and its code — never the value as written, and an id in a
     * field's brackets masked ({@code users[…].isee}): a message ends up in logs, the values stay in
     * {@link #violations()} for the caller to show to whom they belong. At most the first ten are named.
     */
    private static String render(List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        String head = violations.size() == 1 ? "1 invalid input" : violations.size() + " invalid inputs";
        String list = violations.stream().limit(10).map(v -> masked(v.field()) + ": " + v.message() + " [" + v.code() + "]")
                .collect(Collectors.joining("\n  ", head + ":\n  ", ""));
        return violations.size() > 10 ? list + "\n  …" : list;
    }

    /** A field with what its brackets hold (an id) masked, cut to a bounded length. */
    static String masked(String field) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < field.length() && b.length() < 200; i++) {
            char c = field.charAt(i);
            if (c == '[') {
                if (depth++ == 0) {
                    b.append("[…");
                }
            } else if (c == ']' && depth > 0) {
                if (--depth == 0) {
                    b.append(']');
                }
            } else if (depth == 0) {
                b.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return b.toString();
    }
}
