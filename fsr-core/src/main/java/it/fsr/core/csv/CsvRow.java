package it.fsr.core.csv;

import it.fsr.core.explain.Coded;
import it.fsr.core.explain.CsvDialect;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One data row of a {@link CsvTable}, with typed readers that record a violation (field
 * {@code file:line: column}) instead of throwing, so that a whole file's problems are reported at once.
 * A reader returns {@code null} when the value was bad or missing and required.
 */
public final class CsvRow {
    private final String fileName;
    private final int line;
    private final CsvDialect dialect;
    /** The file's column positions, shared by every row of the file. */
    private final Map<String, Integer> columns;
    /** This row's values (stripped), in column order; never exposed, so the row stays immutable. */
    private final String[] values;

    /** The header names, interned, by position (null for a column that has no usable name). */
    private final String[] header;

    CsvRow(String fileName, int line, CsvDialect dialect, Map<String, Integer> columns, String[] values) {
        this(fileName, line, dialect, columns, names(columns), values);
    }

    CsvRow(String fileName, int line, CsvDialect dialect, Map<String, Integer> columns, String[] header, String[] values) {
        this.header = header;
        this.fileName = fileName;
        this.line = line;
        this.dialect = dialect;
        this.columns = columns;
        this.values = values;
    }

    /** The interned names of the columns by position. */
    static String[] names(Map<String, Integer> columns) {
        int n = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        String[] names = new String[n];
        columns.forEach((name, i) -> names[i] = name.intern());
        return names;
    }

    /** The number conventions of the row's file. */
    public CsvDialect dialect() {
        return dialect;
    }

    /** The line number of the row in the file (1 is the header). */
    public int line() {
        return line;
    }

    /** The field path used in violations: {@code file:line: column}. */
    public String field(String column) {
        return fileName + ":" + line + ": " + column;
    }

    /** Whether the file has this column (whatever this row's value). */
    public boolean hasColumn(String column) {
        return position(column) >= 0;
    }

    /** The raw text of a column, if the column exists and the value is not blank. */
    public Optional<String> text(String column) {
        return Optional.ofNullable(raw(column));
    }

    /** The raw text of a column, or null when the column is absent or the value blank (no Optional per cell). */
    private String raw(String column) {
        int c = position(column);
        String s = c < 0 ? null : values[c];
        return s == null || s.isBlank() ? null : CsvWriter.unneutralised(s);
    }

