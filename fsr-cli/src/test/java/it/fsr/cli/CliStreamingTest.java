package it.fsr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fattore-famiglia} and {@code contributo-nido} over more households than a chunk ({@link IseeCommands#CHUNK}):
 * the CSV written as it is computed, each row as the same household priced alone; the members out of the households'
 * order told before anything is written; a problem found after rows were written said to leave no result, and with
 * {@code --output} no file at all.
 */
class CliStreamingTest {
    private static final int N = IseeCommands.CHUNK + 5_000;
    @TempDir
    static Path dir;
    private static String h;
    private static String m;

    @BeforeAll
    static void files() throws Exception {
        StringBuilder hh = new StringBuilder("household_id,isee,scale\n");
        StringBuilder mm = new StringBuilder("household_id,member_id,relationship,age,student,disability,work,twin_group,nursery\n");
        for (int i = 0; i < N; i++) {
            boolean couple = i % 3 != 0;
            int child = i % 4; // 0–3: a child of the nido's age
            hh.append("H").append(i).append(',').append(5_000 + i % 30_000).append(".00,").append(couple ? "2.04" : "1.57").append('\n');
            mm.append("H").append(i).append(",A,head,").append(30 + i % 20).append(",,none,works,,no\n");
            if (couple) {
                mm.append("H").append(i).append(",B,partner,").append(31 + i % 17).append(",,none,unemployed,,no\n");
            }
            mm.append("H").append(i).append(",C,child,").append(child).append(",,none,,,").append(i % 2 == 0 ? "yes" : "no").append('\n');
        }
        h = CliEndToEndTest.write(dir, "h.csv", hh.toString());
        m = CliEndToEndTest.write(dir, "m.csv", mm.toString());
    }

    private static CliEndToEndTest.Run contribution(String households, String members, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("contributo-nido", "--households", households, "--members", members, "--date",
                "2021-11-19", "--service-year", "2021/22", "--quiet"));
        args.addAll(List.of(more));
        return CliEndToEndTest.run(args.toArray(new String[0]));
    }

    @Test
    void everyRowIsTheSameHouseholdPricedAlone() throws Exception {
        CliEndToEndTest.Run r = contribution(h, m);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(N + 1);
        assertThat(lines.get(0)).startsWith("household_id,member_id,");
        // households on both sides of the chunk's edge, and the last, each alone in a file of its own
        for (int i : new int[] {0, 1, IseeCommands.CHUNK - 1, IseeCommands.CHUNK, IseeCommands.CHUNK + 1, N - 1}) {
            String id = "H" + i;
            String hOne = CliEndToEndTest.write(dir, "h1.csv", "household_id,isee,scale\n"
                    + Files.readAllLines(Path.of(h)).get(i + 1) + "\n");
            StringBuilder mOne = new StringBuilder("household_id,member_id,relationship,age,student,disability,work,twin_group,nursery\n");
            for (String line : Files.readAllLines(Path.of(m))) {
                if (line.startsWith(id + ",")) {
                    mOne.append(line).append('\n');
                }
            }
            CliEndToEndTest.Run alone = contribution(hOne, CliEndToEndTest.write(dir, "m1.csv", mOne.toString()));
            assertThat(alone.code()).isZero();
            assertThat(lines.get(i + 1)).as(id).isEqualTo(alone.out().lines().toList().get(1));
        }
        CliEndToEndTest.Run ff = CliEndToEndTest.run("fattore-famiglia", "--households", h, "--members", m, "--date", "2021-11-19", "--quiet");
        assertThat(ff.code()).isZero();
        assertThat(ff.out().lines().count()).isEqualTo(N + 1);
    }

    @Test
    void membersOutOfTheHouseholdsOrderAreToldAndNothingIsWritten() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of(m), StandardCharsets.UTF_8));
        List<String> h7 = lines.stream().filter(l -> l.startsWith("H7,")).toList();
        lines.removeAll(h7);
        lines.addAll(h7);
        String moved = CliEndToEndTest.write(dir, "m-moved.csv", String.join("\n", lines) + "\n");
        CliEndToEndTest.Run r = contribution(h, moved);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("h.csv:9: household_id").contains("[FSR-HOUSEHOLDS-ORDER]")
                .contains("un file con molti nuclei si legge in ordine").doesNotContain("incompleto");
    }

    @Test
    void aProblemAfterRowsWereWrittenLeavesNoResult() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of(h), StandardCharsets.UTF_8));
        int bad = IseeCommands.CHUNK + 10; // in the second chunk
        lines.set(bad + 1, lines.get(bad + 1).replaceFirst(",[^,]*,", ",dodici,"));
        String broken = CliEndToEndTest.write(dir, "h-broken.csv", String.join("\n", lines) + "\n");
        CliEndToEndTest.Run r = contribution(broken, m);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("h-broken.csv:" + (bad + 2) + ": isee")
                .contains("l'output è incompleto: " + IseeCommands.CHUNK + " righe sono state scritte prima di trovare i problemi sopra");
        assertThat(r.out().lines().count()).isEqualTo(IseeCommands.CHUNK + 1);
        CliEndToEndTest.Run en = contribution(broken, m, "--lang", "en");
        assertThat(en.err()).contains("the output is incomplete: " + IseeCommands.CHUNK + " rows were written");
        // into a file: nothing is left, and nothing is said of an output that does not exist
        Path out = dir.resolve("out.csv");
        CliEndToEndTest.Run file = contribution(broken, m, "-o", out.toString());
        assertThat(file.code()).isEqualTo(3);
        assertThat(file.err()).contains(": isee").doesNotContain("incompleto");
        assertThat(out).doesNotExist();
        try (var stream = Files.list(dir)) {
            assertThat(stream.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".fsr-"));
        }
    }
}
