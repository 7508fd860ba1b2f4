package it.fsr.lep;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.allocation.RoundingPolicy;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The LEP rules exactly at their thresholds. */
class LepBoundariesTest {

    @ParameterizedTest(name = "P {0}, N {1} -> {2}")
    @CsvSource({"6500,0.99,BELOW_OBJECTIVE", "6500,1,OBJECTIVE_MET", "5000,1,LEP_MET", "4000,1,FURTHER_OBJECTIVE_MET",
        "4001,1,LEP_MET", "5001,1,OBJECTIVE_MET", "6501,1,BELOW_OBJECTIVE"})
    void statusExactlyAtEachRatio(long p, String n, SocialWorkerStatus status) {
        assertThat(SocialWorkers.assess("x", p, new BigDecimal(n), 2025, LepParameters.defaults()).status()).isEqualTo(status);
    }

    @Test
    void neededAndGapsAtTheirEdges() {
        SocialWorkerReport r = SocialWorkers.assess("x", 13_000, BigDecimal.valueOf(2), 2025, LepParameters.defaults());
        assertThat(r.needed6500()).isEqualTo(2);
        assertThat(r.needed5000()).isEqualTo(3);
        assertThat(r.needed4000()).isEqualTo(4);
        assertThat(r.gap6500()).isEqualByComparingTo("0");
        assertThat(r.gap5000()).isEqualByComparingTo("1");
        assertThat(r.gap4000()).isEqualByComparingTo("2");
        // c. 797: 40,000 × (min(2, 2.6) − 2) + 20,000 × max(0, min(2, 3.25) − 2.6) = 0
        assertThat(r.contribution797()).isEqualTo(Euro.ZERO);
        SocialWorkerReport z = SocialWorkers.assess("z", 0, BigDecimal.ZERO, 2025, LepParameters.defaults());
        assertThat(z.needed5000()).isZero();
        assertThat(z.inhabitantsPerWorker()).isEmpty();
        assertThat(z.explanation().toText(Locale.ENGLISH)).contains("Social workers needed for 1 per 5000 inhabitants: 0");
    }

    @Test
    void nurseryCoverageExactlyAtTheThreshold() {
        // 2,500 children: 28.88% = 722 places exactly -> not below; 721 -> below and 1 place needed
        NurseryReport at = NurseryCoverage.assess("a", 2500, 722, 2024, LepParameters.defaults());
        assertThat(at.belowThreshold()).isFalse();
        assertThat(at.placesNeededThreshold()).isZero();
        NurseryReport under = NurseryCoverage.assess("b", 2500, 721, 2024, LepParameters.defaults());
        assertThat(under.belowThreshold()).isTrue();
        assertThat(under.placesNeededThreshold()).isEqualTo(1);
        assertThat(under.explanation().toText(Locale.ITALIAN)).contains("Copertura inferiore alla soglia del 28,88%");
        assertThat(at.explanation().toText(Locale.ITALIAN)).contains("Copertura non inferiore alla soglia del 28,88%");
        NurseryReport empty = NurseryCoverage.assess("c", 0, 0, 2025, LepParameters.defaults());
        assertThat(empty.coveragePercent()).isEqualByComparingTo("0");
        assertThat(empty.belowThreshold()).isFalse();
        assertThat(NurseryCoverage.needed(Rate.ofPercent(33), 100, 33)).isZero();
        assertThat(NurseryCoverage.needed(Rate.ofPercent(33), 101, 33)).isEqualTo(1);   // ceil(33.33) = 34
    }

    @Test
    void transportAtTheTargetAndWithNoPupils() {
        TransportReport none = TransportCoverage.assess("n", 0, 0, 2025, LepParameters.defaults());
        assertThat(none.coveragePercent()).isEqualByComparingTo("0");
        assertThat(none.usersNeeded()).hasValue(0);
        TransportReport at = TransportCoverage.assess("a", 10_000, 1159, 2025, LepParameters.defaults());
        assertThat(at.usersNeeded()).hasValue(0);
        assertThat(TransportCoverage.assess("b", 10_000, 1158, 2027, LepParameters.defaults()).usersNeeded()).hasValue(2090 - 1158);
        assertThat(TransportCoverage.assess("c", 5, 5, 2025, LepParameters.defaults()).usersNeeded()).hasValue(0);
        assertThat(TransportCoverage.assess("d", 5, 1, 2023, LepParameters.defaults()).target()).isEmpty();
    }

    @Test
    void unitCostRoundingAndPartialLists() {
        UnitCost c = UnitCost.of(Euro.parse("0.03"), 2);               // 1.5 cents per user
        assertThat(c.amount(1)).isEqualTo(Euro.parse("0.02"));        // half-up
        assertThat(c.amount(0)).isEqualTo(Euro.ZERO);
        assertThat(c.costPerUser()).isEqualByComparingTo("0.015");
        assertThat(c.total()).isEqualTo(Euro.parse("0.03"));
        assertThat(c.users()).isEqualTo(2);
        Map<String, Long> half = new LinkedHashMap<>();
        half.put("A", 1L);
        assertThat(c.allocate(half, RoundingPolicy.LARGEST_REMAINDER)).containsEntry("A", Euro.parse("0.01"));   // floor of the part
        assertThat(c.allocate(half, RoundingPolicy.EACH_HALF_UP)).containsEntry("A", Euro.parse("0.02"));
        assertThat(c.toReturn(2, 2)).isEqualTo(Euro.ZERO);
        assertThat(c.toReturn(2, 1)).isEqualTo(Euro.parse("0.02"));
    }

