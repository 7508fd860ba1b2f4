package it.fsr.riparto.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import it.fsr.core.validation.ValidationException;
import it.fsr.riparto.RipartoInput;
import org.junit.jupiter.api.Test;

/** Fuzzing of the riparto's readers with generated text: nothing but a {@link ValidationException} ever escapes. */
class RipartoInputFuzzPropertiesTest {
    static final int EXAMPLES = Integer.getInteger("fsr.examples", 1000);

    @Test
    void generatedUnitsAndScenariosReadOrFailWithViolations() {
        qt().withExamples(EXAMPLES).forAll(strings().betweenCodePoints(0, 127).ofLengthBetween(0, 60)).checkAssert(text -> {
            try {
                RipartoInput.units("u.csv", "id,service_type,costs,authorised,seated_in_ambito\n" + text);
            } catch (ValidationException expected) {
                assertThat(expected.violations()).isNotEmpty();
            }
            try {
                RipartoInput.scenario("s.properties", text.replace(',', '='));
            } catch (ValidationException expected) {
                assertThat(expected.violations()).isNotEmpty();
            }
        });
    }
}
