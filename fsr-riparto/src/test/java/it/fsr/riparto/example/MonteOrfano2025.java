package it.fsr.riparto.example;

import it.fsr.riparto.AmbitoRiparto;
import it.fsr.riparto.RipartoInput;
import it.fsr.riparto.RipartoPlan;
import it.fsr.riparto.RipartoScenario;
import it.fsr.riparto.ServiceUnit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The embedded example: the FSR 2025 riparto of Ambito n. 6 Monte Orfano (Adro, Capriolo, Cologne,
 * Erbusco, Palazzolo sull'Oglio, Pontoglio).
 *
 * <p>Not part of fsr's API: it lives in {@code fsr-core}'s test jar, for the tests, the command line's
 * {@code demo} and the README.
 *
 * <p>The budget (€422,430.60), the 2024 area split (€278,122.49 / €65,000.00 / €72,870.66) and the
 * rules are the Avviso's (seed 001, DGR XII/4793/2025); the set-asides are the spec's worked example
 * (reserve 5%, inclusion 8% of which admin 2%); the 26 units and their figures are <em>invented</em>
 * but realistic, chosen so that every rule shows: an exclusion for each eligibility rule, a unit
 * prorated for ceasing in June, units capped at their deficit, a nursery under the €300 floor, the
 * per-day minimums, the weighted indicators and the residual SFA. Shipped as the resources
 * {@code monte-orfano-2025-scenario.properties} and {@code monte-orfano-2025-units.csv}.
 */
public final class MonteOrfano2025 {
    /** The scenario resource's name. */
    public static final String SCENARIO_RESOURCE = "monte-orfano-2025-scenario.properties";
    /** The units resource's name. */
    public static final String UNITS_RESOURCE = "monte-orfano-2025-units.csv";

    private MonteOrfano2025() {
    }

    /** The Assembly's scenario. */
    public static RipartoScenario scenario() {
        return RipartoInput.scenario(SCENARIO_RESOURCE, scenarioText());
    }

    /** The units. */
    public static List<ServiceUnit> units() {
        return RipartoInput.units(UNITS_RESOURCE, unitsText());
    }

    /** The piano di riparto with the default parameters. */
    public static RipartoPlan plan() {
        return AmbitoRiparto.compute(scenario(), units());
    }

    /** The scenario file's text. */
    public static String scenarioText() {
        return read(SCENARIO_RESOURCE);
    }

    /** The units file's text. */
    public static String unitsText() {
        return read(UNITS_RESOURCE);
    }

    private static String read(String name) {
        try (InputStream in = MonteOrfano2025.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
