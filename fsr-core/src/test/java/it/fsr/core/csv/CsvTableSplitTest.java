package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV grammar, case by case. */
class CsvTableSplitTest {
    @Test
    void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() {
        CsvTable t = CsvTable.parse("q.csv", "id,note,x\r\n\"a,1\",\"he said \"\"no\"\"\",3\r\n  \"b\" ,\"two\nlines\",4\n");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).text("id")).contains("a,1");
        assertThat(t.rows().get(0).text("note")).contains("he said \"no\"");
        assertThat(t.rows().get(1).text("id")).contains("b");
        assertThat(t.rows().get(1).text("note")).contains("two\nlines");
        assertThat(t.rows().get(1).line()).isEqualTo(3);
        assertThat(t.header()).containsExactly("id", "note", "x");
        assertThat(t.fileName()).isEqualTo("q.csv");
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersKept() {
        CsvTable t = CsvTable.parse("b.csv", "\n\nid;x\n\n  \n1;2\n\r\n3;4");
        assertThat(t.dialect()).isEqualTo(CsvDialect.ITALIAN);
        assertThat(t.rows()).extracting(CsvRow::line).containsExactly(6, 8);
        assertThat(t.rows().get(1).text("x")).contains("4");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptAndEmptyTrailingFieldsCount() {
        CsvTable t = CsvTable.parse("m.csv", "a,b,c\nx\"y,,\n");
        assertThat(t.rows().get(0).text("a")).contains("x\"y");
        assertThat(t.rows().get(0).text("b")).isEmpty();
        assertThat(t.rows().get(0).text("c")).isEmpty();
    }

    @Test
    void aBlankColumnNameIsAnError() {
        assertThatThrownBy(() -> CsvTable.parse("h.csv", "a,,c\n1,2,3\n")).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("h.csv:1: header = : a column has no name");
    }

    @Test
    void requireColumnsAcceptsOptionalOnes() {
        CsvTable t = CsvTable.parse("o.csv", "id,extra\n1,2\n");
        t.requireColumns(List.of("id"), List.of("extra"));
        assertThat(t.rows()).hasSize(1);
    }
}
