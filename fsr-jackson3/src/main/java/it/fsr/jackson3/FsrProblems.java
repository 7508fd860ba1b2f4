package it.fsr.jackson3;

import it.fsr.core.validation.FsrException;
import it.fsr.json.FsrJson;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * How a service on Jackson 3 tells its errors apart, by type, never by message: 400 for a
 * {@link it.fsr.core.validation.ValidationException} anywhere in the chain or JSON that is not well-formed or does not fit
 * the type; 500 for an act the service has not loaded ({@link it.fsr.core.parameter.MissingParameterException}) and
 * anything else.
 */
public final class FsrProblems {
    private FsrProblems() {
    }

    /** fsr's exception in the chain of causes of {@code error}, itself included. */
    public static Optional<FsrException> find(Throwable error) {
        return FsrJson.find(error);
    }

    /** 400 for the client's input, 500 for the service's configuration or a defect. */
    public static int httpStatus(Throwable error) {
        Optional<FsrException> fsr = find(error);
        if (fsr.isPresent()) {
            return FsrJson.status(fsr.get());
        }
        return error instanceof JacksonException ? 400 : 500;
    }
}
