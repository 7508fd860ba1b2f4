package it.fsr.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential: {@link CsvStream} against a slow reference written from RFC 4180 and the rules fsr states for Excel's
 * files — the separator told by the first line that is not blank ({@code ;}, else a tab with no comma, else a comma), an
 * optional byte order mark, quoted fields with doubled quotes and line breaks, CRLF, LF or CR alone ending a record,
 * blank lines and rows of separators only skipped, a header's trailing empty columns dropped, a row's trailing empty
 * fields dropped, a row of another length refused at its line, values stripped — on random texts from an alphabet of
 * exactly those characters, short and longer than the reader's buffer.
 */
class CsvStreamDifferentialTest {
    /** The random cases: fewer under mutation testing ({@code fsr.examples} below 1,000), where each mutant runs them. */
    private static final int CASES = Integer.getInteger("fsr.examples", 1000) >= 1000 ? 4_000 : 4_000 / 10;

    /** What a reading gives: the columns, each row's line and values, the problems (or the exception's). */
    record Parsed(List<String> columns, List<String> rows, List<String> problems) {
    }

    static Parsed stream(String text) {
        Violations v = new Violations();
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try {
            CsvStream.Header h = CsvStream.read("f.csv", new StringReader(text), v, new CsvStream.Rows() {
                @Override
                public void header(CsvStream.Header header) {
                    columns.addAll(header.columns());
                }

                @Override
                public void row(CsvRow r) {
                    StringBuilder b = new StringBuilder(r.line() + ":");
                    for (String c : columns) {
                        b.append('[').append(r.text(c).orElse("")).append(']');
                    }
                    rows.add(b.toString());
                }
            });
            if (h != null) {
                assertThat(h.columns()).isEqualTo(columns);
            }
        } catch (ValidationException e) {
            return new Parsed(columns, rows, e.violations().stream().map(x -> x.field() + " " + x.message()).toList());
        }
        return new Parsed(columns, rows, v.list().stream().map(x -> x.field() + " " + x.code()).toList());
    }

    // ---- the reference ------------------------------------------------------------------------------------------

    private static final class Ref {
        final String t;
        int pos;
        int line = 1;
        final char sep;

        Ref(String text) {
            t = text;
            sep = separator(text);
            if (t.startsWith("\uFEFF")) {
                pos = 1;
            }
        }

        /** The first line (ended by LF) that is not blank, else what follows the last LF. */
        static char separator(String text) {
            String chosen = "";
            int from = 0;
            while (true) {
                int nl = text.indexOf('\n', from);
                String l = nl < 0 ? text.substring(from) : text.substring(from, nl);
                chosen = l;
                if (nl < 0 || !l.isBlank()) {
                    break;
                }
                from = nl + 1;
            }
            if (chosen.contains(";")) {
                return ';';
            }
            return chosen.contains("\t") && !chosen.contains(",") ? '\t' : ',';
        }

