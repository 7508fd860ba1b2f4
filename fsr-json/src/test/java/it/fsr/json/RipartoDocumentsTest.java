package it.fsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.riparto.Indicator;
import it.fsr.riparto.ServiceUnit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A service unit read from JSON: its indicators, and every problem of a unit at its path. */
class RipartoDocumentsTest {
    private final TextContractTest json = new TextContractTest();

    private static final String UNIT = "{\"id\":\"N1\",\"type\":\"PRIMA_INFANZIA\",\"costs\":\"120000.00\",\"authorised\":true,"
            + "\"seatedInAmbito\":true,\"indicators\":{\"CHILDREN_ATTENDING\":24}}";

    @Test
    void aUnitWithIndicatorsReadsBackEqual() throws Exception {
        ServiceUnit u = (ServiceUnit) json.read(UNIT, ServiceUnit.class, null);
        assertThat(u.id()).isEqualTo("N1");
        assertThat(u.indicators().get(Indicator.CHILDREN_ATTENDING)).isEqualByComparingTo(new BigDecimal("24"));
        String written = json.write(u, null, null);
        assertThat(written).contains("\"CHILDREN_ATTENDING\":24");
        assertThat(json.write(json.read(written, ServiceUnit.class, null), null, null)).isEqualTo(written);
    }

    @Test
    void aUnitWithoutItsIdOrTypeIsRefusedForThoseAlone() {
        assertThatThrownBy(() -> json.read(UNIT.replace("\"id\":\"N1\",", "").replace("\"costs\":\"120000.00\"", "\"costs\":\"x\""),
                ServiceUnit.class, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("$.id", "$.costs"));
        assertThatThrownBy(() -> json.read(UNIT.replace("PRIMA_INFANZIA", "NIDO"), ServiceUnit.class, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$.type"));
    }

    @Test
    void aWrongIndicatorIsNamedUnderIndicators() {
        assertThatThrownBy(() -> json.read(UNIT.replace("{\"CHILDREN_ATTENDING\":24}", "{\"CHILDREN_ATTENDING\":\"x\",\"COLOUR\":1}"),
                ServiceUnit.class, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("$.indicators.CHILDREN_ATTENDING", "$.indicators.COLOUR"));
        assertThatThrownBy(() -> json.read(UNIT.replace("{\"CHILDREN_ATTENDING\":24}", "{\"CHILDREN_ATTENDING\":24}")
                .replace("\"authorised\":true", "\"authorised\":\"yes\""), ServiceUnit.class, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$.authorised"));
    }
}
