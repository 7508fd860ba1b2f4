package it.fsr.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.explain.CsvDialect;
import org.junit.jupiter.api.Test;

/** A cell a spreadsheet would run as a formula is neutralised, a signed number is not: each case at its bound. */
class CsvWriterFormulaEdgesTest {
    @Test
    void aSignedNumberIsNoFormula() {
        assertThat(CsvWriter.formulaLike("-1")).isFalse();
        assertThat(CsvWriter.formulaLike("-1,5")).isFalse();
        assertThat(CsvWriter.formulaLike("-1.5")).isFalse();
        assertThat(CsvWriter.formulaLike("+12")).isTrue();   // fsr writes no leading plus: a spreadsheet would compute it
    }

    @Test
    void aSignAloneOrASeparatorWithoutDigitsIsAFormula() {
        assertThat(CsvWriter.formulaLike("-")).isTrue();
        assertThat(CsvWriter.formulaLike("-.5")).isTrue();
        assertThat(CsvWriter.formulaLike("-,5")).isTrue();
        assertThat(CsvWriter.formulaLike("-1.")).isTrue();
        assertThat(CsvWriter.formulaLike("-1,")).isTrue();
        assertThat(CsvWriter.formulaLike("-1.2.3")).isTrue();
        assertThat(CsvWriter.formulaLike("=1")).isTrue();
        assertThat(CsvWriter.cell("-.5", CsvDialect.PLAIN)).isEqualTo("'-.5");
        assertThat(CsvWriter.cell("-1,5", CsvDialect.PLAIN)).isEqualTo("\"-1,5\"");
    }

    @Test
    void theShortestNeutralisedCellIsRestored() {
        assertThat(CsvWriter.unneutralised("'=")).isEqualTo("=");
        assertThat(CsvWriter.unneutralised("'")).isEqualTo("'");
        assertThat(CsvWriter.unneutralised("'abc")).isEqualTo("'abc");
        assertThat(CsvWriter.unneutralised(CsvWriter.cell("=SUM(A1)", CsvDialect.PLAIN))).isEqualTo("=SUM(A1)");
    }

    @Test
    void aPlainDecimalNeedsDigitsOnBothSides() {
        assertThat(CsvWriter.plainDecimal("12.50")).isTrue();
        assertThat(CsvWriter.plainDecimal("-0.5")).isTrue();
        assertThat(CsvWriter.plainDecimal(".5")).isFalse();
        assertThat(CsvWriter.plainDecimal("5.")).isFalse();
        assertThat(CsvWriter.plainDecimal("5")).isFalse();
        assertThat(CsvWriter.plainDecimal("1.2.3")).isFalse();
        assertThat(CsvWriter.cell("1234.56", CsvDialect.ITALIAN)).isEqualTo("1234,56");
    }
}
