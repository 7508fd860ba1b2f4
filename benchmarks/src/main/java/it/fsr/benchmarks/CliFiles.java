package it.fsr.benchmarks;

import it.fsr.isee.veneto.Member;
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
        long members = 0;
        try {
            Files.createDirectories(dir);
            try (BufferedWriter h = Files.newBufferedWriter(dir.resolve("households.csv"), StandardCharsets.UTF_8);
                    BufferedWriter m = Files.newBufferedWriter(dir.resolve("members.csv"), StandardCharsets.UTF_8)) {
                h.write("household_id,isee,scale,ise\n");
                m.write("household_id,member_id,relationship,age,student,disability,work,twin_group,nursery\n");
                // generated and written 10,000 at a time, so that a million households need no large heap
                int written = 0;
                for (long chunk = 0; written < n; chunk++) {
                  List<FattoreFamigliaBenchmark.Case> cases = FattoreFamigliaBenchmark.generate(Math.min(10_000, n - written), seed + chunk);
                  for (FattoreFamigliaBenchmark.Case c : cases) {
                    String id = "H" + written++;
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
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members;
    }

    /**
     * Writes {@code dsu.csv} and {@code dsu-members.csv} of {@code n} DSUs (the same generator as
     * {@link DsuBenchmark}: a declarant, a spouse half the time, 0–3 children); the member rows.
     */
    public static long writeDsu(Path dir, int n, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        long members = 0;
        try {
            Files.createDirectories(dir);
            try (BufferedWriter d = Files.newBufferedWriter(dir.resolve("dsu.csv"), StandardCharsets.UTF_8);
                    BufferedWriter m = Files.newBufferedWriter(dir.resolve("dsu-members.csv"), StandardCharsets.UTF_8)) {
                d.write("household_id,rent,home_value,home_mortgage,other_real_estate,deposits_balance,deposits_average,other_financial,"
                        + "government_bonds,figurative_income,asset_increases\n");
                m.write("household_id,member_id,relationship,age,disability,worked_6_months,employee_income,pension_income,other_income,"
                        + "public_benefits,maintenance_received,maintenance_paid,disability_expenses,agricultural_income\n");
                for (int i = 0; i < n; i++) {
                    String id = "h" + i;
                    m.write(id + ",d,declarant," + (30 + r.nextInt(50)) + ",none," + (r.nextBoolean() ? "yes" : "no") + ","
                            + euro(r.nextLong(4_000_000)) + ",0,0,0,0,0,0,0\n");
                    members++;
                    if (r.nextBoolean()) {
                        m.write(id + ",s,spouse," + (30 + r.nextInt(50)) + ",none," + (r.nextBoolean() ? "yes" : "no") + ","
                                + euro(r.nextLong(3_000_000)) + "," + euro(r.nextLong(500_000)) + ",0,0,0,0,0,0\n");
                        members++;
                    }
                    int kids = r.nextInt(4);
                    for (int k = 0; k < kids; k++) {
                        m.write(id + ",c" + k + ",child," + r.nextInt(25) + "," + (r.nextInt(20) == 0 ? "medium" : "none") + ",no,0,0,0,0,0,0,0,0\n");
                        members++;
                    }
                    boolean rents = r.nextBoolean(); // a rented home or an owned one, never both (art. 4 c. 4 lett. a; art. 5 c. 2)
                    long rent = r.nextLong(900_000);
                    long home = r.nextLong(30_000_000);
                    long mortgage = r.nextLong(8_000_000);
                    d.write(id + "," + euro(rents ? rent : 0) + "," + euro(rents ? 0 : home) + "," + euro(rents ? 0 : mortgage) + ",0,"
                            + euro(r.nextLong(5_000_000)) + "," + euro(r.nextLong(5_000_000)) + "," + euro(r.nextLong(3_000_000)) + ","
                            + euro(r.nextLong(8_000_000)) + "," + euro(r.nextLong(100_000)) + "," + euro(r.nextLong(2_000_000)) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members;
    }

    /**
     * Writes {@code users.csv} of {@code n} users (ISEE 0–60,000, a third with an FF-rescaled ISEE, hours 1–60
     * or none) and {@code schedule.properties}: Monopoli's home-care schedule (DCC 65/2017, the README's).
     */
    public static void writeUsers(Path dir, int n, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("schedule.properties"), String.join("\n", "name=Monopoli SAD",
                    "source=Comune di Monopoli, DCC 65 del 11/12/2017", "unit=ora", "cost=13,80", "isee=ordinario", "use_ff=yes",
                    "exempt_up_to=7.500,00", "segment.1=0|30.000,00|0|8,00", "full_cost_above=30.000,00", ""), StandardCharsets.UTF_8);
            try (BufferedWriter u = Files.newBufferedWriter(dir.resolve("users.csv"), StandardCharsets.UTF_8)) {
                u.write("user_id,isee,isee_ff,units\n");
                for (int i = 0; i < n; i++) {
                    u.write("U" + i + "," + euro(r.nextLong(6_000_000)) + "," + (r.nextInt(3) == 0 ? euro(r.nextLong(4_000_000)) : "") + ","
                            + (r.nextBoolean() ? "" : String.valueOf(1 + r.nextInt(60))) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String euro(long cents) {
        return it.fsr.core.money.Euro.ofCents(cents).toString();
    }

    /** {@code DIR N [dsu]}: writes the households and members files (or the DSU files). */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        long members = args.length > 2 && args[2].equals("dsu") ? writeDsu(Path.of(args[0]), n, 42) : write(Path.of(args[0]), n, 42);
        System.out.println(n + " households, " + members + " members in " + args[0]);
    }
}
