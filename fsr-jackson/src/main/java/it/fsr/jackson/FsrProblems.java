package it.fsr.jackson;

import com.fasterxml.jackson.core.JacksonException;
import it.fsr.core.validation.FsrException;
import java.util.Optional;

/**
 * How a service tells its errors apart. Jackson wraps an exception thrown while reading a value in its own
 * ({@code JsonMappingException}); {@link #find(Throwable)} finds fsr's inside it, and
 * {@link #httpStatus(Throwable)} maps any error to a status by type, never by message:
 * <ul>
 *   <li>400 — a {@link it.fsr.core.validation.ValidationException} anywhere in the chain, or JSON that is not
 *       well-formed or does not fit the type (the client's input);</li>
 *   <li>500 — a {@link it.fsr.core.parameter.MissingParameterException} (the service has not loaded the act for
 *       the period asked) and anything else.</li>
 * </ul>
 * A {@link it.fsr.core.validation.FsrException} written with the module's mapper is a problem document with
 * its status, code and violations.
 */
public final class FsrProblems {
    private FsrProblems() {
    }

    /** fsr's exception in the chain of causes of {@code error}, itself included. */
    public static Optional<FsrException> find(Throwable error) {
        return it.fsr.json.FsrJson.find(error);
    }

    /** 400 for the client's input, 500 for the service's configuration or a defect. */
    public static int httpStatus(Throwable error) {
        Optional<FsrException> fsr = find(error);
        if (fsr.isPresent()) {
            return fsr.get().isInputProblem() ? 400 : 500;
        }
        return error instanceof JacksonException ? 400 : 500;
    }
}
