package it.fsr.cli;

import it.fsr.core.explain.Languages;
import it.fsr.core.riparto.MonteOrfano2025;
import it.fsr.core.riparto.RipartoPlan;
import java.io.PrintStream;
import java.util.Locale;

/** Dispatches the commands. */
final class Cli {
    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length == 0) {
            out.print(help());
            return 0;
        }
        switch (args[0]) {
            case "demo": {
                RipartoPlan plan = MonteOrfano2025.plan();
                Locale lang = Languages.ITALIAN;
                out.print(plan.toText(lang, false));
                return 0;
            }
            default:
                err.println("fsr: unknown command " + args[0]);
                err.print(help());
                return 2;
        }
    }

    static String help() {
        return "usage: java -jar fsr.jar <command> [options]\n  demo   the FSR 2025 riparto of Ambito 6 Monte Orfano (embedded example)\n";
    }
}
