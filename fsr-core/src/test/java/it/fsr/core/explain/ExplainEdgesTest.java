package it.fsr.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ExplainEdgesTest {
    @Test
    void valuesInEachLanguage() {
        assertThat(ValueFormat.format(null, Locale.ITALIAN)).isEmpty();
        assertThat(ValueFormat.format(new BigDecimal("2.5"), Locale.ITALIAN)).isEqualTo("2,5");
        assertThat(ValueFormat.format(new BigDecimal("2.5"), Locale.ENGLISH)).isEqualTo("2.5");
        assertThat(ValueFormat.format(Rate.parsePercent("28.88"), Locale.ENGLISH)).isEqualTo("28.88%");
        assertThat(ValueFormat.format(Rate.parsePercent("28.88"), Locale.ITALIAN)).isEqualTo("28,88%");
        assertThat(ValueFormat.format(Euro.parse("1000"), Locale.ENGLISH)).isEqualTo("€1,000.00");
        assertThat(ValueFormat.format(7, Locale.ITALIAN)).isEqualTo("7");
        MessageCatalog c = (k, l) -> "x{0}";
        assertThat(ValueFormat.format(Label.of(c, "k", "y"), Locale.ITALIAN)).isEqualTo("xy");
    }

    @Test
    void languagesAndCatalogs() {
        assertThat(Languages.parse("it")).isEqualTo(Languages.ITALIAN);
        assertThat(Languages.parse("en")).isEqualTo(Languages.ENGLISH);
        assertThatThrownBy(() -> Languages.parse("fr")).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("language = fr: is not a language of fsr: use it or en");
        assertThat(Languages.effective(null)).isEqualTo(Languages.ITALIAN);
        MessageCatalog missing = MessageCatalog.of(l -> ResourceBundle.getBundle("no.such.bundle", l));
        assertThat(missing.pattern("k", Locale.ITALIAN)).isEqualTo("k");
    }

    @Test
    void explanationsCompose() {
        MessageCatalog c = (k, l) -> k;
        Explanation a = Explanation.of(Step.of(Label.of(c, "a"), null, null, null));
        Explanation b = Explanation.of(List.of(Step.of(Label.of(c, "b"), Euro.parse("1"), "r", "s")));
        Explanation both = a.then(b);
        assertThat(both.steps()).hasSize(2);
        assertThat(both.isEmpty()).isFalse();
        assertThat(Explanation.of(List.of()).isEmpty()).isTrue();
        assertThat(both.toText()).isEqualTo("a\nb: € 1,00  [r]  (s)\n");
        assertThat(both.toString()).isEqualTo("Explanation[steps=2]");   // no figures in a log
        assertThat(both.toMarkdown(Locale.ENGLISH)).isEqualTo("- a\n- b: **€1.00**  `r` — _s_\n");
        assertThat(a.steps().get(0).rule()).isEmpty();
        assertThat(a.steps().get(0).source()).isEmpty();
    }
}
