package it.fsr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.isee.compartecipazione.ScheduleInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/tariffe.md}, the reference of the schedule file, documents every key the reader accepts, and every example
 * file it names exists and is read without a problem.
 */
class ScheduleDocTest {
    static final Path DOC = Path.of("../docs/tariffe.md");

    @Test
    void everyKeyOfTheScheduleFileIsDocumented() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String key : ScheduleInput.KEYS) {
            assertThat(doc).as(key).contains("`" + key);
        }
    }

    @Test
    void everyExampleTheDocumentNamesIsThereAndReads() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("`(compartecipazione-[a-z-]+\\.(properties|csv))`").matcher(doc);
        int n = 0;
        while (m.find()) {
            Path file = Path.of(CliEndToEndTest.EX + m.group(1));
            assertThat(file).as(m.group(1)).exists();
            if (m.group(2).equals("properties")) {
                ScheduleInput.read(m.group(1), Files.readString(file, StandardCharsets.UTF_8));
            }
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(8);
    }
}
