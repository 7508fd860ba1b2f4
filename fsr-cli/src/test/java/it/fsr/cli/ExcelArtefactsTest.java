package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Excel leaves in a file is read, not refused (issue "the clerk's fsr", item 5): a trailing empty column, rows left
 * as {@code ;;}, a tab-separated file ("Testo delimitato da tabulazione"), a header in capitals or with spaces; an empty
 * number says to write 0. Before, each was an error (or several hundred).
 */
class ExcelArtefactsTest {
    @TempDir
    Path dir;

    private String file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    private String expected() {
        return run("lep", "sociale", "--comuni", CliEndToEndTest.EX + "lep-sociale.csv", "--year", "2025").out();
    }

    @Test
    void aTrailingEmptyColumnAndEmptyRowsAreNotErrors() throws Exception {
        String plain = Files.readString(Path.of(CliEndToEndTest.EX + "lep-sociale.csv"), StandardCharsets.UTF_8);
        StringBuilder excel = new StringBuilder();
        for (String line : plain.split("\n")) {
            excel.append(line).append(",\n");
        }
        excel.append(",,,\n,,,\n");
        CliEndToEndTest.Run r = run("lep", "sociale", "--comuni", file("c.csv", excel.toString()), "--year", "2025");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(expected());
    }

    @Test
    void aHeaderInCapitalsOrWithSpacesNamesTheSameColumns() throws Exception {
        String plain = Files.readString(Path.of(CliEndToEndTest.EX + "lep-sociale.csv"), StandardCharsets.UTF_8);
        String header = plain.substring(0, plain.indexOf('\n'));
        String shouted = header.toUpperCase(java.util.Locale.ROOT).replace("_", " ");
        CliEndToEndTest.Run r = run("lep", "sociale", "--comuni", file("c.csv", shouted + plain.substring(plain.indexOf('\n'))), "--year", "2025");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(expected());
    }

    @Test
    void aTabSeparatedFileFromItalianExcelIsRead() throws Exception {
        CliEndToEndTest.Run semi = run("lep", "sociale", "--comuni", file("s.csv", "id;population;social_workers\nCittà di Cantù;65.000;15\n"),
                "--year", "2025");
        CliEndToEndTest.Run tab = run("lep", "sociale", "--comuni", file("t.txt", "id\tpopulation\tsocial_workers\nCittà di Cantù\t65.000\t15\n"),
                "--year", "2025");
        assertThat(tab.err()).isEmpty();
        assertThat(tab.code()).isZero();
        assertThat(tab.out().replace('\t', ';')).isEqualTo(semi.out());
    }

    @Test
    void anEmptyNumberSaysToWriteZero() throws Exception {
        CliEndToEndTest.Run r = run("lep", "sociale", "--comuni", file("c.csv", "id;population;social_workers\nA;;15\n"), "--year", "2025");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("c.csv:2: population").contains("scrivere 0 se è zero");
    }

    /** The same problem on many rows: the first 20 shown, the rest counted (before: one line each, 200,000 lines). */
    @Test
    void theSameProblemOnManyRowsIsShownTwentyTimesAndCounted() throws Exception {
        StringBuilder b = new StringBuilder("id;population;social_workers\n");
        for (int i = 0; i < 500; i++) {
            b.append("C").append(i).append(";;15\n");
        }
        CliEndToEndTest.Run r = run("lep", "sociale", "--comuni", file("c.csv", b.toString()), "--year", "2025");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines().filter(l -> l.contains("scrivere 0"))).hasSize(20);
        assertThat(r.err()).contains("c.csv: population: lo stesso problema su altre 480 righe [FSR-REQUIRED-NUMBER]");
        assertThat(r.err().lines().count()).isEqualTo(21);
    }

    /** An extra column (a note, a surname) is said on standard error and read past; before, it was an error. */
    @Test
    void anExtraColumnIsReadPastAndSaid() throws Exception {
        CliEndToEndTest.Run r = run("lep", "sociale", "--comuni", file("c.csv", "id;population;social_workers;note\nCittà di Cantù;65.000;15;chiamare\n"),
                "--year", "2025");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("avviso: c.csv:1: note: colonna non letta da fsr: ignorata").contains("[FSR-CSV-COLUMN-IGNORED]");
        assertThat(r.out()).contains("Città di Cantù;4333,33");
    }
}
