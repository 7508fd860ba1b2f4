package it.fsr.riparto;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Label;
import it.fsr.core.explain.Languages;
import it.fsr.core.explain.ValueFormat;
import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The piano di riparto of one Ambito: the budget, the set-asides, each area's and type's budget, each
 * unit's amount (or exclusion) with its explanation, and what was returned to the reserve.
 *
 * <p>Invariant, checked on construction: Σ units + returned = distributable (units → types → areas,
 * to the cent), and distributable + reserve + inclusion = budget. Renders as CSV (one row per unit)
 * and as a Markdown or plain-text report, in Italian or English. Immutable and thread-safe.
 */
public final class RipartoPlan {
    /** The CSV columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("unit_id", "cudes", "name", "operator", "comune", "area",
            "service_type", "rule", "status", "reasons", "eligible_spend", "deficit", "cap", "active_days", "minimum",
            "amount", "coverage_percent", "resident_days", "amount_per_day");

    private final RipartoScenario scenario;
    private final Euro reserve;
    private final Euro inclusion;
    private final Euro admin;
    private final Euro distributable;
    private final List<AreaResult> areas;
    private final Euro returnedToReserve;
    private final List<Movement> movements;
    private final Explanation explanation;

    RipartoPlan(RipartoScenario scenario, Euro reserve, Euro inclusion, Euro admin, Euro distributable,
            List<AreaResult> areas, Euro returnedToReserve, List<Movement> movements, Explanation explanation) {
        this.scenario = scenario;
        this.reserve = reserve;
        this.inclusion = inclusion;
        this.admin = admin;
        this.distributable = distributable;
        this.areas = List.copyOf(areas);
        this.returnedToReserve = returnedToReserve;
        this.movements = List.copyOf(movements);
        this.explanation = explanation;
        Euro placed = Euro.sum(this.areas.stream().map(AreaResult::allocated).toList());
        if (!placed.plus(returnedToReserve).equals(distributable)
                || !distributable.plus(reserve).plus(inclusion).equals(scenario.budget())) {
            throw new IllegalStateException("riparto does not sum up: placed " + placed + " + returned " + returnedToReserve
                    + " vs distributable " + distributable);
        }
    }

    /** The scenario the plan was computed for. */
    public RipartoScenario scenario() {
        return scenario;
    }

    /** The year's FSR budget. */
    public Euro budget() {
        return scenario.budget();
    }

    /** The fondo di riequilibrio/riserva set aside this year (residuals of earlier years not included). */
    public Euro reserve() {
        return reserve;
    }

    /** The inclusion actions' share, administrative costs included. */
    public Euro inclusion() {
        return inclusion;
    }

    /** The administrative costs, part of {@link #inclusion()}. */
    public Euro admin() {
        return admin;
    }

    /** The budget left for the areas: budget − reserve − inclusion. */
    public Euro distributable() {
        return distributable;
    }

    /** Each area, in order MINORI, ANZIANI, DISABILI. */
    public List<AreaResult> areas() {
        return areas;
    }

    /** The area result. */
    public AreaResult area(Area area) {
        return areas.stream().filter(a -> a.area() == area).findFirst().orElseThrow();
    }

    /** The type result, if the type had units or a budget. */
    public Optional<TypeResult> type(ServiceType type) {
        return areas.stream().flatMap(a -> a.types().stream()).filter(t -> t.type() == type).findFirst();
    }

    /** What no unit could take, returned to the reserve (a named line, never lost). */
    public Euro returnedToReserve() {
        return returnedToReserve;
    }

    /**
     * Every movement of the return path, in the order it happened: a type's unplaced money back to its
     * area, re-split to the area's types with unmet need, to the residual types (SFA), to the reserve.
     */
    public List<Movement> movements() {
        return movements;
    }

    /** The total each ente gestore receives, by its name, sorted (the Avviso's communication goes to each ente). */
    public java.util.SortedMap<String, Euro> totalsByOperator() {
        java.util.SortedMap<String, Euro> out = new java.util.TreeMap<>();
        for (UnitResult u : units()) {
            out.merge(u.unit().operator(), u.amount(), Euro::plus);
        }
        return java.util.Collections.unmodifiableSortedMap(out);
    }

    /** The indicators any unit of the plan has a value for, in declaration order (the CSV's extra columns). */
    public List<Indicator> indicatorsShown() {
        java.util.EnumSet<Indicator> shown = java.util.EnumSet.noneOf(Indicator.class);
        for (UnitResult u : units()) {
            shown.addAll(u.indicators().keySet());
        }
        return List.copyOf(shown);
    }

    /** The reserve in the end: set aside + residuals of earlier years + returned. */
    public Euro reserveTotal() {
        return reserve.plus(scenario.previousResiduals()).plus(returnedToReserve);
    }

