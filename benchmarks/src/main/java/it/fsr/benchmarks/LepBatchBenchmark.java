package it.fsr.benchmarks;

import it.fsr.core.parameter.ParameterSet;
import it.fsr.lep.IstatComuni;
import it.fsr.lep.LepBatch;
import it.fsr.lep.LepParameters;
import java.math.BigDecimal;
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

/**
 * The LEP batch (social workers + nurseries + transport) over the 7,904 ISTAT Comuni with synthetic
 * workers, children, places and pupils (fixed seed), with the aggregation by province, region and country.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class LepBatchBenchmark {
    private List<LepBatch.Comune> comuni;
    private final ParameterSet parameters = LepParameters.defaults();

    @Setup
    public void setUp() {
        Random r = new Random(20251123L);
        comuni = new ArrayList<>();
        for (LepBatch.Comune c : IstatComuni.load()) {
            long children = Math.max(1, c.population() * 25 / 1000);
            long pupils = Math.max(0, c.population() * 3 / 1000);
            comuni.add(new LepBatch.Comune(c.id(), c.name(), c.region(), c.group(), c.population(),
                    BigDecimal.valueOf(r.nextInt((int) Math.max(1, c.population() / 400)), 1), children, (long) r.nextInt((int) children + 1),
                    pupils, pupils == 0 ? 0L : (long) r.nextInt((int) pupils + 1)));
        }
    }

    @Benchmark
    public LepBatch.Result nationalBatch7904Comuni() {
        return LepBatch.run(comuni, 2025, parameters);
    }
}
