package it.fsr.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long run on standard error — one line a phase, for inputs of 100,000 rows or more — so that
 * a clerk running a region's million households sees it working; {@code --quiet} silences it. Standard
 * output carries only the result.
 */
final class Progress {
    /** Inputs smaller than this run silently. */
    static final int LARGE = 100_000;
    private static final ThreadLocal<PrintStream> ERR = new ThreadLocal<>();

    private final PrintStream err;
    private final boolean english;
    private final long start = System.nanoTime();

    private Progress(PrintStream err, boolean english) {
        this.err = err;
        this.english = english;
    }

    /** Where progress goes during {@link Cli#run}; removed after. */
    static void bind(PrintStream err) {
        if (err == null) {
            ERR.remove();
        } else {
            ERR.set(err);
        }
    }

    /** A reporter for this run, silent when {@code quiet} or when no standard error is bound. */
    static Progress of(boolean quiet, Locale lang) {
        PrintStream err = ERR.get();
        return new Progress(quiet ? null : err, "en".equals(lang.getLanguage()));
    }

    /** A library reader's phase, by its code ({@code households.read}…), in the run's language. */
    void code(String phase, long rows) {
        switch (phase) {
            case "households.read" -> phase("nuclei letti", "households read", rows);
            case "members.read" -> phase("componenti letti", "members read", rows);
            case "dsus.checked" -> phase("DSU controllate", "DSUs checked", rows);
            case "households.checked" -> phase("nuclei controllati", "households checked", rows);
            default -> phase(phase, phase, rows);
        }
    }

    /** Says a phase is done after {@code rows} rows, when the input is large. */
    void phase(String italian, String english, long rows) {
        if (err == null || rows < LARGE) {
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "fsr: %s: %,d (%.1f s)%n", this.english ? english : italian, rows, seconds);
    }
}
