package it.fsr.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {
    @Test
    void holdsPercentagesExactly() {
        Rate r = Rate.parsePercent("28,88%");
        assertThat(r.fraction()).isEqualByComparingTo("0.2888");
        assertThat(r).isEqualTo(Rate.ofPercent(new BigDecimal("28.880")));
        assertThat(r.toString()).isEqualTo("28.88%");
        assertThat(r.toItalianString()).isEqualTo("28,88%");
        assertThat(Rate.parsePercent("5").plus(Rate.parsePercent("3%"))).isEqualTo(Rate.ofPercent(8));
        assertThat(Rate.ofFraction("0.33")).isEqualTo(Rate.ofPercent(33));
        assertThat(Rate.ofPercent(10).isGreaterThan(Rate.ofPercent(5))).isTrue();
    }

    @Test
    void rejectsTextThatIsNotAPercentage() {
        assertThatThrownBy(() -> Rate.parsePercent("five")).isInstanceOf(ValidationException.class)
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("percentage = five");
        assertThatThrownBy(() -> Rate.parsePercent("1e2%")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Rate.ofFraction("x")).isInstanceOf(ValidationException.class);
    }
}
