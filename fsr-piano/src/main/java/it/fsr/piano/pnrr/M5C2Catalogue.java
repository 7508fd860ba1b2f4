package it.fsr.piano.pnrr;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The PNRR Mission 5 Component 2 "Infrastrutture sociali" lines as published (Avviso pubblico 1/2022 of
 * the Ministero del Lavoro, Decreto direttoriale 450 of 9/12/2021, as summarised by Federsanità-Anci
 * Toscana, "La programmazione integrata del Sistema dei Servizi e il PNRR", slides "M5C2 – Azioni e
 * Risorse" and "M5C2 – Contenuti e Risorse"): data, dated, each with its source.
 *
 * <p>The published figures do not all agree (400 × €211,500 = €84.6M, not €86.4M; 300 × €210,000 = €63M,
 * not €42M; line 1.2 is €500M in one slide and €505M in another). The catalogue keeps the numbers as
 * published and {@link #consistency()} lists every disagreement with its difference: a clerk must see it,
 * not have it corrected silently. Immutable.
 */
public final class M5C2Catalogue {
    /** The source of the figures. */
    public static final String SOURCE = "Avviso 1/2022 (DD 450 del 9/12/2021), come riassunto in Federsanità-Anci Toscana, "
            + "\"La programmazione integrata del Sistema dei Servizi e il PNRR\"";
    /** The day the Avviso's figures were published. */
    public static final LocalDate AS_OF = LocalDate.of(2021, 12, 9);

    /**
     * One sub-investment.
     *
     * @param line          the investment line (1.1, 1.2, 1.3)
     * @param name          the sub-investment
     * @param resources     its published resources, or null when published only for its group
     * @param projects      projects (ATS) financed
     * @param perProject    € per project as published
     * @param beneficiaries beneficiaries as published (a number or a range), or empty
     * @param note          what else the source says (a second figure, a breakdown), or empty
     */
    public record Line(String line, String name, Euro resources, long projects, Euro perProject, String beneficiaries, String note) {
        /** Projects × € per project. */
        public Euro computed() {
            return perProject.multiply(BigDecimal.valueOf(projects), java.math.RoundingMode.UNNECESSARY);
        }
    }

    /**
     * A total as published, and the parts it should be the sum of.
     *
     * @param name      what the total is
     * @param published the published figure
     * @param parts     the published parts
     */
    public record Total(String name, Euro published, List<Euro> parts) {
        /** Copies the parts. */
        public Total {
            parts = List.copyOf(parts);
        }

        /** Σ parts. */
        public Euro sum() {
            return Euro.sum(parts);
        }
    }

    /**
     * One disagreement of the published figures.
     *
     * @param where      the line or total
     * @param published  the figure as published
     * @param computed   what the other published figures give
     * @param difference published − computed
     */
    public record Finding(String where, Euro published, Euro computed, Euro difference) {
    }

    private static final List<Line> LINES = List.of(
            new Line("1.1", "Sostegno alla genitorialità", millions("86.4"), 400, Euro.ofEuros(211_500), "4.000", ""),
            new Line("1.1", "Autonomia delle persone anziane", millions("307.5"), 125, Euro.ofEuros(2_460_000), "12.500", ""),
            new Line("1.1", "Servizi a domicilio per le persone anziane", millions("66"), 200, Euro.ofEuros(330_000), "25.000", ""),
            new Line("1.1", "Sostegno agli assistenti sociali", millions("42"), 300, Euro.ofEuros(210_000), "3.500", ""),
            new Line("1.2", "Autonomia delle persone con disabilità", millions("500"), 700, Euro.ofEuros(715_000), "4.900-7.000",
                    "progetto individualizzato 115.000 + abitazione 420.000 + lavoro 180.000 (la slide scrive 180.00) euro; 505 milioni "
                            + "nella slide dei contenuti"),
            new Line("1.3", "Housing first", null, 250, Euro.ofEuros(710_000), "2.500-3.750", "450 milioni insieme alle stazioni di posta"),
            new Line("1.3", "Stazioni di posta", null, 250, Euro.ofEuros(1_090_000), "", "450 milioni insieme all'housing first"));

    private static final List<Total> TOTALS = List.of(
            new Total("1.1 Sostegno persone vulnerabili (nuova progettazione)", millions("500"),
                    List.of(millions("86.4"), millions("307.5"), millions("66"), millions("42"))),
            new Total("1.2 Autonomia persone con disabilità (505 milioni nella slide dei contenuti)", millions("505"),
                    List.of(Euro.ofEuros(715_000).multiply(BigDecimal.valueOf(700), java.math.RoundingMode.UNNECESSARY))),
            new Total("1.3 Housing temporaneo e stazioni di posta", millions("450"),
                    List.of(Euro.ofEuros(710_000 * 250L), Euro.ofEuros(1_090_000 * 250L))),
            new Total("M5C2 nuova progettazione", millions("5150"),
                    List.of(millions("500"), millions("500"), millions("450"), millions("700"), millions("2300"), millions("700"))),
            new Total("M5C2 risorse esistenti", millions("3200"), List.of(millions("2800"), millions("500"))));

    private M5C2Catalogue() {
    }

    private static Euro millions(String m) {
        return Euro.of(new BigDecimal(m).movePointRight(6));
    }

    /** The sub-investments, as published. */
    public static List<Line> lines() {
        return LINES;
    }

    /** The totals, as published, with their parts. */
    public static List<Total> totals() {
        return TOTALS;
    }

    /** Every line where resources ≠ projects × € per project, and every total that is not the sum of its parts. */
    public static List<Finding> consistency() {
        List<Finding> out = new ArrayList<>();
        for (Line l : LINES) {
            if (l.resources() != null && !l.resources().equals(l.computed())) {
                out.add(new Finding(l.line() + " " + l.name(), l.resources(), l.computed(), l.resources().minus(l.computed())));
            }
        }
        for (Total t : TOTALS) {
            if (!t.published().equals(t.sum())) {
                out.add(new Finding(t.name(), t.published(), t.sum(), t.published().minus(t.sum())));
            }
        }
        return out;
    }

    /**
     * The 1.3 metropolitan rule: an Ambito in a Città metropolitana may hold one project of a 1.3
     * sub-investment per 330,000 inhabitants, at least one; elsewhere one (reading of "concentrazione in
     * ambito metropolitano – più progetti in ATS in ragione di 1/330.000 ab.").
     */
    public static long maxProjects13(long population, boolean metropolitan) {
        if (population < 0) {
            throw it.fsr.core.validation.ValidationException.of("population", population, "must not be negative");
        }
        return metropolitan ? Math.max(1, population / 330_000) : 1;
    }
}
