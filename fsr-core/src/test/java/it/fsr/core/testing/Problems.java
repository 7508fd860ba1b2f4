package it.fsr.core.testing;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.util.List;

/** The fields of the problems a call reports: empty when it reports none (the tests' one way to ask "where is it wrong?"). */
public final class Problems {
    private Problems() {
    }

    /** The field of each violation {@code call} throws, in order; empty when it throws none. */
    public static List<String> fields(Runnable call) {
        try {
            call.run();
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }
}
