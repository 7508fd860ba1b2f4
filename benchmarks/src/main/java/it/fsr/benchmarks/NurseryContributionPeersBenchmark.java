package it.fsr.benchmarks;

import it.fsr.isee.veneto.FattoreFamigliaParameters;
import it.fsr.isee.veneto.NurseryContribution;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The €600–€200 contribution rule (DGR Veneto 1609/2021), the same 4,096 rescaled ISEE values (fixed
 * seed) through three implementations: fsr's {@code Rule.contributionCents} (long cents), a naive
 * {@code BigDecimal}-with-{@code MathContext} implementation, and the rule as a DMN decision table
 * evaluated by the Drools DMN engine ({@code org.kie:kie-dmn-core}). Throughput per contribution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NurseryContributionPeersBenchmark {
    static final int N = 4096;
    private static final BigDecimal LOW = new BigDecimal("3000");
    private static final BigDecimal HIGH = new BigDecimal("15000");
    private static final BigDecimal MAX = new BigDecimal("600");
    private static final BigDecimal DROP = new BigDecimal("400");
    private static final BigDecimal SPAN = new BigDecimal("12000");

    private final long[] cents = new long[N];
    private final BigDecimal[] euros = new BigDecimal[N];
    private NurseryContribution.Rule rule;
    private DMNRuntime runtime;
    private DMNModel model;

    @Setup
    public void setUp() {
        Random r = new Random(20251123L);
        for (int i = 0; i < N; i++) {
            cents[i] = r.nextInt(1_800_000);
            euros[i] = BigDecimal.valueOf(cents[i], 2);
        }
        rule = NurseryContribution.Rule.forServiceYear(FattoreFamigliaParameters.defaults(), it.fsr.isee.veneto.ServiceYear.parse("2021/22"));
        Resource dmn = ResourceFactory.newClassPathResource("nursery-contribution.dmn", NurseryContributionPeersBenchmark.class);
        runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(dmn))
                .getOrElseThrow(e -> new IllegalStateException("DMN model does not compile", e));
        model = runtime.getModel("https://fsr.it/dmn/nursery-contribution", "NurseryContribution");
        // the three implementations agree on every value before anything is measured
        for (int i = 0; i < N; i++) {
            long f = fsr(cents[i]);
            BigDecimal naive = naive(euros[i]);
            BigDecimal d = dmn(euros[i]);
            BigDecimal expected = f < 0 ? null : BigDecimal.valueOf(f, 2);
            if (!same(expected, naive) || !same(expected, d)) {
                throw new IllegalStateException("peers disagree at " + euros[i] + ": fsr " + expected + ", naive " + naive + ", dmn " + d);
            }
        }
    }

    /** fsr's rule: the exclusion ladder (a child attending, the national ISEE within its cap), then the amount; −1 for no access. */
    private long fsr(long isee) {
        return rule.exclusion(1, 0, isee) == null ? rule.amountCents(isee) : -1;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The naive baseline: BigDecimal arithmetic with a MathContext, then half-up to the cent. */
    static BigDecimal naive(BigDecimal isee) {
        if (isee.compareTo(HIGH) > 0) {
            return null;
        }
        if (isee.compareTo(LOW) <= 0) {
            return MAX.setScale(2);
        }
        BigDecimal drop = isee.subtract(LOW).multiply(DROP).divide(SPAN, MathContext.DECIMAL64);
        return MAX.subtract(drop, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    BigDecimal dmn(BigDecimal isee) {
        DMNContext ctx = runtime.newContext();
        ctx.set("ISEE_FF", isee);
        DMNResult result = runtime.evaluateAll(model, ctx);
        Object v = result.getDecisionResultByName("Contribution").getResult();
        return v == null ? null : ((BigDecimal) v).setScale(2, RoundingMode.UNNECESSARY);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void fsr(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(fsr(cents[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void naiveBigDecimal(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(naive(euros[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void droolsDmn(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(dmn(euros[i]));
        }
    }
}
