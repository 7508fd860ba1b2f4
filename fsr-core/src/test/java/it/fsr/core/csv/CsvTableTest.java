package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsBothDialectsToTheSameValues() {
        CsvTable plain = CsvTable.parse("a.csv", "id,amount,flag\nx,422430.60,yes\n\"y, z\",1.5,0\n");
        CsvTable italian = CsvTable.parse("b.csv", "\uFEFFid;amount;flag\r\nx;422.430,60;sì\r\n\"y, z\";1,5;no\r\n");
        assertThat(plain.dialect()).isEqualTo(CsvDialect.PLAIN);
        assertThat(italian.dialect()).isEqualTo(CsvDialect.ITALIAN);
        for (CsvTable t : List.of(plain, italian)) {
            Violations v = new Violations();
            assertThat(t.rows()).hasSize(2);
            assertThat(t.rows().get(0).amount("amount", true, false, v)).isEqualTo(Euro.parse("422430.60"));
            assertThat(t.rows().get(1).requiredText("id", v)).isEqualTo("y, z");
            assertThat(t.rows().get(1).amount("amount", true, false, v)).isEqualTo(Euro.parse("1.50"));
            assertThat(t.rows().get(0).yesNo("flag", null, v)).isTrue();
            assertThat(t.rows().get(1).yesNo("flag", null, v)).isFalse();
            assertThat(v.isEmpty()).isTrue();
        }
    }

    @Test
    void reportsRaggedRowsAndBadValuesWithFileLineAndColumn() {
        assertThatThrownBy(() -> CsvTable.parse("u.csv", "id,amount\nx,1\ny\nz,2,3\n"))
                .isInstanceOf(ValidationException.class)
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("u.csv:3: row = 1: the header has 2 columns")
                .contains("u.csv:4: row = 3: the header has 2 columns");
        CsvTable t = CsvTable.parse("u.csv", "id,amount,n,kind\nx,-1,abc,blue\n");
        Violations v = new Violations();
        CsvRow r = t.rows().get(0);
        r.amount("amount", true, false, v);
        r.integer("n", true, v);
        r.enumValue("kind", CsvDialect.class, null, v);
        assertThat(v.list()).extracting(x -> x.text(java.util.Locale.ENGLISH)).containsExactly(
                "u.csv:2: amount = -1: must not be negative",
                "u.csv:2: n = abc: is not a number",
                "u.csv:2: kind = blue: is not one of plain, italian");
    }

    @Test
    void rejectsAnEmptyFileAndAnUnclosedQuote() {
        assertThatThrownBy(() -> CsvTable.parse("e.csv", "")).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("e.csv:1: header").contains("empty");
        assertThatThrownBy(() -> CsvTable.parse("q.csv", "a,b\n\"x,1\n")).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("never closed");
    }

    @Test
    void checksRequiredAndUnknownColumns() {
        CsvTable t = CsvTable.parse("c.csv", "id,populaton\n1,2\n");
        assertThatThrownBy(() -> t.requireColumns(List.of("id", "population"), List.of()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("c.csv:1: header = population: the required column is missing")
                .contains("c.csv:1: populaton = populaton: is not a known column: did you mean population?");
    }

    /** A column of the clerk's own is read past and noticed, not refused; a near miss of a known one is an error. */
    @Test
    void anExtraColumnIsNoticedAndANearMissIsAnError() {
        List<it.fsr.core.validation.Violation> notices = new java.util.ArrayList<>();
        CsvNotices.bind(notices::add);
        try {
            CsvTable.parse("c.csv", "id,population,cognome,note\n1,2,Rossi,x\n").requireColumns(List.of("id", "population"), List.of());
            assertThat(notices).extracting(it.fsr.core.validation.Violation::code).containsExactly("FSR-CSV-COLUMN-IGNORED", "FSR-CSV-COLUMN-IGNORED");
            assertThat(notices.get(0).field()).isEqualTo("c.csv:1: cognome");
            assertThatThrownBy(() -> CsvTable.parse("c.csv", "househod_id,population\n1,2\n").requireColumns(List.of("household_id", "population"),
                    List.of())).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ITALIAN)).asString()
                    .contains("forse household_id?");
        } finally {
            CsvNotices.clear();
        }
    }
}
