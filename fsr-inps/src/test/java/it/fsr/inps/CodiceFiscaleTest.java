package it.fsr.inps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The codice fiscale (DM 23/12/1976, DPR 605/1973): a person's 16 characters with their control letter, an entity's 11
 * digits with the Luhn-like control digit of the partita IVA; what a message may show of it.
 */
class CodiceFiscaleTest {
    @Test
    void aPersonsCodeAndAnEntitysCode() {
        assertThat(CodiceFiscale.problem("RSSNNA40M60H501V")).isNull();
        assertThat(CodiceFiscale.problem(" rssnna40m60h501v ")).isNull();
        assertThat(CodiceFiscale.problem("RSSNNA40M60H501W")).isEqualTo("FSR-CF-CHECK");
        // 11 digits, a 9 and a 0 among them (each digit's bounds): 0912345690 gives the control digit 8
        assertThat(CodiceFiscale.problem("09123456908")).isNull();
        assertThat(CodiceFiscale.problem("09123456907")).isEqualTo("FSR-CF-CHECK");
        // 11 characters that are not all digits are no entity's code
        assertThat(CodiceFiscale.problem("0912345690A")).isEqualTo("FSR-CF-FORMAT");
        assertThat(CodiceFiscale.problem("0912345690/")).isEqualTo("FSR-CF-FORMAT");
        assertThat(CodiceFiscale.problem(null)).isEqualTo("FSR-CF-FORMAT");
        assertThat(CodiceFiscale.problem("")).isEqualTo("FSR-CF-FORMAT");
        assertThat(CodiceFiscale.of("RSSNNA40M60H501V", "cf").person()).isTrue();
        assertThat(CodiceFiscale.of("09123456908", "cf").person()).isFalse();
        assertThatThrownBy(() -> CodiceFiscale.of("RSSNNA40M60H501W", "beneficiario"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("beneficiario");
                    assertThat(e.getMessage()).doesNotContain("RSSNNA40M60H501W");
                });
    }

    @Test
    void aMessageShowsTheFirstThreeCharactersOnly() {
        assertThat(CodiceFiscale.mask("RSSNNA40M60H501V")).isEqualTo("RSS*************");
        assertThat(CodiceFiscale.mask("ABCD")).isEqualTo("ABC*");
        assertThat(CodiceFiscale.mask("ABC")).isEqualTo("***");
        assertThat(CodiceFiscale.mask("AB")).isEqualTo("***");
        assertThat(CodiceFiscale.mask(null)).isEmpty();
        // a long text is cut: at most 13 stars
        assertThat(CodiceFiscale.mask("X".repeat(40))).isEqualTo("XXX" + "*".repeat(13));
        CodiceFiscale anna = CodiceFiscale.of("RSSNNA40M60H501V", "cf");
        assertThat(anna.toString()).isEqualTo("RSS*************");
        assertThat(anna).isEqualTo(CodiceFiscale.of("rssnna40m60h501v", "cf")).hasSameHashCodeAs(CodiceFiscale.of("rssnna40m60h501v", "cf"))
                .isNotEqualTo(CodiceFiscale.of("09123456908", "cf"));
        assertThat(anna.hashCode()).isNotEqualTo(CodiceFiscale.of("09123456908", "cf").hashCode());
    }
}
