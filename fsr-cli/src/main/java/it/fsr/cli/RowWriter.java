package it.fsr.cli;

import it.fsr.core.csv.CsvWriter;
import it.fsr.core.explain.CsvDialect;
import java.util.List;

/** CSV rows into a text, cell by cell as {@link CsvWriter} writes them (a large report is written in parts). */
final class RowWriter {
    private final CsvDialect dialect;
    private final char separator;
    private final StringBuilder sb = new StringBuilder(1 << 16);

    RowWriter(CsvDialect dialect) {
        this.dialect = dialect;
        this.separator = CsvWriter.separator(dialect);
    }

    void row(List<String> cells) {
        row(cells.toArray(new String[0]));
    }

    void row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(CsvWriter.cell(cells[i], dialect));
        }
        sb.append('\n');
    }

    /** The rows written so far. */
    StringBuilder text() {
        return sb;
    }
}
