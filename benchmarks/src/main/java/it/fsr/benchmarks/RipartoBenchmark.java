package it.fsr.benchmarks;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.riparto.AmbitoIndicators;
import it.fsr.riparto.AmbitoRiparto;
import it.fsr.riparto.Area;
import it.fsr.riparto.Indicator;
import it.fsr.riparto.RegionalRiparto;
import it.fsr.riparto.RipartoParameters;
import it.fsr.riparto.RipartoPlan;
import it.fsr.riparto.RipartoScenario;
import it.fsr.riparto.ServiceType;
import it.fsr.riparto.ServiceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** The Ambito riparto over 100 / 1,000 / 10,000 generated units, and the regional split over 100 Ambiti. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class RipartoBenchmark {
    private static final ServiceType[] TYPES = {ServiceType.AFFIDO, ServiceType.ADM, ServiceType.PRIMA_INFANZIA, ServiceType.CAG,
        ServiceType.CRD, ServiceType.SAD_ANZIANI, ServiceType.CENTRO_DIURNO_ANZIANI, ServiceType.SAD_DISABILI, ServiceType.SFA,
        ServiceType.CA_DISABILI, ServiceType.CSE, ServiceType.RESIDENZIALE_MINORI};

    @Param({"100", "1000", "10000"})
    public int units;

    private RipartoScenario scenario;
    private List<ServiceUnit> input;
    private List<AmbitoIndicators> ambiti;

    @Setup
    public void generate() {
        Random r = new Random(20251123L);
        input = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            ServiceType t = TYPES[r.nextInt(TYPES.length)];
            long costs = 10_000 + r.nextInt(200_000);
            ServiceUnit.Builder b = ServiceUnit.builder(String.format("U%05d", i), t).cudes("C" + i).authorised(true).seatedInAmbito(true)
                    .costs(Euro.ofEuros(costs)).revenues(Euro.ofEuros(costs * r.nextInt(95) / 100))
                    .eligibleSpend(Euro.ofEuros(r.nextInt((int) costs))).personnelCost(Euro.ofEuros(crdPart(t, r.nextInt(100_000), costs)))
                    .complementaryCost(Euro.ofEuros(r.nextInt(30_000))).generalCost(Euro.ofEuros(crdPart(t, r.nextInt(20_000), costs)))
                    .residentDays(r.nextInt(100)).minoriWebDeclared(true);
            for (Indicator ind : Indicator.values()) {
                if (ind.serviceType() == t && !ind.isComputed()) {
                    b.indicator(ind, ind.isYesNo() ? r.nextInt(2) : r.nextInt(500));
                }
            }
            input.add(b.build());
        }
        scenario = RipartoScenario.of("Bench", 2025, Euro.ofEuros(units * 40_000L))
                .withSetAsides(Rate.ofPercent(5), Rate.ofPercent(8), Rate.ofPercent(2))
                .withPreviousAreaSplit(Map.of(Area.MINORI, Euro.ofEuros(278_122), Area.ANZIANI, Euro.ofEuros(65_000), Area.DISABILI, Euro.ofEuros(72_870)))
                .withIndicatorWeights(ServiceType.PRIMA_INFANZIA, Map.of(Indicator.NET_COST, Rate.ofPercent(50), Indicator.CHILDREN_ATTENDING, Rate.ofPercent(50)))
                .withIndicatorWeights(ServiceType.CAG, Map.of(Indicator.ACTIVITY_HOURS, Rate.ofPercent(50), Indicator.PERSONNEL_COST, Rate.ofPercent(50)))
                .withIndicatorWeights(ServiceType.CRD, Map.of(Indicator.COUNTED_COST, Rate.ofPercent(70), Indicator.CANTEEN, Rate.ofPercent(30)));
        ambiti = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int active = 20 + r.nextInt(200);
            ambiti.add(new AmbitoIndicators("A" + i, 20_000 + r.nextInt(300_000), r.nextInt(3000), r.nextInt(2000), r.nextInt(200),
                    r.nextInt(active), active));
        }
    }

    @Benchmark
    public RipartoPlan ambitoRiparto() {
        return AmbitoRiparto.compute(scenario, input);
    }

    @Benchmark
    public RegionalRiparto.Result regionalRiparto100Ambiti() {
        return RegionalRiparto.compute(Euro.ofEuros(59_000_000), ambiti, 2025, RipartoParameters.defaults());
    }

    /** A CRD's personnel or general cost within half its costs, so the two stay parts of them; other types' as drawn. */
    static long crdPart(ServiceType t, long drawn, long costs) {
        return t == ServiceType.CRD ? drawn % (costs / 2 + 1) : drawn;
    }
}
