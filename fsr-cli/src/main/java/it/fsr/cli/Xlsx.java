package it.fsr.cli;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.explain.CsvDialect;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Excel files where the command line reads and writes CSV (fastexcel, no Apache POI). In: the first sheet (or the one
 * {@code --foglio} names) becomes the CSV text the readers already check, one line per sheet row, so that a problem names
 * the workbook and the row Excel shows ({@code utenti.xlsx:3: isee}); a number is its exact decimal text as Excel stored
 * it (an amount stored with binary noise, {@code 1234.5600000000001}, is refused as having too many decimals, never
 * rounded), a date {@code yyyy-mm-dd}, a boolean yes/no. Out ({@code --format xlsx}): the command's CSV as a sheet with
 * a bold frozen header and an autofilter, numbers as numbers (amounts with two decimals in the euro format), dates as
 * dates, and a totals row summing every amount column.
 */
final class Xlsx {
    /** The sheet {@code --foglio} names for this run, or null for the first. */
    static final ThreadLocal<String> SHEET = new ThreadLocal<>();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Xlsx() {
    }

    /** Whether {@code file} is an Excel workbook, by its name. */
    static boolean is(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** The workbook's sheet as a CSV file of the same name in a temporary folder, for the CSV readers. */
    static Path asCsv(Path workbook) {
        try (ReadableWorkbook wb = new ReadableWorkbook(workbook.toFile())) {
            String wanted = SHEET.get();
            Sheet sheet = wanted == null ? wb.getFirstSheet()
                    : wb.getSheets().filter(s -> s.getName().equalsIgnoreCase(wanted)).findFirst()
                            .orElseThrow(() -> new UsageException("--foglio " + wanted + ": " + workbook.getFileName() + " has no such sheet"));
            Path dir = Files.createTempDirectory("fsr-xlsx-");
            dir.toFile().deleteOnExit();
            Path csv = dir.resolve(workbook.getFileName().toString());
            csv.toFile().deleteOnExit();
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8); java.util.stream.Stream<Row> rows = sheet.openStream()) {
                int next = 1;
                for (Row r : (Iterable<Row>) rows::iterator) {
                    for (; next < r.getRowNum(); next++) {
                        w.write('\n'); // a row Excel skipped keeps its number
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < r.getCellCount(); c++) {
                        cells.add(text(r.getCell(c)));
                    }
                    w.write(line(cells));
                    w.write('\n');
                    next = r.getRowNum() + 1;
                }
            }
            return csv;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UsageException u) {
                throw u;
            }
            throw new UsageException("cannot read " + workbook.getFileName() + " as an Excel workbook: " + e.getClass().getSimpleName());
        }
    }

    /** A cell as the CSV reader's text: numbers exact, dates ISO, booleans yes/no. */
    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        return switch (c.getType()) {
            case NUMBER -> {
                String format = c.getDataFormatString();
                if (format != null && format.matches("(?i).*[dmy]{2}.*") && !format.contains("0")) {
                    yield c.asDate().toLocalDate().toString();
                }
                yield c.asNumber().toPlainString();
            }
            case BOOLEAN -> Boolean.TRUE.equals(c.asBoolean()) ? "yes" : "no";
            case EMPTY -> "";
            case FORMULA -> c.getRawValue() == null ? "" : c.getRawValue();
            default -> c.getText() == null ? "" : c.getText();
        };
    }

    private static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = cells.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }

    /**
     * The command's CSV output as a workbook of one sheet: a bold frozen header with an autofilter, numbers as numbers
     * (exact from the CSV's text in its dialect), amounts in the euro format, dates as dates, and a totals row under the
     * amount columns.
     */
    static void write(String csv, String sheetName, OutputStream out, java.util.Locale lang) throws IOException {
        CsvTable t = CsvTable.parse("output.csv", csv);
        List<String> header = t.header();
        int n = header.size();
        boolean[] amount = new boolean[n];
        java.util.Arrays.fill(amount, true);
        boolean[] any = new boolean[n];
        for (CsvRow r : t.rows()) {
            for (int c = 0; c < n; c++) {
                String v = r.text(header.get(c)).orElse(null);
                if (v == null) {
                    continue;
                }
                any[c] = true;
                BigDecimal d = number(v, t.dialect());
                amount[c] &= d != null && d.scale() == 2;
            }
        }
        try (Workbook wb = new Workbook(out, "fsr", "1.0")) {
            Worksheet ws = wb.newWorksheet(sheetName);
            for (int c = 0; c < n; c++) {
                ws.value(0, c, Vocabolario.column(header.get(c), lang));
                ws.style(0, c).bold().set();
            }
            int row = 1;
            for (CsvRow r : t.rows()) {
                for (int c = 0; c < n; c++) {
                    String v = r.text(header.get(c)).orElse(null);
                    if (v == null) {
                        continue;
                    }
                    BigDecimal d = number(v, t.dialect());
                    if (d != null) {
                        ws.value(row, c, d);
                        if (amount[c] && any[c]) {
                            ws.style(row, c).format("#,##0.00 \"€\"").set();
                        }
                    } else if (DATE.matcher(v).matches()) {
                        ws.value(row, c, LocalDate.parse(v));
                        ws.style(row, c).format("dd/mm/yyyy").set();
                    } else {
                        // a text a spreadsheet would run is neutralised as in the CSV (OWASP): a leading apostrophe
                        String word = Vocabolario.value(v, lang);
                        ws.value(row, c, word.isEmpty() || "=+-@\t\r".indexOf(word.charAt(0)) < 0 ? word : "'" + word);
                    }
                }
                row++;
            }
            if (row > 1) {
                ws.value(row, 0, lang == java.util.Locale.ITALIAN ? "Totale" : "Total");
                ws.style(row, 0).bold().set();
                for (int c = 1; c < n; c++) {
                    if (amount[c] && any[c]) {
                        String col = column(c);
                        ws.formula(row, c, "SUM(" + col + "2:" + col + row + ")");
                        ws.style(row, c).bold().format("#,##0.00 \"€\"").set();
                    }
                }
            }
            ws.freezePane(0, 1);
            ws.setAutoFilter(0, 0, n - 1);
        }
    }

    /** A cell's number, exact, when its text is one in the dialect; null otherwise (an id of digits is a number too). */
    private static BigDecimal number(String v, CsvDialect dialect) {
        String s = dialect == CsvDialect.ITALIAN ? v.replace(".", "").replace(',', '.') : v;
        if (!s.matches("-?\\d{1,18}(\\.\\d{1,10})?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    /** The letters of column {@code c} (0 → A). */
    static String column(int c) {
        StringBuilder b = new StringBuilder();
        for (int k = c + 1; k > 0; k = (k - 1) / 26) {
            b.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return b.toString();
    }
}
