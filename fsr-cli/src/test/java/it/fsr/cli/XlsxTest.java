package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.EX;
import static it.fsr.cli.CliEndToEndTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel in and out (issue "the clerk's fsr", item 1): a workbook is read wherever a CSV is, and {@code --format xlsx}
 * writes one; the written file is opened with the reader and every cell compared with the CSV of the same run.
 */
class XlsxTest {
    @TempDir
    Path dir;

    @Test
    void theWorkbookWrittenHoldsEveryCellOfTheCsvNumbersAsNumbersAndATotalsRow() throws Exception {
        String csv = run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025").out();
        Path out = dir.resolve("lep.xlsx");
        CliEndToEndTest.Run r = run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025", "--format", "xlsx", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        CsvTable t = CsvTable.parse("lep.csv", csv);
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            assertThat(wb.getFirstSheet().getName()).isEqualTo("lep");
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(t.rows().size() + 2);
            for (int c = 0; c < t.header().size(); c++) {
                // Italian titles in the workbook, the codes in the CSV
                assertThat(rows.get(0).getCell(c).getText()).isEqualTo(Vocabolario.column(t.header().get(c), java.util.Locale.ITALIAN));
            }
            for (int i = 0; i < t.rows().size(); i++) {
                CsvRow expected = t.rows().get(i);
                Row got = rows.get(i + 1);
                for (int c = 0; c < t.header().size(); c++) {
                    String v = expected.text(t.header().get(c)).orElse("");
                    Cell cell = got.getCell(c);
                    if (v.matches("-?\\d+(\\.\\d+)?")) {
                        assertThat(cell.getType()).as(v).isEqualTo(CellType.NUMBER);
                        assertThat(cell.asNumber()).isEqualByComparingTo(new BigDecimal(v));
                    } else {
                        assertThat(cell == null ? "" : cell.getText()).isEqualTo(Vocabolario.value(v, java.util.Locale.ITALIAN));
                    }
                }
            }
            Row totals = rows.get(rows.size() - 1);
            assertThat(totals.getCell(0).getText()).isEqualTo("Totale");
            int amountColumn = t.header().indexOf("contribution_797");
            assertThat(totals.getCell(amountColumn).getFormula()).startsWith("SUM(");
        }
        // without --output a workbook has nowhere to go: a usage error
        assertThat(run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025", "--format", "xlsx").code()).isEqualTo(2);
    }

    @Test
    void aWorkbookIsReadWhereACsvIsAndItsProblemsNameTheWorkbookAndRow() throws Exception {
        Path book = dir.resolve("comuni.xlsx");
        try (OutputStream os = Files.newOutputStream(book); Workbook wb = new Workbook(os, "test", "1.0")) {
            Worksheet other = wb.newWorksheet("Note");
            other.value(0, 0, "appunti");
            Worksheet ws = wb.newWorksheet("Comuni");
            ws.value(0, 0, "id");
            ws.value(0, 1, "population");
            ws.value(0, 2, "social_workers");
            ws.value(1, 0, "Città di Cantù");
            ws.value(1, 1, 65000);
            ws.value(1, 2, 15);
            ws.value(2, 0, "Erba");
            ws.value(2, 1, "tanti");
            ws.value(2, 2, 4);
        }
        CliEndToEndTest.Run bad = run("lep", "sociale", "--comuni", book.toString(), "--year", "2025", "--foglio", "Comuni");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("comuni.xlsx:3: population");
        CliEndToEndTest.Run first = run("lep", "sociale", "--comuni", book.toString(), "--year", "2025");
        assertThat(first.code()).isEqualTo(3); // the first sheet is the notes: not a table of Comuni
        assertThat(first.err()).contains("comuni.xlsx:1: header");
        Path good = dir.resolve("ok.xlsx");
        try (OutputStream os = Files.newOutputStream(good); Workbook wb = new Workbook(os, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Comuni");
            ws.value(0, 0, "id");
            ws.value(0, 1, "population");
            ws.value(0, 2, "social_workers");
            ws.value(1, 0, "Città di Cantù");
            ws.value(1, 1, 65000);
            ws.value(1, 2, 15);
        }
        CliEndToEndTest.Run ok = run("lep", "sociale", "--comuni", good.toString(), "--year", "2025");
        assertThat(ok.err()).isEmpty();
        assertThat(ok.out()).isEqualTo(run("lep", "sociale", "--comuni", CliEndToEndTest.write(dir, "c.csv",
                "id,population,social_workers\nCittà di Cantù,65000,15\n"), "--year", "2025").out());
    }
}
