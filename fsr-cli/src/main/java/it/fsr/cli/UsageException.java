package it.fsr.cli;

/**
 * Bad usage: unknown command or option, a missing value or file. Exit code 2. Said in the run's language: the Italian
 * text when one is given (the default language of the command line), the English one with {@code --lang en}.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String italian;

    UsageException(String message) {
        this(message, null);
    }

    UsageException(String english, String italian) {
        super(english);
        this.italian = italian;
    }

    /** The message in the run's language; the English one when no Italian text was given. */
    String message(java.util.Locale language) {
        return italian != null && !java.util.Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? italian : getMessage();
    }
}
