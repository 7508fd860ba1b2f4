package it.fsr.core.explain;

/**
 * The number conventions of a CSV file fsr reads or writes, told by its separator: what a report in CSV is
 * written in ({@code toCsv(CsvDialect)} of the results).
 */
public enum CsvDialect {
    /** {@code ,} separator, decimal point: {@code 422430.60}. */
    PLAIN,
    /** {@code ;} separator, decimal comma, optional point thousands: {@code 422.430,60} (Italian Excel). */
    ITALIAN
}
