package it.fsr.cli;

import java.io.PrintStream;

/** The {@code fsr} command line. See the README's "Command line" section. */
public final class Main {
    private Main() {
    }

    /** Runs a command and exits with its code. */
    public static void main(String[] args) {
        int code = new Cli(System.out, System.err).run(args);
        System.out.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return new Cli(out, err).run(args);
    }
}
