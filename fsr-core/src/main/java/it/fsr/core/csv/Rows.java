package it.fsr.core.csv;

import it.fsr.core.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the readers of large files share: rows grouped by what they belong to, problems in the order of
 * their lines, short repeated values kept once. Stateless, but for {@link SharedValues}.
 */
public final class Rows {
    private Rows() {
    }

    /** The problems in the order of their lines (stable: a line's problems keep their order). */
    public static List<Violation> byLine(List<Violation> problems, List<Integer> lines) {
        Integer[] order = new Integer[problems.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(lines.get(a), lines.get(b)));
        List<Violation> out = new ArrayList<>(order.length);
        for (Integer i : order) {
            out.add(problems.get(i));
        }
        return out;
    }

    private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("\\w+\\[(.+?)]\\.?(.*)");

    /**
     * A domain's problem at its file line: {@code ambiti[X].population} becomes {@code A.csv:4: population}
     * when X's line is known ({@code id} when the field names no column), else {@code A.csv: field}.
     *
     * @param lines the line of each id in the file
     */
    public static Violation locate(Violation v, String file, Map<String, Integer> lines) {
        java.util.regex.Matcher m = INDEXED.matcher(v.field());
        if (m.matches() && lines.containsKey(m.group(1))) {
            String col = m.group(2).isEmpty() ? "id" : snake(m.group(2));
            return v.at(file + ":" + lines.get(m.group(1)) + ": " + col);
        }
        return v.at(file + ": " + v.field());
    }

    /** A camelCase field as the CSV's snake_case column. */
    public static String snake(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Two lists of column names as one. */
    public static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
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
    public record Grouping(int[] first, int[] order) {
        /** Groups rows 0 … rows-1 by {@code group[row]} in 0 … groups-1. */
        public static Grouping of(int[] group, int rows, int groups) {
            int[] first = new int[groups + 1];
            for (int j = 0; j < rows; j++) {
                first[group[j] + 1]++;
            }
            for (int k = 0; k < groups; k++) {
                first[k + 1] += first[k];
            }
            int[] order = new int[rows];
            int[] next = Arrays.copyOf(first, groups);
            for (int j = 0; j < rows; j++) {
                order[next[group[j]]++] = j;
            }
            return new Grouping(first, order);
        }
    }

    /**
     * Short values a large file repeats on many rows (member ids M1, M2…, Ambiti) kept once, so that a
     * million rows do not hold a million copies of "M1"; bounded. One per reading thread (not thread-safe).
     */
    public static final class SharedValues {
        private final Map<String, String> values = new HashMap<>();

        /** The kept copy of {@code value} (null stays null; long values are not kept). */
        public String of(String value) {
            if (value == null || value.length() > 12) {
                return value;
            }
            String known = values.get(value);
            if (known != null) {
                return known;
            }
            if (values.size() < 65_536) {
                values.put(value, value);
            }
            return value;
        }
    }
}
