package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.EX;
import static it.fsr.cli.CliEndToEndTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clerk's Italian: {@code help} and {@code help COMMAND} in Italian with each file's columns, their Italian names,
 * an example row and the example file; headers written with the Italian names read as the codes; the xlsx written in
 * Italian read back as input.
 */
class ClerkItalianTest {
    @TempDir
    Path dir;

    @Test
    void helpIsItalianAndEachCommandListsItsColumnsWithAnExampleRow() {
        CliEndToEndTest.Run all = run("help");
        assertThat(all.code()).isZero();
        assertThat(all.out()).contains("uso: java -jar fsr.jar <comando>", "il fondo regionale ripartito tra gli Ambiti", "help COMANDO");
        assertThat(run("help", "--lang", "en").out()).contains("usage: java -jar fsr.jar <command>");
        CliEndToEndTest.Run page = run("help", "isee");
        assertThat(page.code()).isZero();
        assertThat(page.out()).contains("File --households (esempio: fsr-cli/src/main/resources/examples/dsu.csv)", "rent", "canone di locazione",
                "riga d'esempio:", "torino,8400", "isee_final = ISEE finale");
        for (String command : Help.PAGES.keySet()) {
            assertThat(run("help", command).out()).as(command).contains("Uso: java -jar fsr-cli/target/fsr.jar " + command.split(" ")[0]);
            for (Help.FileSpec f : Help.PAGES.get(command).files()) {
                assertThat(Path.of(EX + f.example())).as(command + " " + f.example()).exists();
            }
        }
        CliEndToEndTest.Run none = run("help", "nonexistent");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("nessuna guida per nonexistent");
    }

    @Test
    void headersInItalianAreReadAsTheirColumns() throws IOException {
        String members = Files.readString(Path.of(EX + "members.csv"), StandardCharsets.UTF_8)
                .replaceFirst("household_id,member_id,relationship,age,", "Nucleo,Componente,PARENTELA,Età,");
        String households = Files.readString(Path.of(EX + "households.csv"), StandardCharsets.UTF_8)
                .replaceFirst("household_id,isee,scale,ise,widowed,housing", "nucleo;ISEE;Scala;ISE;vedovanza;abitazione".replace(';', ','));
        Path m = dir.resolve("componenti.csv");
        Path h = dir.resolve("nuclei.csv");
        Files.writeString(m, members, StandardCharsets.UTF_8);
        Files.writeString(h, households, StandardCharsets.UTF_8);
        CliEndToEndTest.Run italian = run("contributo-nido", "--households", h.toString(), "--members", m.toString(), "--service-year", "2021/22", "--date",
                "2021-11-19");
        CliEndToEndTest.Run codes = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--service-year",
                "2021/22", "--date", "2021-11-19");
        assertThat(italian.code()).as(italian.err()).isZero();
        assertThat(italian.err()).doesNotContain("FSR-");
        assertThat(italian.out()).isEqualTo(codes.out());
    }

    @Test
    void theWorkbookWrittenInItalianIsReadBackAsInput() throws IOException {
        // a clerk's round trip: the households of the example to an Italian workbook, and that workbook as the input
        Path xlsx = dir.resolve("nuclei.xlsx");
        assertThat(run("fattore-famiglia", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date", "2021-11-19", "--format", "xlsx",
                "-o", xlsx.toString()).code()).isZero();
        assertThat(xlsx).exists();
        Path out = dir.resolve("contributi.xlsx");
        CliEndToEndTest.Run r = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--service-year", "2021/22",
                "--date", "2021-11-19", "--format", "xlsx", "-o", out.toString());
        assertThat(r.code()).isZero();
        CliEndToEndTest.Run html = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--service-year",
                "2021/22", "--date", "2021-11-19", "--format", "html");
        assertThat(html.out()).contains("<th>contributo</th>", "concesso");
    }

    /** Every command of the README (but siuss, whose output is INPS's XML) gives one self-contained HTML page. */
    @Test
    void everyCommandWritesOneHtmlPage() throws Exception {
        java.util.List<String[]> commands = new java.util.ArrayList<>(ReadmeCommandsTest.commands());
        commands.add(new String[] {"riparto", "--scenario", EX + "riparto-scenario.properties", "--units", EX + "riparto-units.csv", "--compare",
            EX + "riparto-scenario-whatif.properties"});
        commands.add(new String[] {"pnrr", "catalogo"});
        commands.add(new String[] {"compartecipazione", "check", "--schedule", EX + "compartecipazione-monopoli.properties"});
        int pages = 0;
        for (String[] c : commands) {
            if (c[0].equals("siuss")) {
                continue;
            }
            String[] html = java.util.Arrays.copyOf(c, c.length + 2);
            html[c.length] = "--format";
            html[c.length + 1] = "html";
            CliEndToEndTest.Run r = run(html);
            String shown = String.join(" ", c);
            assertThat(r.code()).as(shown + "\n" + r.err()).isIn(0, 1);
            assertThat(r.out()).as(shown).startsWith("<!DOCTYPE html>").endsWith("</html>\n").doesNotContain("<script");
            assertThat(r.out().split("<!DOCTYPE html>", -1)).as(shown).hasSize(2);
            pages++;
        }
        assertThat(pages).isGreaterThan(15);
    }
}
