package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;
import java.util.List;

/**
 * CSV rows into a text, cell by cell as {@link CsvWriter} writes them, amounts straight from their cents (a
 * large report is written in parts, a million rows without a string per amount). Not thread-safe: one per
 * writing thread.
 */
public final class CsvRowWriter {
    private final CsvDialect dialect;
    private final char separator;
    private final StringBuilder sb = new StringBuilder(1 << 16);

    /** A writer of rows in {@code dialect}. */
    public CsvRowWriter(CsvDialect dialect) {
        this.dialect = dialect;
        this.separator = CsvWriter.separator(dialect);
    }

    /** A whole row of text cells. */
    public void row(List<String> cells) {
        row(cells.toArray(new String[0]));
    }

    /** A whole row of text cells. */
    public void row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(CsvWriter.cell(cells[i], dialect));
        }
        sb.append('\n');
    }

    /** Starts a row with a text cell. */
    public CsvRowWriter text(String cell) {
        sb.append(CsvWriter.cell(cell, dialect));
        return this;
    }

    /** The next cell: a text. */
    public CsvRowWriter thenText(String cell) {
        sb.append(separator).append(CsvWriter.cell(cell, dialect));
        return this;
    }

    /**
     * The next cell: an amount in cents, written as {@link it.fsr.core.money.Euro#toString()} and
     * {@link CsvWriter#cell} would write it (two decimals; a decimal comma in the Italian dialect), without
     * building its strings.
     */
    public CsvRowWriter thenCents(long cents) {
        sb.append(separator);
        if (cents < 0) {
            sb.append('-');
        }
        long abs = Math.abs(cents);
        long rest = abs % 100;
        sb.append(abs / 100).append(dialect == CsvDialect.ITALIAN ? ',' : '.');
        if (rest < 10) {
            sb.append('0');
        }
        sb.append(rest);
        return this;
    }

    /** Ends the row. */
    public void end() {
        sb.append('\n');
    }

    /** The rows written so far. */
    public StringBuilder text() {
        return sb;
    }
}
