package it.fsr.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Italian names of the columns: a header may use them, the codes always win, a shared name is no alias. */
class ColumnNamesTest {
    @Test
    void anItalianHeaderNamesItsColumn() {
        CsvTable t = CsvTable.parse("n.csv", "Nucleo;Età;Canone di locazione;note\nF1;40;7.200,00;x\n");
        assertThat(t.header()).containsExactly("household_id", "age", "rent", "note");
        assertThat(t.rows().get(0).text("age")).contains("40");
    }

    @Test
    void aCodeIsNeverAnAlias() {
        // "comune" is a column's code and a title; "importo", "nome", "fonte" are columns of Italian-coded files
        for (String code : new String[] {"comune", "importo", "nome", "fonte", "codice", "valore"}) {
            assertThat(ColumnNames.canonical(code)).isEqualTo(code);
        }
        assertThat(ColumnNames.canonical("household_id")).isEqualTo("household_id");
        assertThat(ColumnNames.aliases()).containsEntry("nucleo", "household_id").containsEntry("eta", "age");
        assertThat(ColumnNames.aliases().keySet()).allSatisfy(a -> assertThat(ColumnNames.italian(a)).isNull());
        assertThat(ColumnNames.italian("household_id")).isEqualTo("nucleo");
    }
}
