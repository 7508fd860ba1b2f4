package it.fsr.benchmarks;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.FsrException;
import it.fsr.core.validation.Ids;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.compartecipazione.User;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time bound of a refusal: what the security review's inputs cost now (before: {@code Euro.of(1e10000000)} 6.6 s,
 * {@code 1e999999999} an OutOfMemoryError at -Xmx1g). Each operation is one hostile value refused with an {@link FsrException}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HostileInputBenchmark {
    private final BigDecimal huge = new BigDecimal("1e999999999");
    private final BigDecimal tiny = new BigDecimal("1e-999999999");
    private final String longId = "x".repeat(5_000_000);

    private static int refused(Runnable r) {
        try {
            r.run();
            return 0;
        } catch (FsrException e) {
            return e.violations().size();
        }
    }

    @Benchmark
    public int hugeAmount() {
        return refused(() -> Euro.of(huge));
    }

    @Benchmark
    public int tinyAmountRounded() {
        return Euro.of(tiny, RoundingMode.UP).hashCode();
    }

    @Benchmark
    public int hugeRate() {
        return refused(() -> Rate.ofFraction(huge));
    }

    @Benchmark
    public int hugeScale() {
        return refused(() -> IseeAttestation.of(Euro.ofEuros(9_000), huge));
    }

    @Benchmark
    public int hugeUnits() {
        return refused(() -> new User("u", Euro.ofEuros(9_000), null, huge));
    }

    @Benchmark
    public int fiveMegabyteId() {
        return refused(() -> Ids.require(longId, "user.id"));
    }
}
