package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one CSV reader of fsr, row by row from a character stream (the file's encoding is {@link CsvCharsets}'s,
 * its parts {@link CsvSplit}'s, read at once by {@link it.fsr.core.parallel.Parts}): {@link CsvTable} keeps every row, a batch
 * keeps none (it reads each row into its columns and lets it go), so that memory does not grow with the
 * file. The grammar is Excel's: an optional BOM; the separator is {@code ;} when the header (the first line
 * that is not blank) contains one, else {@code ,}; fields may be quoted with {@code "} (a doubled quote
 * inside is a quote; a quoted field may span lines); blank lines are skipped; LF or CRLF. The header's
 * problems and rows whose field count differs from the header's are violations ({@code file:line: …}),
 * collected in the caller's {@link Violations}; an unterminated quote ends the reading with an exception.
 */
public final class CsvStream {
    private static final int BUFFER = CsvCharsets.BUFFER;

    private final String fileName;
    private final Reader in;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private int line = 1;
    private char sep = ',';

    /** What the header told: the dialect and the columns. */
    public record Header(CsvDialect dialect, List<String> columns, Map<String, Integer> index, int line, String text) {
        /** Records a required column that is missing and a column that is neither required nor optional. */
        public void requireColumns(String fileName, List<String> required, List<String> optional, Violations v) {
            checkColumns(fileName, columns, required, optional, v);
        }
    }

    /** The header check of every CSV file: every required column present, no column unknown. */
    static void checkColumns(String fileName, List<String> header, List<String> required, List<String> optional, Violations v) {
        if (!required.isEmpty() && header.stream().noneMatch(h -> required.contains(h) || optional.contains(h))) {
            // not a file of this kind at all (a system file named by mistake or on purpose): said once, its first line not echoed
            v.addCoded("FSR-CSV-NOT-THIS-FILE", fileName + ":1: header", "", String.join(",", required));
            return;
        }
        for (String r : required) {
            v.check(header.contains(r), fileName + ":1: header", r, "the required column is missing (expected " + String.join(",", required) + ")");
        }
        for (String h : header) {
            if (required.contains(h) || optional.contains(h)) {
                continue;
            }
            String near = nearest(h, required, optional);
            if (near != null) {
                // a near miss of a column fsr reads is a typo, never ignored: "forse household_id?"
                v.addCoded("FSR-CSV-COLUMN-NEAR", fileName + ":1: " + h, h, near);
            } else {
                // a column of the clerk's own (note, cognome): read past, and said
                CsvNotices.note(Violation.coded("FSR-CSV-COLUMN-IGNORED", fileName + ":1: " + h, h));
            }
        }
    }

    /** The known column {@code name} is a near miss of ({@link it.fsr.core.validation.Words#nearest}), or null. */
    static String nearest(String name, List<String> required, List<String> optional) {
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        return it.fsr.core.validation.Words.nearest(name, known);
    }

    /** Receives each data row, in file order; the row is immutable and may be kept. */
    @FunctionalInterface
    public interface Rows {
        /** One data row. */
        void row(CsvRow row);

        /**
         * The header, told once before the first row (a reader that checks the columns before the rows; it may
         * throw to stop the reading, and its exception reaches the caller of {@code read}). Nothing by default.
         */
        default void header(Header header) {
        }
    }

    /** Values a file repeats on many rows kept once (a whole table in memory); null when rows are not kept. */
    private final Map<String, String> shared;

    private CsvStream(String fileName, Reader in, boolean share) {
        this.fileName = fileName;
        this.in = in;
        this.shared = share ? new java.util.HashMap<>() : null;
    }

    /**
     * Reads a CSV file from disk, decoding it as UTF-8 (BOM accepted) or, when its bytes are not UTF-8,
     * Windows-1252 — told by a first pass over the bytes that keeps nothing — or in the {@code forced}
     * encoding.
     *
     * @return the header, or null when the file has none (a violation is recorded)
     */
    public static Header read(String fileName, Path file, Charset forced, Violations v, Rows rows) {
        return read(fileName, file, forced, v, 1, k -> rows);
    }

