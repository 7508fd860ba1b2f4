package it.fsr.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplanationTest {
    static final MessageCatalog CATALOG = (key, locale) -> Map.of(
            "it:reserve", "Fondo di riserva dell'Ambito ({0} del budget)",
            "en:reserve", "Ambito reserve fund ({0} of the budget)",
            "it:budget", "Budget", "en:budget", "Budget").getOrDefault(Languages.effective(locale).getLanguage() + ":" + key, key);

    @Test
    void rendersIndentedTextAndMarkdownInItalianAndEnglish() {
        Step reserve = Step.of(Label.of(CATALOG, "reserve", Rate.ofPercent(5)), Euro.parse("21121.53"),
                "5% × 422430.60", "DGR XII/4793/2025; Avviso FSR 2025 §5");
        Explanation e = Explanation.of(Step.of(Label.of(CATALOG, "budget"), Euro.parse("422430.60"), "", "")
                .withChildren(List.of(reserve)));
        assertThat(e.toText()).isEqualTo("""
                Budget: € 422.430,60
                  Fondo di riserva dell'Ambito (5% del budget): € 21.121,53  [5% × 422430.60]  (DGR XII/4793/2025; Avviso FSR 2025 §5)
                """);
        assertThat(e.toText(Locale.ENGLISH)).contains("  Ambito reserve fund (5% of the budget): €21,121.53");
        assertThat(e.toMarkdown(Locale.ITALIAN)).isEqualTo("""
                - Budget: **€ 422.430,60**
                  - Fondo di riserva dell'Ambito (5% del budget): **€ 21.121,53**  `5% × 422430.60` — _DGR XII/4793/2025; Avviso FSR 2025 §5_
                """);
    }

    @Test
    void aMissingKeyRendersAsItselfAndUnknownLanguagesReadItalian() {
        assertThat(Label.of(CATALOG, "nope").render(Locale.FRENCH)).isEqualTo("nope");
        assertThat(Label.of(CATALOG, "budget").render(Locale.GERMAN)).isEqualTo("Budget");
        assertThat(Languages.effective(Locale.GERMAN)).isEqualTo(Languages.ITALIAN);
    }
}
