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
