package it.fsr.lep;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The batch's Ambiti (L. 178/2020 art. 1 c. 797: the Comuni of an Ambito pooled, the formula applied once on the pooled
 * population and workers) against a reference written from the comma: an Ambito of one Comune and one of several, with and
 * without workers stated; the contribution from the three ratios of 1:6,500, 1:5,000 and 1:4,000 and the two amounts per
 * worker, exact then half-up to the cent.
 */
class LepBatchAmbitiReferenceTest {
    /** c. 797: first amount per worker between 1:6,500 and 1:5,000, second between 1:5,000 and 1:4,000, as fractions of a worker. */
    private static Euro reference(long population, BigDecimal workers, SocialWorkers.Ratios r) {
        BigDecimal p = BigDecimal.valueOf(population);
        BigDecimal atObjective = p.divide(BigDecimal.valueOf(r.objective()), 30, RoundingMode.HALF_EVEN);
        BigDecimal atLep = p.divide(BigDecimal.valueOf(r.lep()), 30, RoundingMode.HALF_EVEN);
        BigDecimal atFurther = p.divide(BigDecimal.valueOf(r.further()), 30, RoundingMode.HALF_EVEN);
        BigDecimal first = workers.min(atLep).subtract(atObjective).max(BigDecimal.ZERO);
        BigDecimal second = workers.min(atFurther).subtract(atLep).max(BigDecimal.ZERO);
        BigDecimal total = r.first().toBigDecimal().multiply(first).add(r.second().toBigDecimal().multiply(second));
        return Euro.of(total.setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void everyAmbitoIsItsPooledComuniThroughTheFormulaOnce() {
        ParameterSet parameters = LepParameters.defaults();
        SocialWorkers.Ratios ratios = SocialWorkers.Ratios.of(parameters, 2025);
        Random random = new Random(17);
        List<LepBatch.Comune> comuni = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            long population = 200 + random.nextInt(80_000);
            BigDecimal workers = random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(300), 1);
            String ambito = random.nextInt(3) == 0 ? null : "A" + random.nextInt(60);
            comuni.add(new LepBatch.Comune("C" + i, "Comune " + i, "R" + i % 5, "P" + i % 17, population, workers, null, null, null, null, ambito));
        }
        LepBatch.Result result = LepBatch.run(comuni, 2025, parameters);
        Map<String, List<LepBatch.Comune>> pooled = new LinkedHashMap<>();
        for (LepBatch.Comune c : comuni) {
            pooled.computeIfAbsent(c.ambito() != null ? c.ambito() : c.id(), k -> new ArrayList<>()).add(c);
        }
        assertThat(result.byAmbito().keySet()).containsExactlyElementsOf(pooled.keySet());
        int singles = 0;
        for (Map.Entry<String, List<LepBatch.Comune>> e : pooled.entrySet()) {
            long population = e.getValue().stream().mapToLong(LepBatch.Comune::population).sum();
            boolean complete = e.getValue().stream().allMatch(c -> c.workers() != null);
            LepBatch.AmbitoSocialWorkers a = result.byAmbito().get(e.getKey());
            assertThat(a.comuni()).isEqualTo(e.getValue().size());
            assertThat(a.population()).isEqualTo(population);
            singles += e.getValue().size() == 1 ? 1 : 0;
            if (!complete) {
                assertThat(a.workers()).isNull();
                assertThat(a.contribution797()).isNull();
                assertThat(a.status()).isNull();
                continue;
            }
            BigDecimal workers = e.getValue().stream().map(LepBatch.Comune::workers).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(a.workers()).isEqualByComparingTo(workers);
            assertThat(a.contribution797()).as(e.getKey()).isEqualTo(reference(population, workers, ratios));
            SocialWorkerStatus expected = workers.multiply(BigDecimal.valueOf(ratios.further())).compareTo(BigDecimal.valueOf(population)) >= 0
                    ? SocialWorkerStatus.FURTHER_OBJECTIVE_MET
                    : workers.multiply(BigDecimal.valueOf(ratios.lep())).compareTo(BigDecimal.valueOf(population)) >= 0 ? SocialWorkerStatus.LEP_MET
                    : workers.multiply(BigDecimal.valueOf(ratios.objective())).compareTo(BigDecimal.valueOf(population)) >= 0
                            ? SocialWorkerStatus.OBJECTIVE_MET : SocialWorkerStatus.BELOW_OBJECTIVE;
            assertThat(a.status()).as(e.getKey()).isEqualTo(expected);
        }
        assertThat(singles).isGreaterThan(50);
        for (LepBatch.Row row : result.rows()) {
            LepBatch.Comune c = row.comune();
            if (c.workers() != null) {
                assertThat(row.contribution797AsIfAlone()).isEqualTo(reference(c.population(), c.workers(), ratios));
            }
        }
    }

    @Test
    void euclidsDivisorIsTheDivisor() {
        assertThat(SocialWorkers.gcd(6500, 5000)).isEqualTo(500);
        assertThat(SocialWorkers.gcd(5000, 4000)).isEqualTo(1000);
        assertThat(SocialWorkers.gcd(7, 13)).isEqualTo(1);
        assertThat(SocialWorkers.gcd(12, 12)).isEqualTo(12);
        assertThat(SocialWorkers.gcd(1, 9)).isEqualTo(1);
    }
}
