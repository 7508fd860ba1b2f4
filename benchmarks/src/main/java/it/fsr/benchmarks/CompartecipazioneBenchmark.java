package it.fsr.benchmarks;

import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleInput;
import it.fsr.isee.compartecipazione.User;
import it.fsr.core.money.Euro;
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
import org.openjdk.jmh.infra.Blackhole;

/** Pricing a million users on a Comune's schedule with its lean fee ({@code Schedule.fee}) (Ravenna's nido, two linear bands), and one user with the explanation. */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompartecipazioneBenchmark {
    static final int N = 1_000_000;
    private Schedule schedule;
    private long[] isee;

    @Setup
    public void setUp() {
        schedule = ScheduleInput.read("ravenna.properties", String.join("\n", "name=Ravenna nido", "unit=mese", "cost=415",
                "isee=minorenni", "exempt_up_to=4500", "segment.1=4500.01|30000|30|280", "segment.2=30000|35000|280|415",
                "full_cost_above=35000")).schedule();
        Random r = new Random(20251128L);
        isee = new long[N];
        for (int i = 0; i < N; i++) {
            isee[i] = r.nextInt(4_000_000);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long oneMillionUsers() {
        long sum = 0;
        for (long x : isee) {
            sum += schedule.fee(x).cents();
        }
        return sum;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void oneUserWithExplanation(Blackhole bh) {
        bh.consume(schedule.charge(User.of("u", Euro.ofCents(1_234_567))).explanation().toText());
    }
}
