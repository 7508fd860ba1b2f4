package it.fsr.cli;

/**
 * A run that succeeded with rows refused or lines that differ: its output is written, the reason goes to standard error
 * in the run's language, and the exit code is 1 ({@code isee-corrente}'s refused requests, {@code isee verifica}'s
 * attestations whose arithmetic differs).
 */
final class Partial extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Output output;
    private final String english;
    private final String italian;

    Partial(Output output, String english, String italian) {
        super(english, null, false, false);
        this.output = output;
        this.english = english;
        this.italian = italian;
    }

    Output output() {
        return output;
    }

    String message(java.util.Locale lang) {
        return lang == java.util.Locale.ENGLISH ? english : italian;
    }
}
