package it.fsr.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The family of the exceptions fsr throws for a problem its caller can name: every one carries a stable
 * code and the {@link Violation}s found, each with its own code, field, value and arguments, and renders
 * them in Italian or English.
 *
 * <p>Two kinds, told apart by type so that a service maps them without reading messages:
 * <ul>
 *   <li>{@link ValidationException} — the input is wrong (a client error, HTTP 400);</li>
 *   <li>{@link it.fsr.core.parameter.MissingParameterException} — the input is fine but the act that sets a
 *       parameter for the period asked is not loaded (a configuration problem of the service, HTTP 500).</li>
 * </ul>
 * Both are {@link java.io.Serializable} with their violations (a violation's arguments are kept when they
 * are serialisable, written as text otherwise). Immutable.
 */
public abstract class FsrException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** For the two kinds of the kernel; not meant to be extended by callers. */
    protected FsrException(String message) {
        super(message);
    }

    /** The stable code of the exception ({@code FSR-INPUT-INVALID}, {@code FSR-PARAM-MISSING}). */
    public abstract String code();

    /** The problems, in the order found; never empty. */
    public abstract List<Violation> violations();

    /** Whether the caller's input is at fault (true) or the service's configuration of parameters (false). */
    public abstract boolean isInputProblem();

    /**
     * Every problem in a language with the value as written ({@code field = value: message}): for the person the data
     * belongs to (a clerk's screen, the command line's report), never for a log — {@link #getMessage()} names fields and
     * codes only.
     */
    public String message(Locale locale) {
        return violations().stream().map(v -> v.text(locale))
                .collect(Collectors.joining("\n"));
    }
}
