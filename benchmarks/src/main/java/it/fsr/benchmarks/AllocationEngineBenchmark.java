package it.fsr.benchmarks;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.money.Euro;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The allocation engine over generated units (fixed seed), with and without caps and the threshold. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class AllocationEngineBenchmark {
    @Param({"1000", "100000", "1000000"})
    public int units;

    @Param({"plain", "capped", "capped+threshold"})
    public String shape;

    private AllocationRequest request;

    @Setup
    public void generate() {
        Random r = new Random(20251123L);
        List<Claim> claims = new ArrayList<>(units);
        long total = 0;
        for (int i = 0; i < units; i++) {
            long w = 1_000 + r.nextInt(1_000_000);
            total += w;
            Claim c = Claim.of(String.format("U%07d", i), w);
            if (!shape.equals("plain")) {
                c = c.withCap(Euro.ofCents(w * (50 + r.nextInt(100)) / 100));
            }
            claims.add(c);
        }
        AllocationRequest req = AllocationRequest.of(Euro.ofCents(total), claims);
        request = shape.endsWith("threshold") ? req.withThreshold(Euro.ofEuros(300)) : req;
    }

    @Benchmark
    public Allocation allocate() {
        return AllocationEngine.allocate(request);
    }
}
