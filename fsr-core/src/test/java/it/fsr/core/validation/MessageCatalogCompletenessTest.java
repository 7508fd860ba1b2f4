package it.fsr.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every code has its message in Italian and in English, and the codes are told from the English text. */
class MessageCatalogCompletenessTest {

    @Test
    void everyCodeHasAnItalianAndAnEnglishMessage() {
        ResourceBundle it = ResourceBundle.getBundle("it.fsr.core.validation.messages", Locale.ITALIAN);
        ResourceBundle en = ResourceBundle.getBundle("it.fsr.core.validation.messages", Locale.ENGLISH);
        assertThat(ViolationCodes.codes()).hasSizeGreaterThan(90);
        for (String code : ViolationCodes.codes()) {
            assertThat(code).matches("FSR-[A-Z0-9-]+");
            assertThat(it.containsKey(code)).as(code).isTrue();
            assertThat(en.containsKey(code)).as(code).isTrue();
            assertThat(it.getString(code)).as(code).isNotEqualTo(en.getString(code));
        }
    }

    @Test
    void aLegacyEnglishMessageGetsItsCodeAndArguments() {
        Violation v = Violation.of("household[h].members[1].age", 40, "a child must be younger than the head and the partner (30)");
        assertThat(v.code()).isEqualTo("FSR-CHILD-AGE");
        assertThat(v.args()).containsExactly("30");
        assertThat(v.message(Locale.ITALIAN)).isEqualTo("un figlio deve essere più giovane del capofamiglia e del coniuge (30)");
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("a child must be younger than the head and the partner (30)");
        Violation unknown = Violation.of("x", 1, "something no pattern describes");
        assertThat(unknown.code()).isEqualTo("FSR-INPUT");
        assertThat(unknown.message(Locale.ITALIAN)).isEqualTo("something no pattern describes");
        Violation coded = Violation.coded("FSR-CSV-NO-ROWS", "f.csv:1: header", "a,b");
        assertThat(coded.message()).isEqualTo("the file has a header and no rows");
        assertThat(coded.at("g.csv:1: header").code()).isEqualTo("FSR-CSV-NO-ROWS");
        assertThat(coded.withValue("x").value()).isEqualTo("x");
    }
}
