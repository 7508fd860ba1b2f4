package it.fsr.cli;

import java.io.PrintStream;

/**
 * A command's result, written once every input was checked: a text, or a result held in columns that is
 * written row by row (a million rows are never one string).
 */
@FunctionalInterface
interface Output {
    /** Writes the result. */
    void writeTo(PrintStream out);

    /** A result that is a text. */
    static Output of(String text) {
        return out -> out.print(text);
    }
}
