package it.fsr.benchmarks;

import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuBatch;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuColumns;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.Relationship;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;

/** The ISEE of a million DSUs with {@link DsuBatch} (one thread), and one DSU with the explanation. */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DsuBenchmark {
    static final int N = 1_000_000;
    private DsuColumns columns;
    private Dsu one;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20261128L);
        columns = new DsuColumns(it.fsr.isee.dsu.DsuParameters.defaults(), it.fsr.isee.Variant.ORDINARIO, Purpose.ORDINARIO);
        LocalDate date = LocalDate.of(2025, 9, 1);
        for (int i = 0; i < N; i++) {
            List<DsuMember> ms = new ArrayList<>();
            ms.add(DsuMember.of("d", Relationship.DECLARANT, 30 + r.nextInt(50), Disability.NONE, r.nextBoolean())
                    .withEmployeeIncome(Euro.ofCents(r.nextLong(4_000_000))));
            if (r.nextBoolean()) {
                ms.add(DsuMember.of("s", Relationship.SPOUSE, 30 + r.nextInt(50), Disability.NONE, r.nextBoolean())
                        .withEmployeeIncome(Euro.ofCents(r.nextLong(3_000_000))).withPensionIncome(Euro.ofCents(r.nextLong(500_000))));
            }
            int kids = r.nextInt(4);
            for (int k = 0; k < kids; k++) {
                ms.add(DsuMember.of("c" + k, Relationship.CHILD, r.nextInt(25), r.nextInt(20) == 0 ? Disability.MEDIUM : Disability.NONE, false));
            }
            boolean rents = r.nextBoolean(); // a rented home or an owned one, never both (DPCM 159/2013 art. 4 c. 4 lett. a; art. 5 c. 2)
            long rent = r.nextLong(900_000);
            long home = r.nextLong(30_000_000);
            long mortgage = r.nextLong(8_000_000);
            Dsu d = Dsu.of("h" + i, date, ms).withRent(Euro.ofCents(rents ? rent : 0)).withHome(Euro.ofCents(rents ? 0 : home),
                    Euro.ofCents(rents ? 0 : mortgage)).withDeposits(Euro.ofCents(r.nextLong(5_000_000)), Euro.ofCents(r.nextLong(5_000_000)))
                    .withFinancial(Euro.ofCents(r.nextLong(3_000_000)), Euro.ofCents(r.nextLong(8_000_000)))
                    .withFigurativeIncome(Euro.ofCents(r.nextLong(100_000))).withAssetIncreases(Euro.ofCents(r.nextLong(2_000_000)));
            columns.add(d);
            if (i == 0) {
                one = d;
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public DsuBatch.Result oneMillionDsus() {
        return DsuBatch.run(columns, 1);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public DsuBatch.Result oneMillionDsusOnTwoThreads() {
        return DsuBatch.run(columns, 2);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void oneDsuWithExplanation(Blackhole bh) {
        bh.consume(DsuCalculator.compute(one, Variant.ORDINARIO, Purpose.ORDINARIO).explanation().toText());
    }
}
