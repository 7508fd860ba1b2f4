package it.fsr.cli;

import java.util.List;

/** Invalid input: every problem as a {@code file:line: column: problem} line. Exit code 3. */
final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    InputException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