        /** One record: its fields and whether it had content; null at the end of the text. */
        List<String> record(boolean[] content, int[] startLine) {
            if (pos >= t.length()) {
                return null;
            }
            startLine[0] = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean fieldBlank = true;
            content[0] = false;
            while (true) {
                if (pos >= t.length()) {
                    if (quoted) {
                        throw new IllegalStateException("f.csv:" + startLine[0] + ": row a quoted field is never closed");
                    }
                    fields.add(f.toString());
                    return fields;
                }
                char c = t.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < t.length() && t.charAt(pos) == '"') {
                            pos++;
                            f.append('"');
                        } else {
                            quoted = false;
                        }
                        continue;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    f.append(c);
                    continue;
                }
                if (c == '"' && fieldBlank) {
                    quoted = true;
                    fieldBlank = false;
                    content[0] = true;
                    f.setLength(0);
                } else if (c == sep) {
                    fields.add(f.toString());
                    f.setLength(0);
                    fieldBlank = true;
                    content[0] = true;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && pos < t.length() && t.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    fields.add(f.toString());
                    return fields;
                } else {
                    f.append(c);
                    if (!Character.isWhitespace(c)) {
                        fieldBlank = false;
                        content[0] = true;
                    }
                }
            }
        }
    }

    static Parsed reference(String text) {
        Ref r = new Ref(text);
        List<String> columns = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean[] content = new boolean[1];
        int[] start = new int[1];
        try {
            List<String> header = null;
            int headerLine = 0;
            List<String> f;
            while ((f = r.record(content, start)) != null) {
                if (content[0]) {
                    header = f;
                    headerLine = start[0];
                    break;
                }
            }
            if (header == null) {
                return new Parsed(columns, rows, List.of("f.csv:1: header FSR-CSV-EMPTY"));
            }
            while (header.size() > 1 && header.get(header.size() - 1).isBlank()) {
                header.remove(header.size() - 1);
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            for (String h : header) {
                String name = ColumnNames.canonical(CsvStream.columnName(h));
                if (name.isEmpty()) {
                    problems.add("f.csv:" + headerLine + ": header FSR-CSV-COLUMN-NAMELESS");
                } else if (columns.contains(name)) {
                    problems.add("f.csv:" + headerLine + ": " + name + " FSR-CSV-COLUMN-TWICE");
                } else {
                    index.put(name, columns.size());
                }
                columns.add(name);
            }
            long records = 0;
            while ((f = r.record(content, start)) != null) {
                if (!content[0] || f.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (f.size() > columns.size() && f.subList(columns.size(), f.size()).stream().allMatch(String::isBlank)) {
                    f = new ArrayList<>(f.subList(0, columns.size()));
                }
                records++;
                if (f.size() != columns.size()) {
                    problems.add("f.csv:" + start[0] + ": row FSR-CSV-FIELD-COUNT");
                    continue;
                }
                StringBuilder b = new StringBuilder(start[0] + ":");
                for (String c : columns) {
                    Integer k = index.get(c);
                    String s = k == null ? "" : f.get(k).strip();
                    b.append('[').append(s.isBlank() ? "" : s).append(']');
                }
                rows.add(b.toString());
            }
            if (records == 0) {
                problems.add("f.csv:" + headerLine + ": header FSR-CSV-NO-ROWS");
            }
        } catch (IllegalStateException e) {
            return new Parsed(columns, rows, List.of(e.getMessage()));
        }
        return new Parsed(columns, rows, problems);
    }

    // ---- the texts ----------------------------------------------------------------------------------------------

    private static final String[] PIECES = {"a", "b", "é", " ", "  ", "\t", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "12,5", "x y", "Età"};

    private static String random(Random r, int pieces) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(8) == 0) {
            b.append('\uFEFF');
        }
        if (r.nextInt(3) == 0) {
            // a header of names, then anything
            String sep = new String[] {",", ";", "\t"}[r.nextInt(3)];
            b.append(String.join(sep, List.of("id", "nome", "valore").subList(0, 1 + r.nextInt(3))));
            if (r.nextInt(4) == 0) {
                b.append(sep);
            }
            b.append(r.nextBoolean() ? "\n" : "\r\n");
        }
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void theStreamReadsWhatTheReferenceReads() {
        Random r = new Random(4180);
        for (int i = 0; i < CASES; i++) {
            String text = random(r, r.nextInt(30));
            assertThat(stream(text)).as("%s", text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")).isEqualTo(reference(text));
        }
    }

    @Test
    void textsLongerThanTheReadersBuffer() {
        Random r = new Random(7);
        for (int i = 0; i < 12; i++) {
            StringBuilder b = new StringBuilder(i % 2 == 0 ? "id;nome;valore\n" : "id,nome,valore\r\n");
            while (b.length() < (1 << 17)) {
                b.append(random(r, 12).replace("\uFEFF", ""));
                if (r.nextInt(5) == 0) {
                    b.append("\"lungo ").append("x".repeat(r.nextInt(3000))).append("\"");
                }
            }
            String text = b.toString();
            assertThat(stream(text)).isEqualTo(reference(text));
        }
    }

    @Test
    void whatFollowsAClosedQuoteIsTheFieldsText() {
        assertThat(stream("a,b\n\"x\" \"y\",1\n").rows()).containsExactly("2:[x \"y\"][1]");
        assertThat(stream("a,b\n  \"x\"z,1\n").rows()).containsExactly("2:[xz][1]");
        assertThat(stream("a;b\r\"1\r\n2\";3\r\r\n;\n4;5").rows()).containsExactly("2:[1\r\n2][3]", "6:[4][5]");
    }
}