    @Test
    void theBatchAggregatesByGroupRegionAndCountry() {
        LepBatch.Result r = LepBatch.run(List.of(
                new LepBatch.Comune("1", "Uno", "R1", "G1", 10_000, BigDecimal.valueOf(2), 300L, 100L, 20L, 5L),
                new LepBatch.Comune("2", "Due", "R1", "G1", 2_000, BigDecimal.ZERO, 60L, 0L, null, null),
                new LepBatch.Comune("3", "Tre", "R2", null, 3_000, null, null, null, 10L, 1L)), 2025, LepParameters.defaults());
        LepBatch.Aggregate g = r.byGroup().get("G1");
        assertThat(g.comuni()).isEqualTo(2);
        assertThat(g.population()).isEqualTo(12_000);
        assertThat(g.needed5000Sum()).isEqualTo(2 + 1);
        assertThat(g.needed5000Pooled()).isEqualTo(3);
        assertThat(g.needed6500Pooled()).isEqualTo(2);
        assertThat(g.workers()).isEqualByComparingTo("2");
        assertThat(g.children()).isEqualTo(360);
        assertThat(g.places()).isEqualTo(100);
        assertThat(g.placesNeededLepSum()).isEqualTo(0 + 20);        // Uno: 99 needed, 100 there; Due: ceil(19.8) = 20
        assertThat(g.placesNeededLepPooled()).isEqualTo(19);         // ceil(118.8) − 100
        assertThat(r.byRegion()).containsOnlyKeys("R1", "R2");
        assertThat(r.country().usersNeededSum()).isEqualTo(0 + 1);   // Uno: ceil(2.318) = 3 − 5 -> 0; Tre: ceil(1.159) = 2 − 1 = 1
        assertThat(r.rows().get(0).status()).isEqualTo(SocialWorkerStatus.LEP_MET);
        assertThat(r.rows().get(2).status()).isNull();
        assertThat(r.rows().get(2).placesNeededLep()).isNull();
        assertThat(r.rows().get(1).usersNeeded()).isNull();
        // no Ambito given: each Comune with workers is measured alone
        assertThat(r.country().contribution797()).isEqualTo(r.rows().get(0).contribution797AsIfAlone().plus(r.rows().get(1).contribution797AsIfAlone()));
        assertThat(r.year()).isEqualTo(2025);
    }

    @Test
    void zeroFiguresAreValidAndHalfKnownIndicatorsAreSkipped() {
        LepBatch.Result r = LepBatch.run(List.of(
                new LepBatch.Comune("0", "Zero", "R", "G", 0, BigDecimal.ZERO, 0L, 0L, 0L, 0L),
                new LepBatch.Comune("1", "Half", "R", "G", 100, null, 50L, null, 7L, null),
                new LepBatch.Comune("2", "Full", "R", "G", 100, BigDecimal.ONE, 50L, 10L, 7L, 7L)), 2025, LepParameters.defaults());
        assertThat(r.rows().get(0).status()).isEqualTo(SocialWorkerStatus.FURTHER_OBJECTIVE_MET);
        assertThat(r.rows().get(0).placesNeededLep()).isZero();
        assertThat(r.rows().get(0).usersNeeded()).isZero();
        assertThat(r.rows().get(1).placesNeededLep()).isNull();
        assertThat(r.rows().get(1).usersNeeded()).isNull();
        assertThat(r.rows().get(1).contribution797AsIfAlone()).isNull();
        assertThat(r.rows().get(2).placesNeededThreshold()).isEqualTo(7);   // ceil(16.5) − 10
        assertThat(r.rows().get(2).usersNeeded()).isZero();
        LepBatch.Aggregate g = r.byGroup().get("G");
        assertThat(g.children()).isEqualTo(50);                             // Half has no places: left out of the nursery totals
        assertThat(g.places()).isEqualTo(10);
        assertThat(g.workers()).isEqualByComparingTo("1");
        assertThat(g.name()).isEqualTo("G");
        assertThat(r.byRegion().get("R").comuni()).isEqualTo(3);
        // without any transport data the year needs no transport target
        LepBatch.Result noTransport = LepBatch.run(List.of(LepBatch.Comune.of("a", "A", null, null, 10)), 2022, LepParameters.defaults());
        assertThat(noTransport.byRegion()).isEmpty();
        assertThat(noTransport.byGroup()).isEmpty();
        assertThat(noTransport.country().population()).isEqualTo(10);
    }
}
