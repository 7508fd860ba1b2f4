package it.fsr.riparto;

import it.fsr.core.explain.Label;
import it.fsr.core.explain.Languages;
import it.fsr.core.explain.ValueFormat;
import it.fsr.core.money.Euro;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What-if: two piani di riparto side by side — the Assembly's alternatives (other indicator weights,
 * other set-asides, other type budgets) — with each line's and each unit's difference (B − A).
 * Immutable and thread-safe.
 */
public final class PlanComparison {

    /**
     * One unit in both plans (a unit present in only one has zero and no status in the other).
     *
     * @param id      the unit id
     * @param name    its name
     * @param a       its amount in plan A
     * @param b       its amount in plan B
     * @param statusA its status in plan A, if present
     * @param statusB its status in plan B, if present
     */
    public record UnitDifference(String id, String name, Euro a, Euro b, Optional<UnitStatus> statusA,
            Optional<UnitStatus> statusB) {
        /** b − a. */
        public Euro difference() {
            return b.minus(a);
        }
    }

    /**
     * One summary line in both plans.
     *
     * @param key the line's message key
     * @param a   its amount in plan A
     * @param b   its amount in plan B
     */
    public record LineDifference(String key, Euro a, Euro b) {
        /** b − a. */
        public Euro difference() {
            return b.minus(a);
        }
    }

    private final RipartoPlan a;
    private final RipartoPlan b;
    private final List<LineDifference> lines;
    private final List<UnitDifference> units;

    private PlanComparison(RipartoPlan a, RipartoPlan b) {
        this.a = a;
        this.b = b;
        List<LineDifference> l = new ArrayList<>();
        l.add(new LineDifference("report.line.reserve", a.reserve(), b.reserve()));
        l.add(new LineDifference("report.line.inclusion", a.inclusion(), b.inclusion()));
        l.add(new LineDifference("report.line.distributable", a.distributable(), b.distributable()));
        for (Area area : Area.values()) {
            l.add(new LineDifference("area." + area, a.area(area).budget(), b.area(area).budget()));
        }
        for (ServiceType t : ServiceType.values()) {
            Euro ta = a.type(t).map(TypeResult::allocated).orElse(Euro.ZERO);
            Euro tb = b.type(t).map(TypeResult::allocated).orElse(Euro.ZERO);
            if (!ta.isZero() || !tb.isZero()) {
                l.add(new LineDifference("type." + t, ta, tb));
            }
        }
        l.add(new LineDifference("report.line.returned", a.returnedToReserve(), b.returnedToReserve()));
        this.lines = List.copyOf(l);
        TreeSet<String> ids = new TreeSet<>();
        a.units().forEach(u -> ids.add(u.id()));
        b.units().forEach(u -> ids.add(u.id()));
        List<UnitDifference> u = new ArrayList<>();
        for (String id : ids) {
            Optional<UnitResult> ua = a.unit(id);
            Optional<UnitResult> ub = b.unit(id);
            String name = ua.or(() -> ub).map(r -> r.unit().name()).orElse(id);
            u.add(new UnitDifference(id, name, ua.map(UnitResult::amount).orElse(Euro.ZERO),
                    ub.map(UnitResult::amount).orElse(Euro.ZERO), ua.map(UnitResult::status), ub.map(UnitResult::status)));
        }
        this.units = List.copyOf(u);
    }

    /** Compares plan {@code a} (the baseline) with plan {@code b} (the alternative). */
    public static PlanComparison of(RipartoPlan a, RipartoPlan b) {
        return new PlanComparison(a, b);
    }

    /** The baseline. */
    public RipartoPlan a() {
        return a;
    }

    /** The alternative. */
    public RipartoPlan b() {
        return b;
    }

    /** The summary lines: set-asides, areas, types, returned. */
    public List<LineDifference> lines() {
        return lines;
    }

    /** Every unit of either plan, in id order. */
    public List<UnitDifference> units() {
        return units;
    }

    /** {@code unit_id,name,amount_a,amount_b,difference,status_a,status_b}. */
    public String toCsv() {
        return toCsv(it.fsr.core.explain.CsvDialect.PLAIN);
    }

    /** The CSV in a dialect ({@code ;} and decimal comma for Italian Excel). */
    public String toCsv(it.fsr.core.explain.CsvDialect dialect) {
        StringBuilder sb = new StringBuilder(it.fsr.core.csv.CsvWriter.line(
                List.of("unit_id", "name", "amount_a", "amount_b", "difference", "status_a", "status_b"), dialect));
        for (UnitDifference u : units) {
            sb.append(it.fsr.core.csv.CsvWriter.line(List.of(u.id(), u.name(), u.a().toString(), u.b().toString(), u.difference().toString(),
                    u.statusA().map(Enum::name).orElse(""), u.statusB().map(Enum::name).orElse("")), dialect));
        }
        return sb.toString();
    }

    /** A Markdown report of both plans side by side, their columns labelled A and B. */
    public String toMarkdown(Locale locale) {
        return toMarkdown(locale, "A", "B");
    }

    /**
     * A Markdown report of both plans side by side, their columns labelled as the caller names the two plans (the
     * command line: the two scenario files), so that a table attached to an act says which plan is which.
     */
    public String toMarkdown(Locale locale, String labelA, String labelB) {
        Locale l = Languages.effective(locale);
        String la = it.fsr.core.explain.Markdown.escape(labelA);
        String lb = it.fsr.core.explain.Markdown.escape(labelB);
        String diff = "A".equals(labelA) && "B".equals(labelB) ? "B − A" : t("compare.difference", l);
        StringBuilder sb = new StringBuilder("# ").append(t("compare.title", l, a.scenario().ambito(), a.scenario().year())).append("\n\n");
        sb.append("| ").append(t("report.col.item", l)).append(" | ").append(la).append(" | ").append(lb).append(" | ").append(diff)
                .append(" |\n|---|---|---|---|\n");
        for (LineDifference d : lines) {
            sb.append("| ").append(t(d.key(), l, "")).append(" | ").append(v(d.a(), l)).append(" | ").append(v(d.b(), l))
                    .append(" | ").append(v(d.difference(), l)).append(" |\n");
        }
        sb.append("\n| ID | ").append(t("report.col.name", l)).append(" | ").append(la).append(" | ").append(lb).append(" | ").append(diff)
                .append(" |\n|---|---|---|---|---|\n");
        for (UnitDifference u : units) {
            sb.append("| ").append(it.fsr.core.explain.Markdown.escape(u.id())).append(" | ").append(it.fsr.core.explain.Markdown.escape(u.name()))
                    .append(" | ").append(v(u.a(), l)).append(" | ").append(v(u.b(), l)).append(" | ").append(v(u.difference(), l)).append(" |\n");
        }
        return sb.toString();
    }

    private static String t(String key, Locale l, Object... args) {
        return Label.of(AmbitoRiparto.MESSAGES, key, args).render(l).replace(" ()", "");
    }

    private static String v(Object o, Locale l) {
        return ValueFormat.format(o, l);
    }
}
