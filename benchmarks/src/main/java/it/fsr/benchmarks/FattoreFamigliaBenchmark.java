package it.fsr.benchmarks;

import it.fsr.core.money.Euro;
import it.fsr.isee.veneto.HouseholdContributions;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.FattoreFamigliaBatch;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.HouseholdColumns;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.Relationship;
import it.fsr.isee.veneto.WorkStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Fattore Famiglia scale + rescaled ISEE + €600–€200 contribution: batch of 1,000,000 households, and one household. */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class FattoreFamigliaBenchmark {
    private static final BigDecimal[] SIZES = {new BigDecimal("1.00"), new BigDecimal("1.57"), new BigDecimal("2.04"),
        new BigDecimal("2.46"), new BigDecimal("2.85"), new BigDecimal("3.20"), new BigDecimal("3.55")};

    static final LocalDate DATE = LocalDate.of(2021, 11, 19);
    static final ServiceYear YEAR = ServiceYear.parse("2021/22");
    private HouseholdColumns columns;
    private Case one;

    /** One generated household and its attestation. */
    record Case(Household household, IseeAttestation attestation) {
    }

    /** Generated households (fixed seed): 1–2 parents, 0–4 children, ISE 0–60,000. */
    static List<Case> generate(int n, long seed) {
        Random r = new Random(seed);
        List<Case> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Member> m = new ArrayList<>();
            int head = 22 + r.nextInt(40);
            m.add(Member.declarant(head).withWork(r.nextBoolean() ? WorkStatus.WORKS : WorkStatus.UNEMPLOYED));
            if (r.nextInt(4) != 0) {
                m.add(Member.of(Relationship.SPOUSE, 22 + r.nextInt(40)).withWork(WorkStatus.WORKS));
            }
            int kids = r.nextInt(5);
            for (int k = 0; k < kids; k++) {
                int age = r.nextInt(Math.min(head - 18, 20));
                m.add(Member.child(age).withId("C" + k).withNursery(age <= 3 && r.nextBoolean()).withStudent(false));
            }
            Household h = Household.of("H" + i, m, false, it.fsr.isee.veneto.Housing.NORMAL, DATE);
            BigDecimal scale = SIZES[Math.min(m.size(), SIZES.length) - 1]; // a plausible attested scale: synthetic data
            Euro ise = Euro.ofCents(r.nextInt(6_000_000));
            out.add(new Case(h, IseeAttestation.of(IseeAttestation.iseeOf(ise, scale), scale, ise)));
        }
        return out;
    }

    @Setup
    public void setUp() {
        List<Case> cases = generate(1_000_000, 20251123L);
        columns = new HouseholdColumns();
        cases.forEach(c -> columns.add(c.household(), c.attestation()));
        one = cases.get(42);
    }


    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public FattoreFamigliaBatch.Result batchOfOneMillionHouseholdsInColumns() {
        return FattoreFamigliaBatch.run(columns, FattoreFamigliaBatch.Options.contribution(YEAR));
    }

    /** The same on two threads (the machine's two cores): identical results, a property test says. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public FattoreFamigliaBatch.Result batchOfOneMillionHouseholdsInColumnsTwoThreads() {
        return FattoreFamigliaBatch.run(columns, FattoreFamigliaBatch.Options.contribution(YEAR).withThreads(2));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public HouseholdContributions oneHouseholdWithExplanation() {
        return NurseryContribution.decide(one.household(), FattoreFamiglia.rescale(one.household(), one.attestation()), YEAR);
    }
}
