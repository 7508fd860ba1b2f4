package it.fsr.cli;

import it.fsr.core.explain.CsvDialect;

import it.fsr.core.money.Euro;
import it.fsr.core.money.EuroFormat;
import it.fsr.riparto.AmbitoIndicators;
import it.fsr.riparto.AmbitoRiparto;
import it.fsr.riparto.example.MonteOrfano2025;
import it.fsr.riparto.PlanComparison;
import it.fsr.riparto.RegionalRiparto;
import it.fsr.riparto.RipartoInput;
import it.fsr.riparto.RipartoParameters;
import it.fsr.riparto.RipartoPlan;
import it.fsr.riparto.RipartoScenario;
import it.fsr.riparto.ServiceUnit;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code demo}, {@code riparto} and {@code regione}. */
final class RipartoCommands {
    private RipartoCommands() {
    }

    static String demo(List<String> rest) {
        Args a = new Args(rest, Set.of());
        return render(MonteOrfano2025.plan(), a, Args.Format.TEXT, a.outputDialect(CsvDialect.PLAIN));
    }

    static String riparto(List<String> rest) {
        Args a = new Args(rest, Set.of("scenario", "units", "compare"));
        RipartoInput.Files files = RipartoInput.read(a.fileName("scenario"), a.file("scenario"), a.fileName("units"), a.file("units"));
        CsvDialect dialect = a.outputDialect(files.dialect());
        RipartoPlan plan = files.plan(RunParameters.current());
        if (a.get("compare") != null) {
            String compareFile = java.nio.file.Path.of(a.get("compare")).getFileName().toString();
            RipartoPlan b = files.withScenario(compareFile, Args.read(a.get("compare"), a.encoding())).plan(RunParameters.current());
            PlanComparison c = PlanComparison.of(plan, b);
            // the columns named after the two scenario files (before: "A" and "B")
            if (a.format() == Args.Format.HTML) {
                return compareHtml(c, a.lang(), a.fileName("scenario"), compareFile);
            }
            return a.format() == Args.Format.CSV ? c.toCsv(dialect) : c.toMarkdown(a.lang(), a.fileName("scenario"), compareFile);
        }
        return render(plan, a, Args.Format.CSV, dialect);
    }

    private static String render(RipartoPlan plan, Args a, Args.Format defaultFormat, CsvDialect dialect) {
        return switch (a.format(defaultFormat)) {
            case CSV -> plan.toCsv(dialect);
            case MD -> plan.toMarkdown(a.lang(), a.flag("explain"));
            case TEXT -> plan.toText(a.lang(), a.flag("explain"));
            case HTML -> html(plan, a.lang(), a.flag("explain"));
        };
    }

