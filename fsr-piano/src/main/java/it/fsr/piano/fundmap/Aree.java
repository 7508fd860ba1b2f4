package it.fsr.piano.fundmap;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.validation.Violations;
import it.fsr.core.validation.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed vocabulary of the areas of users ({@code aree.csv}): each area's code, Italian name and the other names the
 * acts use (ISTAT's areas of the survey of the Comuni's social services). A line's or a service's area is one of them,
 * or an error naming the nearest. Immutable.
 */
public final class Aree {
    private static final Map<String, String> CODE_OF = new HashMap<>();
    private static final Map<String, String> NAMES = new java.util.LinkedHashMap<>();

    static {
        try (InputStream in = Aree.class.getResourceAsStream("aree.csv")) {
            CsvTable t = CsvTable.parseCommented("aree.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Violations v = new Violations();
            for (CsvRow r : t.rows()) {
                String code = Words.normal(r.requiredText("codice", v));
                NAMES.put(code, r.requiredText("nome", v));
                CODE_OF.put(code, code);
                for (String other : r.text("altri_nomi").orElse("").split("\\|")) {
                    if (!other.isBlank()) {
                        CODE_OF.put(Words.normal(other), code);
                    }
                }
            }
            v.throwIfAny();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Aree() {
    }

    /** The area's code for {@code word} (its code, its name or another name, as written without case, accents or spaces), or null. */
    public static String code(String word) {
        return CODE_OF.get(normal(word));
    }

    /** {@code word} as an area's code when it is one, else as written (normalized), for the check to name it. */
    static String canonical(String word) {
        String n = normal(word);
        return CODE_OF.getOrDefault(n, n);
    }

    /** The area's Italian name. */
    public static String name(String code) {
        return NAMES.get(code);
    }

    /** Every area's code, in the table's order. */
    public static List<String> codes() {
        return new ArrayList<>(NAMES.keySet());
    }

    /** The word of the vocabulary nearest to {@code word}, or null when none is near. */
    static String nearest(String word) {
        return Words.nearest(normal(word), new ArrayList<>(CODE_OF.keySet()));
    }

    private static String normal(String word) {
        String n = java.text.Normalizer.normalize(Words.normal(word), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replaceAll("\\s+", " ");
    }
}
