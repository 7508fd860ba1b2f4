package it.fsr.cli;

import it.fsr.core.validation.ValidationException;

/**
 * A streamed run that found problems after some rows were written: the problems are told as any invalid input's (exit
 * 3), and the rows written to standard output are said to be no result. With {@code --output} nothing is left: the
 * temporary file is removed.
 */
final class Incomplete extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ValidationException problems;
    private final long rows;

    Incomplete(ValidationException problems, long rows) {
        super(null, null, false, false);
        this.problems = problems;
        this.rows = rows;
    }

    ValidationException problems() {
        return problems;
    }

    String message(java.util.Locale lang) {
        return lang == java.util.Locale.ENGLISH
                ? "the output is incomplete: " + rows + " rows were written before the problems above were found; they are not a result"
                : "l'output è incompleto: " + rows + " righe sono state scritte prima di trovare i problemi sopra; non sono un risultato";
    }
}
