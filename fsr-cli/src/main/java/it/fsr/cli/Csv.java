package it.fsr.cli;

import it.fsr.core.csv.CsvTable;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the CLI's CSV files, and placing domain problems on their file lines. */
final class Csv {
    private static final Pattern INDEXED = Pattern.compile("\\w+\\[(.+?)]\\.?(.*)");

    private Csv() {
    }

    /** Parses and checks the header; every problem becomes an {@link InputException}. */
    static CsvTable table(String file, String text, List<String> required, List<String> optional) {
        try {
            CsvTable t = CsvTable.parse(file, text);
            t.requireColumns(required, optional);
            return t;
        } catch (ValidationException e) {
            throw new InputException(e.violations().stream().map(Cli::problem).toList());
        }
    }

    static void throwIfAny(Violations v) {
        if (!v.isEmpty()) {
            throw new InputException(v.list().stream().map(Cli::problem).toList());
        }
    }

    /** {@code ambiti[X].population} → {@code A.csv:4: population} when X's line is known. */
    static Violation locate(Violation v, String file, Map<String, Integer> lines, String collection) {
        Matcher m = INDEXED.matcher(v.field());
        if (m.matches() && lines.containsKey(m.group(1))) {
            String col = m.group(2).isEmpty() ? "id" : m.group(2).replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
            return v.at(file + ":" + lines.get(m.group(1)) + ": " + col);
        }
        return v.at(file + ": " + v.field());
    }
}
