package it.fsr.lep.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.testing.OnEightThreads;
import java.util.List;
import it.fsr.lep.IstatComuni;
import it.fsr.lep.LepBatch;
import it.fsr.lep.LepParameters;
import it.fsr.lep.NurseryCoverage;
import it.fsr.lep.SocialWorkers;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Every fsr-lep calculator from 8 threads on shared parameters gives the single-threaded result. */
class ConcurrencyTest {
    @Test
    void theNationalBatchAndTheCalculatorsAreTheSameOnEightThreads() throws Exception {
        ParameterSet p = LepParameters.defaults();
        List<LepBatch.Comune> comuni = IstatComuni.load();
        Callable<String> task = () -> {
            LepBatch.Result r = LepBatch.run(comuni, 2025, p);
            StringBuilder sb = new StringBuilder().append(r.country()).append(r.byRegion());
            for (int i = 0; i < 50; i++) {
                sb.append(SocialWorkers.assess("A" + i, 1000L * i, BigDecimal.valueOf(i, 1), 2025, p).explanation().toText(Locale.ENGLISH));
                sb.append(NurseryCoverage.assess("N" + i, 100L + i, i, 2024, p).placesNeededLep());
                sb.append(NurseryCoverage.unitCost(2023, p).amount(i));
            }
            return sb.toString();
        };
        String single = task.call();
        for (String s : OnEightThreads.run(5, task)) {
            assertThat(s).isEqualTo(single);
        }
    }
}