    /** Σ of all units' amounts. */
    public Euro allocatedToUnits() {
        return Euro.sum(areas.stream().map(AreaResult::allocated).toList());
    }

    /** Every unit's line, in id order. */
    public List<UnitResult> units() {
        return areas.stream().flatMap(a -> a.types().stream()).flatMap(t -> t.units().stream())
                .sorted(Comparator.comparing(UnitResult::id)).toList();
    }

    /** The line of the unit with this id. */
    public Optional<UnitResult> unit(String id) {
        return units().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** The steps from the budget to the type budgets. */
    public Explanation explanation() {
        return explanation;
    }

    // ------------------------------------------------------------------ CSV

    /**
     * One row per unit, columns {@link #CSV_COLUMNS} then one per indicator of {@link #indicatorsShown()}
     * (lower-case name, the unit's value or empty), plain numbers ({@code 1234.50}), {@code ,} separated.
     * {@code amount_per_day} is the amount per day of presence of a per-day type, to the cent (display).
     */
    public String toCsv() {
        return toCsv(it.fsr.core.explain.CsvDialect.PLAIN);
    }

    /** The CSV in a dialect: {@code ;} and decimal comma for Italian Excel ({@link it.fsr.core.csv.CsvWriter}). */
    public String toCsv(it.fsr.core.explain.CsvDialect dialect) {
        List<Indicator> shown = indicatorsShown();
        List<String> header = new ArrayList<>(CSV_COLUMNS);
        shown.forEach(i -> header.add(i.name().toLowerCase(Locale.ROOT)));
        StringBuilder sb = new StringBuilder(it.fsr.core.csv.CsvWriter.line(header, dialect));
        for (UnitResult u : units()) {
            ServiceUnit s = u.unit();
            boolean perDay = s.type().rule() == RuleKind.PER_DAY_MINIMUM;
            List<String> row = new ArrayList<>(List.of(s.id(), s.cudes().orElse(""), s.name(), s.operator(), s.comune(), s.type().area().name(),
                    s.type().name(), s.type().rule().name(), u.status().name(),
                    u.reasons().stream().map(Enum::name).collect(Collectors.joining(";")),
                    u.basis().toString(), u.deficit().toString(), u.cap().toString(), Integer.toString(u.activeDays()),
                    u.minimum().toString(), u.amount().toString(), u.coveragePercent().map(BigDecimal::toPlainString).orElse(""),
                    perDay ? Long.toString(s.residentDays()) : "", perDay ? u.amountPerDay().map(BigDecimal::toPlainString).orElse("") : ""));
            for (Indicator i : shown) {
                BigDecimal x = u.indicators().get(i);
                row.add(x == null ? "" : x.stripTrailingZeros().toPlainString());
            }
            sb.append(it.fsr.core.csv.CsvWriter.line(row, dialect));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ reports

    /** The Markdown report in Italian, without the per-unit explanations. */
    public String toMarkdown() {
        return toMarkdown(Languages.ITALIAN, false);
    }

    /** The Markdown report; {@code explain} adds every unit's explanation. */
    public String toMarkdown(Locale locale, boolean explain) {
        return new Report(this, locale, true).render(explain);
    }

    /** The plain-text report; {@code explain} adds every unit's explanation. */
    public String toText(Locale locale, boolean explain) {
        return new Report(this, locale, false).render(explain);
    }

    /** Renders the plan as Markdown or text. */
    private static final class Report {
        private final RipartoPlan plan;
        private final Locale locale;
        private final boolean md;
        private final StringBuilder sb = new StringBuilder();

        Report(RipartoPlan plan, Locale locale, boolean md) {
            this.plan = plan;
            this.locale = Languages.effective(locale);
            this.md = md;
        }

        private String t(String key, Object... args) {
            return Label.of(AmbitoRiparto.MESSAGES, key, args).render(locale);
        }

        private String v(Object value) {
            return ValueFormat.format(value, locale);
        }

        private void heading(int level, String text) {
            if (md) {
                sb.append("#".repeat(level)).append(' ').append(text).append("\n\n");
            } else {
                sb.append(text).append('\n').append((level == 1 ? "=" : "-").repeat(text.length())).append("\n\n");
            }
        }

        private void table(List<String> header, List<List<String>> rows) {
            if (md) {
                sb.append("| ").append(String.join(" | ", header)).append(" |\n|");
                header.forEach(h -> sb.append("---|"));
                sb.append('\n');
                for (List<String> r : rows) {
                    sb.append("| ").append(String.join(" | ", r)).append(" |\n");
                }
            } else {
                int[] w = new int[header.size()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = header.get(i).length();
                    for (List<String> r : rows) {
                        w[i] = Math.max(w[i], r.get(i).length());
                    }
                }
                line(header, w);
                for (List<String> r : rows) {
                    line(r, w);
                }
            }
            sb.append('\n');
        }

        private void line(List<String> cells, int[] w) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                l.append(i == 0 ? "" : "  ").append(String.format("%-" + w[i] + "s", cells.get(i)));
            }
            sb.append(l.toString().stripTrailing()).append('\n');
        }

        private String movementFrom(Movement m) {
            return switch (m.kind()) {
                case RETURNED_TO_AREA -> t("type." + m.type());
                case REASSIGNED_TO_TYPE, TO_OTHER_AREA_TYPE, TO_RESIDUAL_TYPE -> t("area." + m.area());
                case TO_RESERVE -> m.type() == null ? t("area." + m.area()) : t("type." + m.type());
            };
        }

        private String movementTo(Movement m) {
            return switch (m.kind()) {
                case RETURNED_TO_AREA -> t("area." + m.area());
                case REASSIGNED_TO_TYPE, TO_OTHER_AREA_TYPE, TO_RESIDUAL_TYPE -> t("type." + m.type());
                case TO_RESERVE -> t("report.reserve");
            };
        }

        String render(boolean explain) {
            RipartoScenario s = plan.scenario;
            heading(1, t("report.title", s.year(), s.ambito()));
            heading(2, t("report.budget"));
            List<List<String>> lines = new ArrayList<>();
            lines.add(List.of(t("report.line.budget"), v(plan.budget())));
            lines.add(List.of(t("report.line.reserve", s.reserveRate()), v(plan.reserve)));
            if (s.previousResiduals().isPositive()) {
                lines.add(List.of(t("report.line.residuals"), v(s.previousResiduals())));
            }
            lines.add(List.of(t("report.line.inclusion", s.inclusionRate()), v(plan.inclusion)));
            lines.add(List.of(t("report.line.admin", s.adminRate()), v(plan.admin)));
            lines.add(List.of(t("report.line.distributable"), v(plan.distributable)));
            lines.add(List.of(t("report.line.allocated"), v(plan.allocatedToUnits())));
            lines.add(List.of(t("report.line.returned"), v(plan.returnedToReserve)));
            lines.add(List.of(t("report.line.reserveTotal"), v(plan.reserveTotal())));
            table(List.of(t("report.col.item"), t("report.col.amount")), lines);

            heading(2, t("report.areas"));
            List<List<String>> rows = new ArrayList<>();
            for (AreaResult a : plan.areas) {
                rows.add(List.of(t("area." + a.area()), v(a.budget()), v(a.allocated()), v(a.toOtherAreas()), v(a.fromOtherAreas()),
                        v(a.unplaced())));
            }
            table(List.of(t("report.col.area"), t("report.col.budget"), t("report.col.allocated"), t("report.col.toOtherAreas"),
                    t("report.col.fromOtherAreas"), t("report.col.toReserve")), rows);

            heading(2, t("report.types"));
            rows = new ArrayList<>();
            for (AreaResult a : plan.areas) {
                for (TypeResult tr : a.types()) {
                    rows.add(List.of(t("area." + a.area()), t("type." + tr.type()), t("rule." + tr.type().rule()), v(tr.budget()),
                            v(tr.received()), v(tr.allocated()), tr.coveragePercent().map(c -> v(c) + "%").orElse("—"), v(tr.remainder())));
                }
            }
            table(List.of(t("report.col.area"), t("report.col.type"), t("report.col.rule"), t("report.col.budget"),
                    t("report.col.received"), t("report.col.allocated"), t("report.col.coverage"), t("report.col.returned")), rows);

            if (!plan.movements.isEmpty()) {
                heading(2, t("report.movements"));
                rows = new ArrayList<>();
                for (Movement m : plan.movements) {
                    rows.add(List.of(movementFrom(m), movementTo(m), v(m.amount())));
                }
                table(List.of(t("report.col.from"), t("report.col.to"), t("report.col.amount")), rows);
            }

            if (!s.indicatorWeights().isEmpty()) {
                heading(2, t("report.weights"));
                List<List<String>> weightRows = new ArrayList<>();
                s.indicatorWeights().forEach((type, w) -> w.forEach((ind, rate) ->
                        weightRows.add(List.of(t("type." + type), t("indicator." + ind), v(rate)))));
                table(List.of(t("report.col.type"), t("report.col.indicator"), t("report.col.weight")), weightRows);
                for (ServiceType type : s.indicatorWeights().keySet()) {
                    List<UnitResult> us = plan.units().stream().filter(u -> u.unit().type() == type && !u.indicators().isEmpty()).toList();
                    if (us.isEmpty()) {
                        continue;
                    }
                    List<Indicator> inds = us.stream().flatMap(u -> u.indicators().keySet().stream()).distinct().sorted().toList();
                    List<String> header = new ArrayList<>(List.of("ID", t("report.col.name")));
                    inds.forEach(i -> header.add(t("indicator.short." + i)));
                    List<List<String>> vals = new ArrayList<>();
                    for (UnitResult u : us) {
                        List<String> r = new ArrayList<>(List.of(u.id(), u.unit().name()));
                        inds.forEach(i -> r.add(u.indicators().containsKey(i) ? v(u.indicators().get(i).stripTrailingZeros()) : "—"));
                        vals.add(r);
                    }
                    sb.append(t("type." + type)).append(":\n\n");
                    table(header, vals);
                }
            }

            List<UnitResult> perDay = plan.units().stream().filter(u -> u.unit().type().rule() == RuleKind.PER_DAY_MINIMUM
                    && u.status() != UnitStatus.EXCLUDED).toList();
            if (!perDay.isEmpty()) {
                heading(2, t("report.perDay"));
                rows = new ArrayList<>();
                for (UnitResult u : perDay) {
                    rows.add(List.of(u.id(), u.unit().name(), t("type." + u.unit().type()), Long.toString(u.unit().residentDays()),
                            v(u.amount()), u.amountPerDay().map(x -> v(Euro.of(x))).orElse("—")));
                }
                table(List.of("ID", t("report.col.name"), t("report.col.type"), t("report.col.days"), t("report.col.amount"),
                        t("report.col.perDay")), rows);
            }

            heading(2, t("report.operators"));
            rows = new ArrayList<>();
            Euro operatorsTotal = Euro.ZERO;
            for (java.util.Map.Entry<String, Euro> e : plan.totalsByOperator().entrySet()) {
                rows.add(List.of(e.getKey(), v(e.getValue())));
                operatorsTotal = operatorsTotal.plus(e.getValue());
            }
            // a total row, so the table can be attached to a determina as it is
            rows.add(List.of(t("report.col.total"), v(operatorsTotal)));
            table(List.of(t("report.col.operator"), t("report.col.amount")), rows);

            heading(2, t("report.units"));
            List<List<String>> unitRows = new ArrayList<>();
            for (UnitResult u : plan.units()) {
                unitRows.add(List.of(u.id(), u.unit().cudes().orElse("—"), u.unit().name(), u.unit().operator(), t("type." + u.unit().type()),
                        t("status." + u.status()), v(u.basis()), v(u.deficit()), v(u.amount()),
                        u.coveragePercent().filter(c -> u.amount().isPositive()).map(c -> v(c) + "%").orElse("—")));
            }
            Euro basisTotal = Euro.ZERO;
            Euro deficitTotal = Euro.ZERO;
            Euro amountTotal = Euro.ZERO;
            for (UnitResult u : plan.units()) {
                basisTotal = basisTotal.plus(u.basis());
                deficitTotal = deficitTotal.plus(u.deficit());
                amountTotal = amountTotal.plus(u.amount());
            }
            unitRows.add(List.of(t("report.col.total"), "", "", "", "", "", v(basisTotal), v(deficitTotal), v(amountTotal), ""));
            table(List.of("ID", "CUDES", t("report.col.name"), t("report.col.operator"), t("report.col.type"), t("report.col.status"),
                    t("report.col.basis"), t("report.col.deficit"), t("report.col.amount"), t("report.col.coverage")), unitRows);

            List<UnitResult> excluded = plan.units().stream().filter(u -> u.status() != UnitStatus.FUNDED && u.status() != UnitStatus.CAPPED).toList();
            if (!excluded.isEmpty()) {
                heading(2, t("report.excluded"));
                for (UnitResult u : excluded) {
                    String why = u.status() == UnitStatus.EXCLUDED
                            ? u.reasons().stream().map(r -> t("reason." + r.name()) + " (" + r.source() + ")").collect(Collectors.joining("; "))
                            : t("status." + u.status());
                    sb.append(md ? "- **" + u.id() + "** " : "- " + u.id() + " ").append(u.unit().name()).append(": ").append(why).append('\n');
                }
                sb.append('\n');
            }
            heading(2, t("report.steps"));
            sb.append(md ? plan.explanation.toMarkdown(locale) : plan.explanation.toText(locale)).append('\n');
            if (explain) {
                heading(2, t("report.explanations"));
                for (UnitResult u : plan.units()) {
                    sb.append(md ? u.explanation().toMarkdown(locale) : u.explanation().toText(locale)).append('\n');
                }
            }
            sb.append(t("report.check", v(plan.allocatedToUnits()), v(plan.returnedToReserve), v(plan.reserve), v(plan.inclusion),
                    v(plan.budget()))).append('\n');
            return sb.toString();
        }
    }
}
