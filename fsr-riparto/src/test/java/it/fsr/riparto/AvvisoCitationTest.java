package it.fsr.riparto;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.riparto.example.MonteOrfano2025;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A scenario names its own act: the report of an Ambito cites that Ambito's Avviso, never the Monte Orfano
 * Avviso of the embedded example; the regional DGR is cited from the parameters in force for the year.
 */
class AvvisoCitationTest {

    @Test
    void theExampleCitesItsOwnAvvisoAndTheRegionalDgrFromItsParameters() {
        String report = AmbitoRiparto.compute(MonteOrfano2025.scenario(), MonteOrfano2025.units()).toText(Locale.ITALIAN, true);
        assertThat(MonteOrfano2025.scenario().avviso()).isEqualTo("Avviso FSR 2025 Ambito 6 Monte Orfano");
        assertThat(report).contains("DGR XII/4793 del 28/07/2025 all. A; Avviso FSR 2025 Ambito 6 Monte Orfano §1")
                .contains("Avviso FSR 2025 Ambito 6 Monte Orfano §5");
    }

    @Test
    void anotherAmbitoWithoutAnAvvisoIsNeverCitedWithMonteOrfanos() {
        String text = MonteOrfano2025.scenarioText().replace("ambito=Ambito 6 Monte Orfano", "ambito=Ambito di Brescia Est")
                .replace("avviso=Avviso FSR 2025 Ambito 6 Monte Orfano\n", "");
        RipartoScenario s = RipartoInput.scenario("brescia-est.properties", text);
        assertThat(s.avviso()).isEqualTo("Avviso FSR 2025 – Ambito di Brescia Est");
        String report = AmbitoRiparto.compute(s, MonteOrfano2025.units()).toText(Locale.ITALIAN, true);
        assertThat(report).contains("Avviso FSR 2025 – Ambito di Brescia Est §1").contains("Avviso FSR 2025 – Ambito di Brescia Est §5")
                .doesNotContain("Monte Orfano §");
    }

    @Test
    void aStatedAvvisoIsCited() {
        RipartoScenario s = MonteOrfano2025.scenario().withAvviso("Avviso pubblico FSR 2025 dell'Ambito di Brescia Est");
        String report = AmbitoRiparto.compute(s, MonteOrfano2025.units()).toText(Locale.ENGLISH, true);
        assertThat(report).contains("Avviso pubblico FSR 2025 dell'Ambito di Brescia Est §1");
    }
}
