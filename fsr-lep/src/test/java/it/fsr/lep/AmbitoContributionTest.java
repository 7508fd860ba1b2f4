package it.fsr.lep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * L. 178/2020 art. 1 c. 797: the contribution is paid to the Ambito for the social workers "assunti
 * dall'ambito, ovvero dai comuni che ne fanno parte", against the Ambito's population. The batch pools
 * the Comuni of each Ambito and applies the formula once.
 */
class AmbitoContributionTest {

    /** The formula as the law's summary writes it, in plain BigDecimal with 20 digits. */
    static Euro reference(long population, BigDecimal workers) {
        BigDecimal p = BigDecimal.valueOf(population);
        BigDecimal t6500 = p.divide(BigDecimal.valueOf(6500), 20, RoundingMode.HALF_UP);
        BigDecimal t5000 = p.divide(BigDecimal.valueOf(5000), 20, RoundingMode.HALF_UP);
        BigDecimal t4000 = p.divide(BigDecimal.valueOf(4000), 20, RoundingMode.HALF_UP);
        BigDecimal first = workers.min(t5000).subtract(t6500).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(40_000));
        BigDecimal second = workers.min(t4000).subtract(t5000).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(20_000));
        return Euro.of(first.add(second).setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void theContributionIsComputedOnceOnTheAmbitosPooledFigures() {
        // Ambito of three Comuni: 30,000 / 20,000 / 15,000 inhabitants, 4 / 6 / 5 workers. Pooled: 65,000 and 15 workers,
        // thresholds 10 / 13 / 16.25 -> 40,000 × 3 + 20,000 × 2 = 160,000.00
        LepBatch.Result r = LepBatch.run(List.of(
                new LepBatch.Comune("A", "A", "R", null, 30_000, BigDecimal.valueOf(4), null, null, null, null, "Ambito 1"),
                new LepBatch.Comune("B", "B", "R", null, 20_000, BigDecimal.valueOf(6), null, null, null, null, "Ambito 1"),
                new LepBatch.Comune("C", "C", "R", null, 15_000, BigDecimal.valueOf(5), null, null, null, null, "Ambito 1")),
                2025, LepParameters.defaults());
        LepBatch.AmbitoSocialWorkers a = r.byAmbito().get("Ambito 1");
        assertThat(a.population()).isEqualTo(65_000);
        assertThat(a.workers()).isEqualByComparingTo("15");
        assertThat(a.contribution797()).isEqualTo(Euro.parse("160000.00"));
        assertThat(a.status()).isEqualTo(SocialWorkerStatus.LEP_MET);
        assertThat(r.country().contribution797()).isEqualTo(Euro.parse("160000.00"));
        assertThat(r.byRegion().get("R").contribution797()).isEqualTo(Euro.parse("160000.00"));
        // per Comune, as if alone: A 4 workers vs 4.615/6/7.5 -> 0; B 6 vs 3.08/4/5: 40,000 × 0.923 + 20,000 × 1 = 56,923.08;
        // C 5 vs 2.31/3/3.75: 40,000 × 0.692 + 20,000 × 0.75 = 42,692.31: Σ 99,615.39, never the Ambito's figure
        Euro summed = Euro.ZERO;
        for (LepBatch.Row row : r.rows()) {
            summed = summed.plus(row.contribution797AsIfAlone());
        }
        assertThat(summed).isEqualTo(Euro.parse("99615.39"));
        assertThat(r.country().contribution797()).isNotEqualTo(summed);
    }

    @Test
    void anAmbitoWithAComuneOfUnknownWorkersHasNoContribution() {
        LepBatch.Result r = LepBatch.run(List.of(
                new LepBatch.Comune("A", "A", "R", null, 30_000, BigDecimal.valueOf(4), null, null, null, null, "X"),
                new LepBatch.Comune("B", "B", "R", null, 20_000, null, null, null, null, null, "X")), 2025, LepParameters.defaults());
        assertThat(r.byAmbito().get("X").contribution797()).isNull();
        assertThat(r.byAmbito().get("X").workers()).isNull();
        assertThat(r.country().contribution797()).isEqualTo(Euro.ZERO);
    }

    @Test
    void thePooledContributionAgreesWithTheReferenceOnGeneratedAmbiti() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            List<LepBatch.Comune> comuni = new ArrayList<>();
            int ambiti = 1 + rnd.nextInt(4);
            long[] pop = new long[ambiti];
            BigDecimal[] workers = new BigDecimal[ambiti];
            for (int a = 0; a < ambiti; a++) {
                workers[a] = BigDecimal.ZERO;
                int n = 1 + rnd.nextInt(6);
                for (int i = 0; i < n; i++) {
                    long p = rnd.nextInt(80_000);
                    BigDecimal w = BigDecimal.valueOf(rnd.nextInt(300), 1);
                    pop[a] += p;
                    workers[a] = workers[a].add(w);
                    comuni.add(new LepBatch.Comune(a + "-" + i, "c", "R" + (a % 2), null, p, w, null, null, null, null, "A" + a));
                }
            }
            LepBatch.Result r = LepBatch.run(comuni, 2025, LepParameters.defaults());
            Euro total = Euro.ZERO;
            for (int a = 0; a < ambiti; a++) {
                Euro expected = reference(pop[a], workers[a]);
                assertThat(r.byAmbito().get("A" + a).contribution797()).isEqualTo(expected);
                total = total.plus(expected);
            }
            assertThat(r.country().contribution797()).isEqualTo(total);
        });
    }

    /**
     * Each Comune's part of its Ambito's contribution, as information (never summed into it): three Comuni of 13,000 with 3,
     * 3 and 1 workers have own figures 40,000 × 0.6 + 20,000 × 0.4 = 32,000, 32,000 and 0; pooled (39,000, 7 workers:
     * thresholds 6 / 7.8 / 9.75) the Ambito gets 40,000 × 1 = 40,000 — the own figures are scaled to it: 20,000, 20,000, 0.
     */
    @Test
    void theComuniSharesOfTheAmbitosContributionAreTheirOwnScaledToIt() {
        String csv = "id,population,social_workers,ambito\nX,13000,3,A\nZ,13000,3,A\nW,13000,1,A\n";
        it.fsr.lep.io.LepFiles.Sociale s = it.fsr.lep.io.LepFiles.sociale("c.csv", csv, 2025, LepParameters.defaults());
        assertThat(s.comuni().get(0).contribution797()).isEqualTo(Euro.ofEuros(32_000));
        assertThat(s.ambiti().get(0).contribution797()).isEqualTo(Euro.ofEuros(40_000));
        assertThat(s.shares()).containsExactly(java.util.Map.entry("X", Euro.ofEuros(20_000)), java.util.Map.entry("Z", Euro.ofEuros(20_000)),
                java.util.Map.entry("W", Euro.ZERO));
        // below the Ambito's figure each Comune shows its own; the shares never exceed the Ambito's, to the cent
        java.util.Map<String, Euro> own = new java.util.LinkedHashMap<>();
        own.put("a", Euro.parse("100.00"));
        own.put("b", Euro.parse("200.00"));
        assertThat(SocialWorkers.sharesInAmbito(Euro.parse("500.00"), own)).isEqualTo(own);
        assertThat(SocialWorkers.sharesInAmbito(Euro.parse("100.00"), own).values()).containsExactly(Euro.parse("33.33"), Euro.parse("66.67"));
    }
}
