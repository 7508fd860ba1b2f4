package it.fsr.cli;

import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.Parameter;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code params [--year Y] [--params FILE…]}: every parameter in force during a year (the value in force on
 * 1 January and every value that starts during the year), with its window, its act, the act's address and
 * the file it came from ({@code fsr} for the shipped values). In CSV the output is a parameters file: it loads
 * back unchanged with {@code --params}.
 */
final class ParamsCommand {
    private static final String SHIPPED = "fsr";

    private ParamsCommand() {
    }

    static String run(List<String> rest, int currentYear) {
        Args a = new Args(rest, Set.of("year"));
        int year = a.year(currentYear);
        ParameterSet during = RunParameters.current().duringYear(year);
        List<ParameterSet> files = new ArrayList<>();
        for (String f : RunParameters.files()) {
            files.add(ParameterSet.ofKeys(RunParameters.SHIPPED.keys()).withOverlay(Path.of(f)));
        }
        if (a.format() == Args.Format.CSV) {
            return during.toParametersFile((key, value) -> origin(files, key, value));
        }
        Table t = new Table(List.of("name", "value", "valid_from", "valid_until", "source", "address", "origin"));
        for (Parameter<?> p : during.all()) {
            for (DatedValue<?> v : p.history()) {
                t.add(List.of(p.key().name(), ParameterSet.valueText(v.value()), v.validFrom().toString(), v.validUntil() == null ? "" : v.validUntil().toString(),
                        v.source(), v.address(), origin(files, p.key(), v)), null, p.key().name() + "@" + v.validFrom());
            }
        }
        return t.render(a.format(), a.lang(), false);
    }

    /** The last file given that holds this very value from this date; the shipped files otherwise. */
    private static String origin(List<ParameterSet> files, ParameterKey<?> key, DatedValue<?> value) {
        for (int i = files.size() - 1; i >= 0; i--) {
            ParameterSet f = files.get(i);
            if (f.all().stream().anyMatch(p -> p.key().name().equals(key.name()) && p.history().contains(value))) {
                return Path.of(RunParameters.files().get(i)).getFileName().toString();
            }
        }
        return SHIPPED;
    }
}