    /**
     * The position of a column: first by identity against the interned header names (a caller's literal is
     * the same object), then by the map — a hash of the name per cell is what a batch of millions of rows
     * would otherwise pay most.
     */
    private int position(String column) {
        String[] names = header;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == column) {
                return i;
            }
        }
        Integer c = columns.get(column);
        return c == null ? -1 : c;
    }

    /** Each enum's constants' names in lower case, by position: the usual cell matched without hashing it. */
    /**
     * The spellings of each enum's constants, in lower case with {@code _} for {@code -} and blanks, and the
     * constant each names: for a {@link Coded} enum its codes then its aliases, else the constants' names.
     */
    private static final ClassValue<Object[][]> SPELLINGS = new ClassValue<>() {
        @Override
        protected Object[][] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            java.util.List<String> words = new java.util.ArrayList<>();
            java.util.List<Object> values = new java.util.ArrayList<>();
            for (Object c : constants) {
                words.add(c instanceof Coded coded ? normal(coded.code()) : ((Enum<?>) c).name().toLowerCase(Locale.ROOT));
                values.add(c);
            }
            for (Object c : constants) {
                if (c instanceof Coded coded) {
                    for (String a : coded.aliases()) {
                        words.add(normal(a));
                        values.add(c);
                    }
                    words.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
                    values.add(c);
                }
            }
            return new Object[][] {words.toArray(new String[0]), values.toArray()};
        }
    };

    private static String normal(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /**
     * The text of a column for a typed reader: the value, or null when blank (recording a violation
     * with {@code missing} as its message when {@code required}).
     */
    private String present(String column, boolean required, String missing, Violations v) {
        String s = raw(column);
        if (s == null && required) {
            v.add(field(column), "", missing);
        }
        return s;
    }

    /** The raw text of a required column; records a violation when blank. */
    /**
     * An id cell: required, and an id as {@link it.fsr.core.validation.Ids} allows (printable, no control or bidirectional
     * character, at most {@link it.fsr.core.validation.Limits#idLength()} characters); null after a violation.
     */
    public String id(String column, Violations v) {
        String s = requiredText(column, v);
        // the field's name is built only for an id that is wrong: a region's files read millions of ids
        if (s != null && !it.fsr.core.validation.Ids.valid(s)) {
            it.fsr.core.validation.Ids.check(s, field(column), v);
            return null;
        }
        return s;
    }

    public String requiredText(String column, Violations v) {
        String s = raw(column);
        if (s == null) {
            v.add(field(column), "", "a value is required");
        }
        return s;
    }

    /**
     * A number of {@code kind} in the file's dialect, read by {@link NumberReader} (one reader for every
     * numeric column); the violation names the cell and the text as written.
     */
    private BigDecimal number(String column, boolean required, NumberReader.Kind kind, Violations v) {
        String raw = raw(column);
        if (raw == null) {
            if (required) {
                // a clerk leaves zero out: say how to write it
                v.addCoded("FSR-REQUIRED-NUMBER", field(column), "");
            }
            return null;
        }
        NumberReader.Reading r = NumberReader.read(raw, dialect, kind);
        if (!r.ok()) {
            v.addCoded(r.code(), field(column), raw, r.args().toArray());
        }
        return r.value();
    }

    /** A euro amount in the file's dialect; {@code required} false returns null for blank. */
    public Euro amount(String column, boolean required, boolean allowNegative, Violations v) {
        BigDecimal d = number(column, required, NumberReader.Kind.AMOUNT, v);
        if (d == null) {
            return null;
        }
        if (!allowNegative && d.signum() < 0) {
            v.addCoded("FSR-NEGATIVE", field(column), text(column).orElse(""));
            return null;
        }
        try {
            return Euro.of(d);
        } catch (ValidationException e) {
            v.add(e.violations().get(0).at(field(column)).withValue(text(column).orElse("")));
            return null;
        }
    }

    /** A non-negative decimal in the file's dialect (Italian: decimal comma). */
    public BigDecimal decimal(String column, boolean required, Violations v) {
        BigDecimal d = number(column, required, NumberReader.Kind.DECIMAL, v);
        if (d != null && d.signum() < 0) {
            v.addCoded("FSR-NEGATIVE", field(column), text(column).orElse(""));
            return null;
        }
        return d;
    }

    /** A non-negative whole number. */
    public Long integer(String column, boolean required, Violations v) {
        BigDecimal d = number(column, required, NumberReader.Kind.INTEGER, v);
        if (d == null) {
            return null;
        }
        if (d.signum() < 0) {
            v.addCoded("FSR-NEGATIVE", field(column), text(column).orElse(""));
            return null;
        }
        if (d.precision() > 15) {
            v.addCoded("FSR-IMPLAUSIBLE", field(column), text(column).orElse(""));
            return null;
        }
        return d.longValueExact();
    }

    /** A percentage ({@code 5}, {@code 5%}, {@code 28,88%} in a {@code ;} file, {@code 28.88%} in a {@code ,} file). */
    public Rate percent(String column, boolean required, Violations v) {
        BigDecimal d = number(column, required, NumberReader.Kind.PERCENT, v);
        return d == null ? null : Rate.ofPercent(d);
    }

    /** Yes/no: {@code yes/no/true/false/si/sì/1/0}, any case. Blank gives {@code defaultValue}. */
    public Boolean yesNo(String column, Boolean defaultValue, Violations v) {
        String s = raw(column);
        if (s == null) {
            if (defaultValue == null) {
                v.addCoded("FSR-REQUIRED-YES-NO", field(column), "");
            }
            return defaultValue;
        }
        if (s.equals("no")) {
            return Boolean.FALSE;
        }
        if (s.equals("yes")) {
            return Boolean.TRUE;
        }
        switch (s.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "si", "sì", "1", "y", "s":
                return Boolean.TRUE;
            case "no", "false", "0", "n":
                return Boolean.FALSE;
            default:
                v.addCoded("FSR-YES-NO", field(column), s);
                return null;
        }
    }

    /** An ISO date {@code YYYY-MM-DD}, or {@code DD/MM/YYYY}. */
    public LocalDate date(String column, boolean required, Violations v) {
        String raw = present(column, required, "a value is required", v);
        if (raw == null) {
            return null;
        }
        String t = raw;
        try {
            if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] p = t.split("/");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            v.addCoded("FSR-DATE", field(column), t);
            return null;
        }
    }

    /**
     * An enum constant by its lower-case name ({@code not_self_sufficient}), or for a {@link Coded} enum by its
     * code or an alias, in any case; lists the choices on error.
     */
    public <E extends Enum<E>> E enumValue(String column, Class<E> type, E defaultValue, Violations v) {
        String s = raw(column);
        if (s == null) {
            if (defaultValue == null) {
                v.add(field(column), "", "a value is required");
            }
            return defaultValue;
        }
        String want = s.strip();
        if (want.indexOf('-') >= 0 || want.indexOf(' ') >= 0) {
            want = want.replace('-', '_').replace(' ', '_');
        }
        Object[][] spellings = SPELLINGS.get(type);
        String[] words = (String[]) spellings[0];
        Object[] values = spellings[1];
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(want)) {
                return type.cast(values[i]);
            }
        }
        String lowerWant = want.toLowerCase(Locale.ROOT);
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(lowerWant)) {
                return type.cast(values[i]);
            }
        }
        StringBuilder choices = new StringBuilder();
        for (Object c : type.getEnumConstants()) {
            choices.append(choices.length() == 0 ? "" : ", ").append(c instanceof Coded coded ? coded.code() : ((Enum<?>) c).name().toLowerCase(Locale.ROOT));
        }
        v.addCoded("FSR-ENUM", field(column), s, choices.toString());
        return null;
    }
}
