package it.fsr.core.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The Italian name of every column fsr reads or writes ({@code colonne_it.properties}): the title a person reads in a
 * report, and the alias a clerk may write in a header instead of the code ({@code Età} for {@code age},
 * {@code nucleo} for {@code household_id}), matched without regard to case, accents and spaces. A name that is itself a
 * code, or that two columns share, is a title only, never an alias: the codes always win. Immutable.
 */
public final class ColumnNames {
    private static final Map<String, String> TITLES;
    private static final Map<String, String> ALIASES;

    static {
        Properties p = new Properties();
        try (InputStream in = ColumnNames.class.getResourceAsStream("colonne_it.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> titles = new HashMap<>();
        for (String code : p.stringPropertyNames()) {
            titles.put(code, p.getProperty(code).strip());
        }
        Map<String, String> aliases = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Map.Entry<String, String> e : titles.entrySet()) {
            String alias = CsvStream.columnName(e.getValue());
            if (titles.containsKey(alias) || alias.equals(e.getKey())) {
                continue;
            }
            if (aliases.put(alias, e.getKey()) != null) {
                shared.add(alias);
            }
        }
        shared.forEach(aliases::remove);
        TITLES = Map.copyOf(titles);
        ALIASES = Map.copyOf(aliases);
    }

    private ColumnNames() {
    }

    /** The Italian title of column {@code code}, or null when fsr has none. */
    public static String italian(String code) {
        return TITLES.get(code);
    }

    /** The column a header's normalized name stands for: the code of an Italian alias, or the name itself. */
    public static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    /** Every alias and its column, for the documentation. */
    public static Map<String, String> aliases() {
        return ALIASES;
    }
}
