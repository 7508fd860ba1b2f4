package it.fsr.core.explain;

import it.fsr.core.money.Euro;
import it.fsr.core.money.EuroFormat;
import it.fsr.core.money.Rate;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * How values appear in explanations: euro as {@code € 422.430,60} in Italian and {@code €422,430.60}
 * in English; rates as {@code 28,88%} / {@code 28.88%}; decimals with the language's decimal mark.
 */
public final class ValueFormat {
    private ValueFormat() {
    }

    /** Formats a value for a report in {@code locale}. */
    public static String format(Object value, Locale locale) {
        boolean it = "it".equals(Languages.effective(locale).getLanguage());
        if (value == null) {
            return "";
        }
        if (value instanceof Euro e) {
            return EuroFormat.forLocale(e, Languages.effective(locale));
        }
        if (value instanceof Rate r) {
            return it ? r.toItalianString() : r.toString();
        }
        if (value instanceof BigDecimal d) {
            String s = d.toPlainString();
            return it ? s.replace('.', ',') : s;
        }
        if (value instanceof Label l) {
            return l.render(locale);
        }
        return value.toString();
    }
}
