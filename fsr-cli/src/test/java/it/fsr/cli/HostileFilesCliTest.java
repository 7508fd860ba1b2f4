package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.EX;
import static it.fsr.cli.CliEndToEndTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.csv.CsvTable;
import it.fsr.core.explain.CsvDialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on files from outside, as a Comune's security officer would try it: nothing written by fsr turns against
 * the spreadsheet or the page that opens it, a file is decoded honestly, a path that is not a file is named for what it
 * is, and no input ends in a stack trace or an unbounded report.
 */
class HostileFilesCliTest {
    @TempDir
    Path dir;

    private String file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p.toString();
    }

    private String file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** OWASP's CSV injection: a cell a spreadsheet would run is written with a leading apostrophe (before: as it came). */
    @Test
    void aFormulaInAnIdIsNeutralisedInCsvAndReadBackUnchanged() throws IOException {
        String users = file("u.csv", "user_id,isee\n\"=HYPERLINK(\"\"http://x.invalid\"\",\"\"clic\"\")\",5000\n\"+cmd|'/C calc'!A0\",15000\n@SUM(1),22000\n-2+3,31000\n");
        CliEndToEndTest.Run r = run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users", users);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"clic\"\")\",5000.00,")
                .contains("'+cmd|'/C calc'!A0,15000.00,").contains("'@SUM(1),22000.00,").contains("'-2+3,31000.00,");
        // fsr reads its own output back to the ids as written
        CsvTable back = CsvTable.parse("out.csv", r.out());
        assertThat(back.rows()).extracting(row -> row.text("user_id").orElse("")).containsExactly("=HYPERLINK(\"http://x.invalid\",\"clic\")",
                "+cmd|'/C calc'!A0", "@SUM(1)", "-2+3");
    }

    @Test
    void markupInAnIdIsTextInMarkdown() throws IOException {
        String users = file("u.csv", "user_id,isee\n<img src=x onerror=alert(1)>,5000\n");
        CliEndToEndTest.Run r = run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users", users,
                "--format", "md");
        assertThat(r.out()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
    }

    /** A UTF-8 file with one stray byte is an error naming line and byte (before: the whole file decoded as Windows-1252, exit 0). */
    @Test
    void aUtf8FileWithAStrayByteIsAnErrorNotASilentReDecoding() throws IOException {
        byte[] good = "user_id,isee\nCittà di Cantù,5000\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 8];
        System.arraycopy(good, 0, bad, 0, good.length);
        System.arraycopy("X\u0092,6000\n".getBytes(StandardCharsets.ISO_8859_1), 0, bad, good.length, 8);
        String users = file("u.csv", bad);
        CliEndToEndTest.Run r = run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users", users);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("u.csv:3: file").contains("0x92").contains("[FSR-CSV-MIXED-ENCODING]").contains("--encoding");
        // forced, it is read as asked
        CliEndToEndTest.Run forced = run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users", users,
                "--encoding", "windows-1252");
        assertThat(forced.code()).isZero();
        // a file of Windows-1252 Excel (no UTF-8 character at all) is still read as such
        String cp = file("w.csv", "user_id,isee\nCittà,5000\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users", cp).out()).contains("Città,5000.00");
    }

    @Test
    void aPathThatIsNotAFileIsNamedForWhatItIs() {
        CliEndToEndTest.Run d = run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users", dir.toString());
        assertThat(d.code()).isEqualTo(2);
        assertThat(d.err()).contains("è una cartella, non un file");
        if (Files.exists(Path.of("/dev/null"))) {
            CliEndToEndTest.Run dev = run("compartecipazione", "--schedule", "/dev/null", "--users", EX + "compartecipazione-utenti.csv");
            assertThat(dev.err()).contains("non è un file ordinario");
        }
    }

    /** An id that would forge a log line, and units no service has, are errors of the row: no stack trace (before: exit 1 and a trace). */
    @Test
    void hostileValuesAreRowErrorsNeverAStackTrace() throws IOException {
        String users = file("u.csv", "user_id,isee,units\n\"A\n2026-12-06 INFO ok\",5000,1\nB,5000,999999999999999999999999\nC,5000,1\n");
        CliEndToEndTest.Run r = run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users", users);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("u.csv:2: user_id").contains("[FSR-ID-CHARACTER]").contains("u.csv:4: units").contains("[FSR-RANGE]").doesNotContain("\n2026-12-06 INFO ok").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** 300,000 bad rows are one bounded report: the first thousand problems and a count of the rest. */
    @Test
    void manyBadRowsGiveABoundedReport() throws IOException {
        StringBuilder b = new StringBuilder("user_id,isee\n");
        for (int i = 0; i < 300_000; i++) {
            b.append('U').append(i).append(",x\n");
        }
        CliEndToEndTest.Run r = run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users", file("u.csv", b.toString()));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines().count()).isLessThanOrEqualTo(1_001);
        assertThat(r.err()).contains("[FSR-TOO-MANY-PROBLEMS]");
        assertThat(CsvDialect.PLAIN).isNotNull();
    }

    /**
     * An attestation's scale the household cannot have is an error of its row, on the batch path the command line takes: one
     * head with twenty children at the nido and a scale of one person (before: 20 contributions of €600.00 on scale 1.00).
     * The second household, a head and one child on the row of two, is fine; both problems of the file are listed.
     */
    @Test
    void aScaleTheHouseholdCannotHaveIsAnErrorOfItsRow() throws IOException {
        StringBuilder m = new StringBuilder("household_id,member_id,relationship,age,work,nursery\nH1,A,head,40,works,no\n");
        for (int i = 0; i < 20; i++) {
            m.append("H1,C").append(i).append(",child,1,,yes\n");
        }
        m.append("H2,A,head,30,works,no\nH2,C,child,1,,yes\nH3,A,head,30,works,no\nH3,C,child,1,,yes\n");
        String h = file("h.csv", "household_id,isee,scale\nH1,1000.00,1.00\nH2,9000.00,1.87\nH3,9000.00,9.00\n");
        CliEndToEndTest.Run r = run("contributo-nido", "--households", h, "--members", file("m.csv", m.toString()), "--date", "2022-01-10",
                "--service-year", "2021/22", "--lang", "en");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("h.csv:2: scale").contains("21 members").contains("h.csv:4: scale").doesNotContain("h.csv:3")
                .contains("[FSR-ATTESTATION-SCALE]");
    }

    /**
     * A file that is not a table of this kind (a system file reached through a symlink, named by mistake or on purpose) is
     * one problem that echoes none of its lines (before: its first line appeared twice on standard error, as a column name
     * and as a value, and again as the "header with no rows").
     */
    @Test
    void aFileThatIsNotATableOfThisKindIsNamedWithoutEchoingIt() throws IOException {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon,,,:/usr/sbin:/usr/sbin/nologin\n");
        Path link = dir.resolve("utenti.csv");
        Files.createSymbolicLink(link, secret);
        CliEndToEndTest.Run r = run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users", link.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("[FSR-CSV-NOT-THIS-FILE]").contains("user_id,isee").doesNotContain("root").doesNotContain("daemon");
        String one = file("one.csv", "a private first line\n");
        r = run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users", one);
        assertThat(r.err()).contains("[FSR-CSV-NOT-THIS-FILE]").doesNotContain("private");
    }
}
