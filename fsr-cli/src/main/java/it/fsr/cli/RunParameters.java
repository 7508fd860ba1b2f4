package it.fsr.cli;

import it.fsr.core.parameter.ParameterSet;
import it.fsr.isee.dsu.DsuParameters;
import it.fsr.isee.veneto.FattoreFamigliaParameters;
import it.fsr.lep.LepParameters;
import it.fsr.piano.pnrr.Tranches;
import it.fsr.riparto.RipartoParameters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of one run: every module's shipped values with the files given as {@code --params FILE}
 * (repeatable) laid over them, in order, a later file winning for the windows it covers. A file with any
 * problem stops the run before anything is computed (exit 3, every problem listed).
 */
final class RunParameters {
    /** Every module's shipped parameters. */
    static final ParameterSet SHIPPED = ParameterSet.union(RipartoParameters.defaults(), DsuParameters.defaults(),
            FattoreFamigliaParameters.defaults(), LepParameters.defaults(), Tranches.defaults());

    private static final ThreadLocal<ParameterSet> CURRENT = ThreadLocal.withInitial(() -> SHIPPED);
    private static final ThreadLocal<List<String>> FILES = ThreadLocal.withInitial(List::of);

    private RunParameters() {
    }

    /** Removes every {@code --params FILE} (or {@code --params=FILE}) from {@code args} and loads the files. */
    static void bind(List<String> args) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); ) {
            String s = args.get(i);
            if (s.equals("--params")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException("--params needs a file name");
                }
                files.add(args.get(i + 1));
                args.subList(i, i + 2).clear();
            } else if (s.startsWith("--params=")) {
                files.add(s.substring("--params=".length()));
                args.remove(i);
            } else {
                i++;
            }
        }
        ParameterSet set = SHIPPED;
        for (String f : files) {
            set = set.withOverlay(Path.of(f));
        }
        CURRENT.set(set);
        FILES.set(List.copyOf(files));
    }

    /** This run's parameters. */
    static ParameterSet current() {
        return CURRENT.get();
    }

    /** The files laid over the shipped values in this run, in order. */
    static List<String> files() {
        return FILES.get();
    }

    static void clear() {
        CURRENT.remove();
        FILES.remove();
    }
}
