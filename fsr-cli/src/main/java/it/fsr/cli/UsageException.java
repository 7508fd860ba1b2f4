package it.fsr.cli;

/** Bad usage: unknown command or option, a missing value or file. Exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
