package it.fsr.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read in parts gives the same rows, lines and problems as read whole, whatever the split. */
class CsvStreamPartsTest {

    private static List<String> read(Path file, int parts, List<Violation> problems) {
        List<List<String>> byPart = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            byPart.add(new ArrayList<>());
        }
        Violations v = new Violations();
        CsvStream.read("f.csv", file, null, v, parts, k -> row -> byPart.get(k).add(row.line() + ":" + row.text("a").orElse("")
                + "|" + row.text("b").orElse("") + "|" + row.text("c").orElse("")));
        problems.addAll(v.list());
        assertThat(byPart.get(parts - 1)).as("the last part has rows: the file was split").isNotEmpty();
        List<String> all = new ArrayList<>();
        byPart.forEach(all::addAll);
        return all;
    }

    @Test
    void partsReadTheSameRowsLinesAndProblemsAsOne(@TempDir Path dir) throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder(seed % 2 == 0 ? "\uFEFFa;b;c\r\n" : "\n\na,b,c\n");
            char sep = seed % 2 == 0 ? ';' : ',';
            String eol = seed % 2 == 0 ? "\r\n" : "\n";
            for (int i = 0; i < 120_000; i++) {
                switch (r.nextInt(50)) {
                    case 0 -> sb.append(eol);                                       // a blank line
                    case 1 -> sb.append("x").append(sep).append("y").append(eol);   // a row short of a field
                    default -> sb.append("r").append(i).append(sep).append(r.nextInt(1000)).append(sep).append(" è ventiquattro caratteri ").append(eol);
                }
            }
            Path file = dir.resolve("f" + seed + ".csv");
            Files.writeString(file, sb, StandardCharsets.UTF_8);
            List<Violation> whole = new ArrayList<>();
            List<String> rows = read(file, 1, whole);
            for (int parts : new int[] {2, 3}) {
                List<Violation> split = new ArrayList<>();
                assertThat(read(file, parts, split)).isEqualTo(rows);
                assertThat(split).isEqualTo(whole);
            }
            assertThat(rows).hasSizeGreaterThan(100_000);
            assertThat(whole).isNotEmpty();
        }
    }
}
