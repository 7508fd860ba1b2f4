package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.EX;
import static it.fsr.cli.CliEndToEndTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clerk's frictions with output files and versions (issue "the clerk's fsr", items 2 and 6): {@code --output} writes a
 * file only when the run succeeds, a CSV file opens right in Excel (UTF-8 with its byte order mark), and
 * {@code --version} says which fsr and which newest act a run knows.
 */
class ClerkOutputTest {
    @TempDir
    Path dir;

    /** Before: no --output; a failed run under {@code > out.csv} had already emptied the previous file. */
    @Test
    void outputIsWrittenOnlyWhenTheRunSucceedsAndNeverHalfWay() throws Exception {
        Path out = dir.resolve("esito.csv");
        Files.writeString(out, "il file di ieri\n", StandardCharsets.UTF_8);
        // a failed run: bad input, exit 3, the previous file untouched, nothing left beside it
        CliEndToEndTest.Run bad = run("lep", "sociale", "--comuni", CliEndToEndTest.write(dir, "bad.csv", "id,population,social_workers\nA,x,1\n"),
                "--year", "2025", "--output", out.toString());
        assertThat(bad.code()).isEqualTo(3);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("il file di ieri\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("esito.csv", "bad.csv");
        }
        // a good run replaces it, -o as well as --output
        CliEndToEndTest.Run good = run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025", "-o", out.toString());
        assertThat(good.code()).isZero();
        assertThat(good.out()).isEmpty();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).isEqualTo(run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025").out());
        // fsr reads its own file back: the mark is skipped
        assertThat(it.fsr.core.csv.CsvTable.parse("esito.csv", new String(bytes, StandardCharsets.UTF_8)).header()).startsWith("id");
    }

    @Test
    void aFileThatCannotBeWrittenIsAClearUsageError() {
        CliEndToEndTest.Run r = run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025", "--output",
                dir.resolve("manca").resolve("x.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("impossibile scrivere").contains("la cartella non esiste");
        CliEndToEndTest.Run d = run("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025", "--output", dir.toString(), "--lang", "en");
        assertThat(d.code()).isEqualTo(2);
        assertThat(d.err()).contains("cannot write").contains("it is a directory");
    }

    /** Before: no --version. */
    @Test
    void versionSaysWhichFsrAndWhichNewestActInForce() {
        CliEndToEndTest.Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("fsr ").contains("atto più recente: ").contains("in vigore dal ");
        assertThat(r.out().lines().findFirst().orElse("")).doesNotContain("?");
        assertThat(run("--version", "--lang", "en").out()).contains("newest act: ");
    }

    /** {@code --compare} in a report names its columns after the two scenario files (before: "A" and "B"). */
    @Test
    void aComparisonNamesItsColumnsAfterTheTwoScenarios() {
        CliEndToEndTest.Run r = run("riparto", "--scenario", EX + "riparto-scenario.properties", "--units", EX + "riparto-units.csv",
                "--compare", EX + "riparto-scenario-whatif.properties", "--format", "md");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("| Voce | riparto-scenario.properties | riparto-scenario-whatif.properties | differenza (secondo − primo) |")
                .doesNotContain("| A | B |");
    }
}