    /**
     * Reads a CSV file from disk as {@link #read(String, Path, Charset, Violations, Rows)} does, in
     * {@code parts} byte ranges at once when the file allows it (no quote character, so that every line end
     * ends a record; at least a megabyte a part): part k's rows go to {@code sinks.apply(k)}, called on one
     * thread per part, in file order within the part; parts are in file order, and so are the violations.
     * The same rows, lines and problems as one part — only sooner.
     *
     * @return the header, or null when the file has none (a violation is recorded)
     */
    public static Header read(String fileName, Path file, Charset forced, Violations v, int parts, java.util.function.IntFunction<Rows> sinks) {
        // detected: the bytes were checked in the detecting pass; forced: the strict decoder of the reading pass checks them
        Charset charset = forced != null ? forced : CsvCharsets.detect(fileName, file);
        if (charset != null) {
            try {
                return readDecoded(fileName, file, charset, v, parts, sinks);
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof CharacterCodingException)) {
                    throw e;
                }
            }
        }
        v.add(Violation.coded("FSR-CSV-ENCODING", fileName + ":1: file", fileName));
        return null;
    }

    private static Header readDecoded(String fileName, Path file, Charset charset, Violations v, int parts,
            java.util.function.IntFunction<Rows> sinks) {
        long[][] split = parts > 1 ? CsvSplit.split(file, parts) : null;
        if (split == null) {
            return readRange(fileName, file, charset, 0, Long.MAX_VALUE, v, sinks.apply(0));
        }
        try {
            CsvStream first = new CsvStream(fileName, CsvCharsets.reader(file, charset, 0, split[0][1]), false);
            Header header = first.readHeader(v);
            if (header == null) {
                return readRange(fileName, file, charset, 0, Long.MAX_VALUE, v, sinks.apply(0));
            }
            int n = split.length;
            Violations[] found = new Violations[n];
            long[] records = new long[n];
            it.fsr.core.parallel.Parts.run(n, part -> {
                if (part == 0) {
                    found[0] = new Violations();
                    Rows sink = sinks.apply(0);
                    sink.header(header);
                    try (Reader r = first.in) {
                        records[0] = first.readRows(header, found[0], sink);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + fileName, e);
                    }
                    return;
                }
                found[part] = new Violations();
                Rows sink = sinks.apply(part);
                sink.header(header);
                try (Reader r = CsvCharsets.reader(file, charset, split[part][0], split[part][1])) {
                    CsvStream s = new CsvStream(fileName, r, false);
                    s.sep = first.sep;
                    s.line = (int) split[part][2];
                    records[part] = s.readRows(header, found[part], sink);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + fileName, e);
                }
            });
            long total = 0;
            for (int k = 0; k < n; k++) {
                found[k].list().forEach(v::add);
                total += records[k];
            }
            if (total == 0) {
                v.addCoded("FSR-CSV-NO-ROWS", fileName + ":" + header.line() + ": header", "");
            }
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
    }

    private static Header readRange(String fileName, Path file, Charset charset, long from, long length, Violations v, Rows rows) {
        try (Reader r = CsvCharsets.reader(file, charset, from, length)) {
            return read(fileName, r, v, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
    }

    /**
     * Reads CSV text from a character stream.
     *
     * @return the header, or null when the text has none ({@code FSR-CSV-EMPTY} is recorded)
     * @throws ValidationException for a quoted field never closed
     */
    public static Header read(String fileName, Reader in, Violations v, Rows rows) {
        return read(fileName, in, v, rows, false);
    }

    /** As {@link #read(String, Reader, Violations, Rows)}; with {@code share}, short repeated values are kept once. */
    static Header read(String fileName, Reader in, Violations v, Rows rows, boolean share) {
        try {
            return new CsvStream(fileName, in instanceof BufferedReader ? in : new BufferedReader(in, BUFFER), share).run(v, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
    }

    private int next() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos];
    }

    /** Values a file repeats on many rows (codes, small numbers, yes/no) kept once; bounded. */
    private String canonical(String value) {
        if (value.length() > 12) {
            return value;
        }
        String known = shared.get(value);
        if (known != null) {
            return known;
        }
        if (shared.size() < 65_536) {
            shared.put(value, value);
        }
        return value;
    }

    /** The separator, told by the first line that is not blank (read ahead, then given back). */
    private char separator() throws IOException {
        int limit = 1 << 20;
        in.mark(limit + 1);
        char sep = ',';
        StringBuilder l = new StringBuilder();
        int ch;
        for (int read = 0; read < limit && (ch = in.read()) >= 0; read++) {
            if (ch == '\n') {
                if (!l.toString().isBlank()) {
                    break;
                }
                l.setLength(0);
            } else {
                l.append((char) ch);
            }
        }
        if (l.indexOf(";") >= 0) {
            sep = ';';
        } else if (l.indexOf("\t") >= 0 && l.indexOf(",") < 0) {
            // Excel's "Testo (delimitato da tabulazione)"
            sep = '\t';
        }
        in.reset();
        return sep;
    }

    private Header run(Violations v, Rows rows) throws IOException {
        Header header = readHeader(v);
        if (header == null) {
            v.add(Violation.coded("FSR-CSV-EMPTY", fileName + ":1: header", ""));
            return null;
        }
        rows.header(header);
        long dataRecords = readRows(header, v, rows);
        if (dataRecords == 0) {
            v.addCoded("FSR-CSV-NO-ROWS", fileName + ":" + header.line() + ": header", "");
        }
        return header;
    }

    /** The header: the first record that is not blank (after an optional BOM); null when there is none. */
    private Header readHeader(Violations v) throws IOException {
        char sep = separator();
        if (peek() == '\uFEFF') {
            next();
        }
        this.sep = sep;
        // ';' and a tab are what Italian Excel writes, with the decimal comma (scelta di fsr for a tab: Italian Excel's
        // text export; a decimal point is then refused as ambiguous, never misread)
        CsvDialect dialect = sep == ';' || sep == '\t' ? CsvDialect.ITALIAN : CsvDialect.PLAIN;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (peek() >= 0) {
            int startLine = line;
            if (!record(sep, fields, field)) {
                continue;
            }
            // Excel's artefact: a header ending with a separator has empty columns at its end; they are not columns
            while (fields.size() > 1 && fields.get(fields.size() - 1).isBlank()) {
                fields.remove(fields.size() - 1);
            }
            List<String> names = new ArrayList<>();
            Map<String, Integer> index = new LinkedHashMap<>();
            for (String h : fields) {
                // an Italian name (Età, nucleo) is its column's alias; a code is always itself
                String name = ColumnNames.canonical(columnName(h));
                if (name.isEmpty()) {
                    v.add(fileName + ":" + startLine + ": header", h, "a column has no name");
                } else if (names.contains(name)) {
                    v.add(fileName + ":" + startLine + ": " + name, name, "the column appears twice in the header");
                } else {
                    index.put(name, names.size());
                }
                names.add(name);
            }
            return new Header(dialect, List.copyOf(names), java.util.Collections.unmodifiableMap(index), startLine,
                    String.join(String.valueOf(sep), fields));
        }
        return null;
    }

    /** Whether every field from {@code from} on is blank. */
    private static boolean blank(List<String> fields, int from) {
        for (int i = from; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A header cell as a column's name: without spaces around it, in lower case, without accents, inner spaces as
     * {@code _} ({@code "Household_ID"}, {@code " household id "} and {@code "HOUSEHOLD_ID"} all name {@code household_id}).
     */
    static String columnName(String cell) {
        String s = java.text.Normalizer.normalize(cell.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "_");
    }

    /** The data rows up to the end of the stream; how many records there were (good or not). */
    private long readRows(Header header, Violations v, Rows rows) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int columns = header.columns().size();
        String[] names = CsvRow.names(header.index());
        long dataRecords = 0;
        while (peek() >= 0) {
            int startLine = line;
            if (!record(sep, fields, field)) {
                continue;
            }
            if (blank(fields, 0)) {
                continue; // a row Excel left as ";;": no content, no row
            }
            if (fields.size() > columns && blank(fields, columns)) {
                // Excel's trailing empty columns ("…;open_over_5_hours;"): nothing in them, dropped
                fields.subList(columns, fields.size()).clear();
            }
            dataRecords++;
            if (fields.size() != columns) {
                v.addCoded("FSR-CSV-FIELD-COUNT", fileName + ":" + startLine + ": row", fields.size(), columns);
                continue;
            }
            String[] values = new String[columns];
            for (int c = 0; c < columns; c++) {
                values[c] = shared == null ? fields.get(c).strip() : canonical(fields.get(c).strip());
            }
            rows.row(new CsvRow(fileName, startLine, header.dialect(), header.index(), names, values));
        }
        return dataRecords;
    }

    /**
     * Reads one record into {@code fields}; whether it had content (a blank line has none).
     *
     * @throws ValidationException for a quoted field never closed
     */
    private boolean record(char sep, List<String> fields, StringBuilder field) throws IOException {
        int startLine = line;
        fields.clear();
        field.setLength(0);
        String pending = null;
        boolean quoted = false;
        boolean content = false;
        boolean blank = true;
        while (true) {
            if (pos == len && peek() < 0) {
                break;
            }
            if (!quoted) {
                // a run of ordinary characters, taken at once
                int start = pos;
                while (pos < len) {
                    char c = buf[pos];
                    if (c == sep || c == '"' || c == '\n' || c == '\r') {
                        break;
                    }
                    pos++;
                }
                if (pos > start) {
                    if (blank) {
                        for (int k = start; k < pos; k++) {
                            if (!Character.isWhitespace(buf[k])) {
                                blank = false;
                                content = true;
                                break;
                            }
                        }
                    }
                    if (field.length() == 0 && pos < len && buf[pos] != '"') {
                        // the whole field is in the buffer: a string straight from it, no builder
                        pending = new String(buf, start, pos - start);
                        continue;
                    }
                    if (pending != null) {
                        field.append(pending);
                        pending = null;
                    }
                    field.append(buf, start, pos - start);
                    continue;
                }
            }
            if (pending != null) {
                if (pos < len && (buf[pos] == sep || buf[pos] == '\n' || buf[pos] == '\r')) {
                    // the field ends here: hand the string over as it is
                    char c = buf[pos++];
                    if (c == sep) {
                        fields.add(pending);
                        pending = null;
                        blank = true;
                        content = true;
                        continue;
                    }
                    if (c == '\r' && peek() == '\n') {
                        next();
                    }
                    line++;
                    fields.add(pending);
                    pending = null;
                    return content;
                }
                field.append(pending);
                pending = null;
            }
            int ch = next();
            if (quoted) {
                if (ch == '"') {
                    if (peek() == '"') {
                        next();
                        field.append('"');
                        continue;
                    }
                    quoted = false;
                    continue;
                }
                if (ch == '\n') {
                    line++;
                }
                field.append((char) ch);
                continue;
            }
            if (ch == '"' && blank) {
                // a quoted field: what came before its quote was blank; what follows its closing quote is its text
                quoted = true;
                content = true;
                blank = false;
                field.setLength(0);
            } else if (ch == sep) {
                fields.add(field.toString());
                field.setLength(0);
                blank = true;
                content = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && peek() == '\n') {
                    next();
                }
                line++;
                fields.add(field.toString());
                return content;
            } else {
                // a quote inside an unquoted field is an ordinary character
                field.append((char) ch);
                blank = false;
                content = true;
            }
        }
        if (quoted) {
            throw ValidationException.of(fileName + ":" + startLine + ": row", "\"", "a quoted field is never closed");
        }
        if (pending != null) {
            field.append(pending);
        }
        fields.add(field.toString());
        return content;
    }
}
