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

    private static String render(List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        String head = violations.size() == 1 ? "1 invalid input" : violations.size() + " invalid inputs";
        return violations.stream().map(Violation::toString)
                .collect(Collectors.joining("\n  ", head + ":\n  ", ""));
    }
}
