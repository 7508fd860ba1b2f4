package it.fsr.core.validation;

import java.util.Collection;
import java.util.Locale;

/**
 * Words a person types for a thing fsr knows (a column, an area of a plan): the word as fsr compares it, and the known
 * word a typo is nearest to, so that a misspelling is an error that names the right word ("forse household_id?"),
 * never a silent mismatch. Stateless.
 */
public final class Words {
    private Words() {
    }

    /** A word as compared: without spaces around it, lower case, inner spaces as one ({@code " Anziani  Soli"} → {@code "anziani soli"}). */
    public static String normal(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * The known word {@code word} is a near miss of: the same letters without separators ({@code _ - space}), or at most
     * one edit for a word of up to four letters and two for a longer one; null when none is that near. The cost is
     * bounded by the words' lengths (at most 64 characters are compared).
     */
    public static String nearest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String bare = word.replaceAll("[_\\-\\s]", "");
        for (String k : known) {
            int d = bare.equals(k.replaceAll("[_\\-\\s]", "")) ? 0 : distance(word, k, 3);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= (word.length() <= 4 ? 1 : 2) ? best : null;
    }

    /** Levenshtein's distance, or {@code limit} once it is reached. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > 64 || b.length() > 64) {
            return limit;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit);
    }
}