    /**
     * The riparto for the Assemblea: the budget and its deductions, the areas and types with a chart, every unit with
     * its contribution, a chart and the totals, the acts cited by the plan's steps.
     */
    static String html(RipartoPlan plan, java.util.Locale lang, boolean explain) {
        boolean ital = lang == java.util.Locale.ITALIAN;
        it.fsr.riparto.RipartoScenario sc = plan.scenario();
        Html.Context before = Html.CONTEXT.get();
        List<String> context = new ArrayList<>();
        context.add(sc.avviso());
        if (before != null) {
            context.addAll(before.inputs());
        }
        Html.CONTEXT.set(new Html.Context((ital ? "Piano di riparto FSR " : "FSR riparto ") + sc.year() + " – " + sc.ambito(), context,
                before == null ? java.time.LocalDate.now() : before.date()));
        try {
            List<Html.Section> sections = new ArrayList<>();
            List<List<Object>> budget = new ArrayList<>();
            budget.add(List.of(ital ? "Fondo dell'Ambito" : "Budget", plan.budget()));
            budget.add(List.of(ital ? "Riserva" : "Reserve", plan.reserve()));
            budget.add(List.of(ital ? "Inclusione" : "Inclusion", plan.inclusion()));
            budget.add(List.of(ital ? "Spese di gestione" : "Administration", plan.admin()));
            budget.add(List.of(ital ? "Da ripartire" : "Distributable", plan.distributable()));
            budget.add(List.of(ital ? "Assegnato alle unità d'offerta" : "Allocated to units", plan.allocatedToUnits()));
            budget.add(List.of(ital ? "Tornato alla riserva" : "Returned to the reserve", plan.returnedToReserve()));
            sections.add(new Html.Section(ital ? "Quadro generale" : "Overview", null, Html.table(List.of("voce", "amount"), budget, null, lang)));
            List<List<Object>> types = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<java.math.BigDecimal> values = new ArrayList<>();
            Euro areaTotal = Euro.ZERO;
            Euro unitsTotal = Euro.ZERO;
            for (it.fsr.riparto.AreaResult ar : plan.areas()) {
                String area = it.fsr.riparto.RipartoLabels.LABELS.text(ar.area(), lang);
                names.add(area);
                values.add(ar.budget().toBigDecimal());
                areaTotal = areaTotal.plus(ar.budget());
                for (it.fsr.riparto.TypeResult tr : ar.types()) {
                    Euro units = Euro.ZERO;
                    for (it.fsr.riparto.UnitResult u : tr.units()) {
                        units = units.plus(u.amount());
                    }
                    unitsTotal = unitsTotal.plus(units);
                    types.add(List.of(area, it.fsr.riparto.RipartoLabels.LABELS.text(tr.type(), lang), tr.budget(), tr.received(), units, tr.remainder()));
                }
            }
            List<Object> total = new ArrayList<>(List.of(ital ? "Totale" : "Total", ""));
            total.add(null);
            total.add(null);
            total.add(unitsTotal);
            total.add(null);
            sections.add(new Html.Section(ital ? "Riparto per area e tipologia" : "By area and service type",
                    Html.bars(ital ? "Budget di ogni area" : "Each area's budget", names, values, null, lang, true),
                    Html.table(List.of("area", "service_type", "budget", "received", "amount", "remainder"), types, total, lang)));
            List<List<Object>> units = new ArrayList<>();
            List<String> unitNames = new ArrayList<>();
            List<java.math.BigDecimal> unitValues = new ArrayList<>();
            for (it.fsr.riparto.UnitResult u : plan.units()) {
                units.add(List.of(u.id(), u.unit().name(), u.unit().operator(), u.unit().comune(), it.fsr.riparto.RipartoLabels.LABELS.text(u.unit().type(), lang),
                        it.fsr.riparto.RipartoLabels.LABELS.text(u.status(), lang), u.basis(), u.deficit(), u.amount()));
                unitNames.add(u.unit().name());
                unitValues.add(u.amount().toBigDecimal());
            }
            List<Object> unitTotal = new ArrayList<>(java.util.Collections.nCopies(8, (Object) null));
            unitTotal.set(0, ital ? "Totale" : "Total");
            unitTotal.add(unitsTotal);
            sections.add(new Html.Section(ital ? "Contributo per unità d'offerta" : "Contribution per service unit",
                    Html.bars(ital ? "Contributo di ogni unità d'offerta" : "Each unit's contribution", unitNames, unitValues, null, lang, true),
                    Html.table(List.of("unit_id", "name", "operator", "comune", "service_type", "status", "eligible_spend", "deficit", "amount"), units,
                            unitTotal, lang)));
            List<it.fsr.core.explain.Explanation> ex = new ArrayList<>();
            ex.add(plan.explanation());
            return Html.page(lang, sections, Html.sources(ex), explain ? plan.explanation().toText(lang) : null);
        } finally {
            Html.CONTEXT.set(before);
        }
    }

    /** Two scenarios of the same units side by side: each line and each unit, A and B named after their files. */
    static String compareHtml(PlanComparison c, java.util.Locale lang, String labelA, String labelB) {
        boolean ital = lang == java.util.Locale.ITALIAN;
        List<List<Object>> lines = new ArrayList<>();
        for (PlanComparison.LineDifference l : c.lines()) {
            lines.add(List.of(l.key(), l.a(), l.b(), l.difference()));
        }
        List<List<Object>> units = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<java.math.BigDecimal> diffs = new ArrayList<>();
        for (PlanComparison.UnitDifference u : c.units()) {
            units.add(List.of(u.id(), u.name(), u.a(), u.b(), u.difference()));
            names.add(u.name());
            diffs.add(u.difference().toBigDecimal());
        }
        List<String> lineHeader = List.of("voce", labelA, labelB, "difference");
        List<String> unitHeader = List.of("unit_id", "name", labelA, labelB, "difference");
        return Html.page(lang, List.of(new Html.Section(ital ? "Quadro" : "Overview", null, Html.table(lineHeader, lines, null, lang)),
                new Html.Section(ital ? "Unità d'offerta" : "Service units", Html.bars(ital ? "Differenza per unità d'offerta" : "Difference per unit", names, diffs,
                        null, lang, true), Html.table(unitHeader, units, null, lang))), Html.sources(List.of(c.a().explanation(), c.b().explanation())), null);
    }

    static String regione(List<String> rest, int defaultYear) {
        Args a = new Args(rest, Set.of("fund", "ambiti", "year"));
        Euro fund;
        try {
            fund = EuroFormat.parse(a.required("fund"));
        } catch (ValidationException e) {
            throw new UsageException("--fund: " + e.violations().get(0).message() + " (value: " + a.get("fund") + ")");
        }
        String file = a.fileName("ambiti");
        String text = a.file("ambiti");
        RegionalRiparto.Result result = RipartoInput.regional(fund, file, text, a.year(defaultYear), RunParameters.current());
        List<String> header = new ArrayList<>(List.of("ambito", "amount"));
        header.addAll(result.criteria().keySet());
        Table table = new Table(header);
        for (Map.Entry<String, Euro> e : result.amounts().entrySet()) {
            List<Object> row = new ArrayList<>(List.of(e.getKey(), e.getValue()));
            for (Map<String, Euro> parts : result.criteria().values()) {
                row.add(parts.get(e.getKey()));
            }
            table.add(row, result.explanation(e.getKey()), e.getKey());
        }
        return table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(RipartoInput.dialectOf(file, text)));
    }
}
