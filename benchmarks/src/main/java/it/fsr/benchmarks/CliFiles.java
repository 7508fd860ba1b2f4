package it.fsr.benchmarks;

import it.fsr.isee.FattoreFamigliaBatch;
import it.fsr.isee.Member;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The households and members files of {@code fattore-famiglia} and {@code contributo-nido} for a generated
 * region (the same households as {@link FattoreFamigliaBenchmark}, fixed seed):
 * {@code java -cp benchmarks/target/benchmarks.jar it.fsr.benchmarks.CliFiles DIR 1000000}.
 */
public final class CliFiles {
    private CliFiles() {
    }

    /** Writes {@code households.csv} and {@code members.csv} of {@code n} households into {@code dir}; the member rows. */
    public static long write(Path dir, int n, long seed) {
        List<FattoreFamigliaBatch.Case> cases = FattoreFamigliaBenchmark.generate(n, seed);
        long members = 0;
        try {
            Files.createDirectories(dir);
            try (BufferedWriter h = Files.newBufferedWriter(dir.resolve("households.csv"), StandardCharsets.UTF_8);
                    BufferedWriter m = Files.newBufferedWriter(dir.resolve("members.csv"), StandardCharsets.UTF_8)) {
                h.write("household_id,isee,scale,ise\n");
                m.write("household_id,member_id,relationship,age,student,disability,work,twin_group,nursery\n");
                for (FattoreFamigliaBatch.Case c : cases) {
                    String id = c.household().id();
                    h.write(id + "," + c.attestation().isee() + "," + c.attestation().scale().toPlainString() + ","
                            + c.attestation().ise().map(Object::toString).orElse("") + "\n");
                    int k = 0;
                    for (Member x : c.household().members()) {
                        k++;
                        m.write(id + "," + (x.id() == null ? "M" + k : x.id()) + "," + x.relationship().name().toLowerCase() + ","
                                + x.age() + "," + (x.student() == null ? "" : x.student() ? "yes" : "no") + ","
                                + x.disability().name().toLowerCase() + "," + (x.work() == null ? "" : x.work().name().toLowerCase()) + ","
                                + (x.twinGroup() == null ? "" : x.twinGroup()) + "," + (x.nursery() ? "yes" : "no") + "\n");
                        members++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members;
    }

    /** {@code DIR N}: writes the files. */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        long members = write(Path.of(args[0]), n, 42);
        System.out.println(n + " households, " + members + " members in " + args[0]);
    }
}
