package it.fsr.cli;

import java.io.PrintStream;

/** The {@code fsr} command line. See the README's "Command line" section. */
public final class Main {
    private Main() {
    }

    /** Runs a command and exits with its code. */
    public static void main(String[] args) {
        // UTF-8 whatever the console's encoding (LANG=C used to print "comunit?" and "? 422.430,60" with exit 0)
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false,
                java.nio.charset.StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, java.nio.charset.StandardCharsets.UTF_8);
        int code = new Cli(out, err).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return new Cli(out, err).run(args);
    }
}
