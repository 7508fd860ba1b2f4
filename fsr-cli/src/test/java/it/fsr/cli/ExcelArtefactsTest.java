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

    /**
     * Excel's "Testo Unicode" (UTF-16 little endian with its mark, tab-separated, CRLF): read like the CSV it saves, by the
     * readers that take a file whole and by those that stream it in parts; a problem names the clerk's file.
     */
    @Test
    void aUnicodeTextFileFromExcelIsRead() throws Exception {
        Path comuni = dir.resolve("comuni.txt");
        byte[] text = "id\tpopulation\tsocial_workers\r\nAmbito A\t65000\t15\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[text.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withMark, 2, text.length);
        Files.write(comuni, withMark);
        CliEndToEndTest.Run r = run("lep", "sociale", "--comuni", comuni.toString(), "--year", "2025");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Ambito A").contains("160000,00");
        // a streaming reader (the households of contributo-nido), and a problem at the clerk's file and line
        // as Italian Excel saves it: tabs, and the decimal comma
        String households = Files.readString(Path.of(CliEndToEndTest.EX + "households.csv"), StandardCharsets.UTF_8).replace(',', '\t').replace('.', ',');
        Path h = dir.resolve("nuclei.txt");
        Files.write(h, utf16(households.replace("F2\t10256,41", "F2\tmolti")));
        Path m = dir.resolve("componenti.txt");
        Files.write(m, utf16(Files.readString(Path.of(CliEndToEndTest.EX + "members.csv"), StandardCharsets.UTF_8).replace(',', '\t')));
        CliEndToEndTest.Run bad = run("contributo-nido", "--households", h.toString(), "--members", m.toString(), "--service-year", "2021/22", "--date",
                "2021-11-19");
        CliEndToEndTest.Run good = run("contributo-nido", "--households", CliEndToEndTest.EX + "households.csv", "--members",
                CliEndToEndTest.EX + "members.csv", "--service-year", "2021/22", "--date", "2021-11-19");
        Files.write(h, utf16(households));
        CliEndToEndTest.Run same = run("contributo-nido", "--households", h.toString(), "--members", m.toString(), "--service-year", "2021/22", "--date",
                "2021-11-19");
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out().replace(';', ',').lines().skip(1).toList()).hasSameSizeAs(good.out().lines().skip(1).toList());
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("nuclei.txt:");
    }

    private static byte[] utf16(String s) {
        byte[] text = s.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[text.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
    }
}
