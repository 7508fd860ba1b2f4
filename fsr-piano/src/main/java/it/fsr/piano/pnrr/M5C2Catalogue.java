package it.fsr.piano.pnrr;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The PNRR Mission 5 Component 2 "Infrastrutture sociali" lines as the Avviso pubblico 1/2022 of the Ministero del
 * Lavoro e delle politiche sociali publishes them (adopted by Decreto direttoriale n. 5 del 15/02/2022: 1.1.1 €84.6M,
 * 1.1.2 €307.5M, 1.1.3 €66M, 1.1.4 €42M = 200 × €210,000, 1.2 €500.5M, 1.3.1 €177.5M, 1.3.2 €272.5M; €1,450.6M in
 * all), read from the files shipped beside this class ({@code m5c2-linee.csv}, {@code m5c2-totali.csv}): data, not code.
 *
 * <p>The slides that summarise it (Federsanità-Anci Toscana, "La programmazione integrata del Sistema dei Servizi e il
 * PNRR", {@code m5c2-slide.csv}) give other figures in places (€86.4M for 1.1.1; 300 projects for 1.1.4; 1.2 at €500M
 * in one slide and €505M in another). {@link #consistency()} lists every such disagreement, and any line or total of
 * the Avviso that is not the product or sum of its parts, with its difference: a clerk must see it, not have it
 * corrected silently. Immutable.
 */
public final class M5C2Catalogue {
    /** The source of the figures. */
    public static final String SOURCE = "Avviso pubblico 1/2022 del Ministero del Lavoro e delle politiche sociali, adottato con "
            + "Decreto direttoriale n. 5 del 15/02/2022 (https://www.lametasociale.it/2022/02/26/speciale-pnrr-le-risorse/); "
            + "a confronto le slide Federsanità-Anci Toscana \"La programmazione integrata del Sistema dei Servizi e il PNRR\"";

    /**
     * One sub-investment.
     *
     * @param line          the investment line (1.1, 1.2, 1.3)
     * @param code          the sub-investment's code in the Avviso (1.1.1 … 1.1.4, 1.2, 1.3.1, 1.3.2)
     * @param name          the sub-investment
     * @param resources     its published resources, or null when published only for its group
     * @param projects      projects (ATS) financed
     * @param perProject    € per project as published
     * @param beneficiaries beneficiaries as published (a number or a range), or empty
     * @param note          what else the source says (a second figure, a breakdown), or empty
     */
    public record Line(String line, String code, String name, Euro resources, long projects, Euro perProject, String beneficiaries, String note) {
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
     * @param source    where it is published (the Avviso or the slides)
     */
    public record Total(String name, Euro published, List<Euro> parts, String source) {
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
    private static final List<Finding> SLIDES = readSlides();

    private M5C2Catalogue() {
    }

    /** The lines as the shipped file {@code m5c2-linee.csv} gives them (one row per sub-investment, amounts in euros). */
    private static List<Line> readLines() {
        it.fsr.core.validation.Violations v = new it.fsr.core.validation.Violations();
        List<Line> out = new ArrayList<>();
        for (it.fsr.core.csv.CsvRow r : table("m5c2-linee.csv").rows()) {
            Long projects = r.integer("projects", true, v);
            out.add(new Line(r.requiredText("line", v), r.requiredText("code", v), r.requiredText("name", v), r.amount("resources", false, false, v),
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
            out.add(new Total(r.requiredText("name", v), r.amount("published", true, false, v), parts, r.requiredText("source", v)));
        }
        shipped(v, "m5c2-totali.csv");
        return List.copyOf(out);
    }

    /**
     * Where the slides differ from the Avviso ({@code m5c2-slide.csv}): their resources, or their projects × € per project,
     * against the Avviso's resources of the same sub-investment.
     */
    private static List<Finding> readSlides() {
        it.fsr.core.validation.Violations v = new it.fsr.core.validation.Violations();
        List<Finding> out = new ArrayList<>();
        for (it.fsr.core.csv.CsvRow r : table("m5c2-slide.csv").rows()) {
            String code = r.requiredText("code", v);
            Line l = LINES.stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
            Euro resources = r.amount("resources", false, false, v);
            Long projects = r.integer("projects", true, v);
            Euro perProject = r.amount("per_project", true, false, v);
            if (l == null || projects == null || perProject == null) {
                v.check(l != null, "code", code, "is not a sub-investment of the Avviso");
                continue;
            }
            String where = l.code() + " " + l.name() + " (slide " + r.requiredText("slide", v) + ")";
            if (resources != null && !resources.equals(l.resources())) {
                out.add(new Finding(where, resources, l.resources(), resources.minus(l.resources())));
            }
            Euro implied = perProject.multiply(BigDecimal.valueOf(projects), java.math.RoundingMode.UNNECESSARY);
            if (projects != l.projects() || !perProject.equals(l.perProject())) {
                out.add(new Finding(where + ": " + projects + " × " + perProject, implied, l.resources(), implied.minus(l.resources())));
            }
        }
        shipped(v, "m5c2-slide.csv");
        return List.copyOf(out);
    }

    private static it.fsr.core.csv.CsvTable table(String name) {
        try (java.io.InputStream in = M5C2Catalogue.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("catalogue file " + name + " is missing");
            }
            // the shipped files open with '#' lines naming their sources
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
            return it.fsr.core.csv.CsvTable.parse(name, text);
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

    /**
     * Every line where resources ≠ projects × € per project, every total that is not the sum of its parts, and every
     * figure of the slides that differs from the Avviso's.
     */
    public static List<Finding> consistency() {
        List<Finding> out = new ArrayList<>();
        for (Line l : LINES) {
            if (l.resources() != null && !l.resources().equals(l.computed())) {
                out.add(new Finding(l.code() + " " + l.name(), l.resources(), l.computed(), l.resources().minus(l.computed())));
            }
        }
        for (Total t : TOTALS) {
            if (!t.published().equals(t.sum())) {
                out.add(new Finding(t.name(), t.published(), t.sum(), t.published().minus(t.sum())));
            }
        }
        out.addAll(SLIDES);
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
