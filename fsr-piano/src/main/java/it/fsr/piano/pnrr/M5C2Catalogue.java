package it.fsr.piano.pnrr;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The PNRR Mission 5 Component 2 "Infrastrutture sociali" lines as published (Avviso pubblico 1/2022 of
 * the Ministero del Lavoro, Decreto direttoriale 450 of 9/12/2021, as summarised by Federsanità-Anci
 * Toscana, "La programmazione integrata del Sistema dei Servizi e il PNRR", slides "M5C2 – Azioni e
 * Risorse" and "M5C2 – Contenuti e Risorse"), read from the files shipped beside this class
 * ({@code m5c2-linee.csv}, {@code m5c2-totali.csv}): data, not code.
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

    private static final List<Line> LINES = readLines();
    private static final List<Total> TOTALS = readTotals();

    private M5C2Catalogue() {
    }

    /** The lines as the shipped file {@code m5c2-linee.csv} gives them (one row per sub-investment, amounts in euros). */
    private static List<Line> readLines() {
        it.fsr.core.validation.Violations v = new it.fsr.core.validation.Violations();
        List<Line> out = new ArrayList<>();
        for (it.fsr.core.csv.CsvRow r : table("m5c2-linee.csv").rows()) {
            Long projects = r.integer("projects", true, v);
            out.add(new Line(r.requiredText("line", v), r.requiredText("name", v), r.amount("resources", false, false, v),
                    projects == null ? 0 : projects, r.amount("per_project", true, false, v), r.text("beneficiaries").orElse(""),
                    r.text("note").orElse("")));
        }
        shipped(v, "m5c2-linee.csv");
        return List.copyOf(out);
    }

    /** The totals as the shipped file {@code m5c2-totali.csv} gives them, the parts joined by {@code +}. */
    private static List<Total> readTotals() {
        it.fsr.core.validation.Violations v = new it.fsr.core.validation.Violations();
        List<Total> out = new ArrayList<>();
        for (it.fsr.core.csv.CsvRow r : table("m5c2-totali.csv").rows()) {
            List<Euro> parts = new ArrayList<>();
            for (String part : r.requiredText("parts", v).split("\\+")) {
                parts.add(Euro.parse(part.strip()));
            }
            out.add(new Total(r.requiredText("name", v), r.amount("published", true, false, v), parts));
        }
        shipped(v, "m5c2-totali.csv");
        return List.copyOf(out);
    }

    private static it.fsr.core.csv.CsvTable table(String name) {
        try (java.io.InputStream in = M5C2Catalogue.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("catalogue file " + name + " is missing");
            }
            return it.fsr.core.csv.CsvTable.parse(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("catalogue file " + name + " cannot be read", e);
        }
    }

    private static void shipped(it.fsr.core.validation.Violations v, String name) {
        try {
            v.throwIfAny();
        } catch (it.fsr.core.validation.ValidationException e) {
            throw new IllegalStateException("catalogue file " + name + ": " + e.violations(), e);
        }
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
     * sub-investment per {@code pnrr.metro.inhabitantsPerProject} inhabitants (Avviso 1/2022), at least one;
     * elsewhere one (reading of "concentrazione in ambito metropolitano – più progetti in ATS in ragione di
     * 1/330.000 ab.").
     */
    public static long maxProjects13(long population, boolean metropolitan) {
        if (population < 0) {
            throw it.fsr.core.validation.ValidationException.of("population", population, "must not be negative");
        }
        long per = Tranches.newest(Tranches.defaults(), Tranches.METRO_INHABITANTS_PER_PROJECT);
        return metropolitan ? Math.max(1, population / per) : 1;
    }
}
