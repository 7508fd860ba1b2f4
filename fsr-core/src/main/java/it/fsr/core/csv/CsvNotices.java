package it.fsr.core.csv;

import it.fsr.core.validation.Violation;
import java.util.function.Consumer;

/**
 * What a CSV reader notices without refusing the file: a column it does not read (a clerk's {@code note} or
 * {@code cognome}), so that the caller can say it. A program that binds nothing hears nothing; the command line binds
 * standard error. One binding per thread (the thread that reads the header).
 */
public final class CsvNotices {
    private static final ThreadLocal<Consumer<Violation>> SINK = new ThreadLocal<>();

    private CsvNotices() {
    }

    /** Notices on this thread go to {@code sink} until {@link #clear()}. */
    public static void bind(Consumer<Violation> sink) {
        SINK.set(sink);
    }

    /** No more notices on this thread. */
    public static void clear() {
        SINK.remove();
    }

    static void note(Violation v) {
        Consumer<Violation> sink = SINK.get();
        if (sink != null) {
            sink.accept(v);
        }
    }
}
