package it.fsr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every command of the README's command-line table runs as written from the repository's root (the clerk's review: the
 * README named {@code examples/…} files that do not exist at the root). Each {@code … command args} of the table, its
 * optional parts in brackets left out, runs with its files found and gives a result with no problem reported.
 */
class ReadmeCommandsTest {
    private static final Pattern COMMAND = Pattern.compile("`… ([^`]+)`");

    static List<String[]> commands() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        boolean inSection = false;
        for (String line : readme) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Command line");
            }
            if (!inSection || !line.startsWith("| `")) {
                continue;
            }
            Matcher m = COMMAND.matcher(line);
            while (m.find()) {
                String command = m.group(1).replaceAll("\\[[^]]*]", "").trim();
                if (command.contains("…")) {
                    continue; // a continuation ("… check --schedule …"), not a whole command
                }
                out.add(Arrays.stream(command.split("\\s+"))
                        .map(a -> a.startsWith("fsr-cli/") ? "../" + a : a).toArray(String[]::new));
            }
        }
        return out;
    }

    @Test
    void everyCommandOfTheReadmeRunsAsWritten() throws Exception {
        List<String[]> commands = commands();
        assertThat(commands).hasSizeGreaterThan(12);
        for (String[] args : commands) {
            for (String a : args) {
                if (a.startsWith("../fsr-cli/")) {
                    assertThat(Path.of(a)).as(String.join(" ", args)).exists();
                }
            }
            CliEndToEndTest.Run r = CliEndToEndTest.run(args);
            // isee-corrente ends with 1 when a request is refused, by design; every other command with 0
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isIn(0, 1);
            assertThat(r.out()).as(String.join(" ", args)).isNotBlank();
            assertThat(r.err()).as(String.join(" ", args)).doesNotContain("[FSR-");
        }
    }

    /** The clerk's page (docs/cli.md, in Italian) names every command the command line dispatches. */
    @Test
    void theClerksPageNamesEveryCommand() throws Exception {
        String cli = Files.readString(Path.of("src/main/java/it/fsr/cli/Cli.java"), StandardCharsets.UTF_8);
        String page = Files.readString(Path.of("../docs/cli.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("case \"([a-z-]+)\" ->").matcher(cli.substring(cli.indexOf("Output output = switch")));
        int commands = 0;
        while (m.find()) {
            assertThat(page).as(m.group(1)).contains("`" + m.group(1));
            commands++;
        }
        assertThat(commands).isGreaterThan(10);
    }
}
