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

    /** The problems in the order of their lines (stable: a line's problems keep their order). */
    static List<Violation> byLine(List<Violation> problems, List<Integer> lines) {
        Integer[] order = new Integer[problems.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(lines.get(a), lines.get(b)));
        List<Violation> out = new java.util.ArrayList<>(order.length);
        for (Integer i : order) {
            out.add(problems.get(i));
        }
        return out;
    }

    /** Two lists of column names as one. */
    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * Rows grouped by what they belong to (a counting sort: linear, two arrays): the rows of group k are
     * {@code order[first[k] .. first[k+1])}, in file order.
     *
     * @param first where each group starts in {@code order}; one more entry than groups
     * @param order the rows, group after group
     */
    record Grouping(int[] first, int[] order) {
        /** Groups rows 0 … rows-1 by {@code group[row]} in 0 … groups-1. */
        static Grouping of(int[] group, int rows, int groups) {
            int[] first = new int[groups + 1];
            for (int j = 0; j < rows; j++) {
                first[group[j] + 1]++;
            }
            for (int k = 0; k < groups; k++) {
                first[k + 1] += first[k];
            }
            int[] order = new int[rows];
            int[] next = java.util.Arrays.copyOf(first, groups);
            for (int j = 0; j < rows; j++) {
                order[next[group[j]]++] = j;
            }
            return new Grouping(first, order);
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
