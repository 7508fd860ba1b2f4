package it.fsr.riparto.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.parameter.ParameterSet;
import it.fsr.riparto.AmbitoRiparto;
import it.fsr.riparto.RipartoParameters;
import it.fsr.riparto.RipartoPlan;
import it.fsr.riparto.RipartoScenario;
import it.fsr.riparto.ServiceUnit;
import it.fsr.riparto.example.MonteOrfano2025;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The riparto used from 8 threads at once on shared inputs and parameters gives what it gives on one
 * thread: a test that would catch shared mutable state.
 */
class ConcurrencyTest {
    static final int ROUNDS = 40;

    static <T> List<T> onEightThreads(java.util.concurrent.Callable<T> task) throws Exception {
        return it.fsr.core.testing.OnEightThreads.run(ROUNDS, task);
    }

    @Test
    void theRipartoOfSharedInputsIsTheSameOnEightThreads() throws Exception {
        RipartoScenario scenario = MonteOrfano2025.scenario();
        List<ServiceUnit> units = MonteOrfano2025.units();
        ParameterSet parameters = RipartoParameters.defaults();
        RipartoPlan single = AmbitoRiparto.compute(scenario, units, parameters);
        String expected = single.toCsv() + single.toMarkdown(java.util.Locale.ITALIAN, true) + single.toText(java.util.Locale.ENGLISH, true);
        for (String s : onEightThreads(() -> {
            RipartoPlan p = AmbitoRiparto.compute(scenario, units, parameters);
            return p.toCsv() + p.toMarkdown(java.util.Locale.ITALIAN, true) + p.toText(java.util.Locale.ENGLISH, true);
        })) {
            assertThat(s).isEqualTo(expected);
        }
    }
}
