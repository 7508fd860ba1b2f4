package it.fsr.piano.fundmap;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fund map of an Ambito ("Mappafondo"): its funding lines — FSR, FNPS, Fondo Povertà, FNA, Dopo di Noi,
 * the FSC LEP resources, PNRR lines, FSE+ — programmed together, over several years, against its planned
 * services (Federsanità-Anci Toscana, "La programmazione integrata del Sistema dei Servizi e il PNRR":
 * "programmazione integrata e di respiro pluriennale").
 *
 * <p><b>Rules.</b> A line's money of year Y may fund, in the areas it is allowed, a cost whose period starts in year Y
 * or later and ends by the day its window closes — by date, not by calendar year: a line closing on 15/1/2026 cannot
 * fund a cost of the rest of 2026 (a service-year's cost is of the whole year unless its period is stated).
 * Explicit assignments of the Ambito are applied first, as given (each checked: area, window, amount). Then, year by
 * year, a service takes money first from the line whose window closes first among those allowed to fund it — the
 * money that would otherwise be lost — then the next (ties by line id, then by the line's year): scelta di fsr, the
 * rule the source implies. When several services of a year draw on one line, the line's money is split among them
 * by the kernel's allocation engine, in proportion to what each still lacks and never beyond it, to the cent.
 * <b>Then nothing stays uncovered that some assignment covers</b>: while a line has money left and a cost it cannot
 * reach directly could be covered by moving another service to another line, the default assignment is rerouted
 * along the shortest such chain (augmenting paths of a maximum flow from lines to services; lines tried in the order
 * their windows close, services by id): a shared early line split in proportion would otherwise leave a cost
 * uncovered and a later line unused where each line funding the service only it can fund covers both. Fixed
 * assignments are never moved. What a service does not get stays uncovered (the Comuni pay it); what a line does
 * not fund is unprogrammed, and at risk when its window closes within the years mapped. Immutable and thread-safe.
 */
public final class FundMap {

    /**
     * A line's money of one year.
     *
     * @param line      the line's id (e.g. {@code FNPS}, {@code PNRR-1.1.2})
     * @param source    the act that assigns it
     * @param year      the year of the money
     * @param amount    the amount
     * @param windowEnd the last day it may be spent (PNRR: 30/6/2026)
     * @param areas     the service areas it may fund (empty: any)
     */
    public record Line(String line, String source, int year, Euro amount, LocalDate windowEnd, Set<String> areas) {
        /** Copies the areas. */
        public Line {
            it.fsr.core.validation.ValidationException.requireNonNull(line, "line");
            it.fsr.core.validation.ValidationException.requireNonNull(amount, "amount");
            it.fsr.core.validation.ValidationException.requireNonNull(windowEnd, "windowEnd");
            // each area as compared (lower case, spaces trimmed): "Anziani " and "anziani" are one area; sorted, the same order in every run
            java.util.TreeSet<String> words = new java.util.TreeSet<>();
            for (String a : it.fsr.core.validation.ValidationException.requireNonNull(areas, "areas")) {
                words.add(Aree.canonical(it.fsr.core.validation.ValidationException.requireNonNull(a, "areas[]")));
            }
            areas = java.util.Collections.unmodifiableSet(words);
            source = source == null ? "" : source;
        }

        /** Whether it may fund this service's cost: its area, a period from the line's year on and ending by its window's end. */
        public boolean mayFund(Service s) {
            return (areas.isEmpty() || areas.contains(s.area())) && s.periodStart().getYear() >= year && !s.periodEnd().isAfter(windowEnd);
        }

        String key() {
            return line + "@" + year;
        }
    }

    /**
     * A planned service's cost in one year, incurred over a period of that year.
     *
     * @param service     the service's id
     * @param area        its area
     * @param year        the year
     * @param cost        its cost that year
     * @param periodStart the first day of the period the cost is incurred in
     * @param periodEnd   its last day (a line may fund the cost only if its window lasts until then)
     */
    public record Service(String service, String area, int year, Euro cost, LocalDate periodStart, LocalDate periodEnd) {
        /** Checks for nulls. */
        public Service {
            it.fsr.core.validation.ValidationException.requireNonNull(service, "service");
            area = Aree.canonical(it.fsr.core.validation.ValidationException.requireNonNull(area, "area"));
            it.fsr.core.validation.ValidationException.requireNonNull(cost, "cost");
            it.fsr.core.validation.ValidationException.requireNonNull(periodStart, "periodStart");
            it.fsr.core.validation.ValidationException.requireNonNull(periodEnd, "periodEnd");
        }

        /** A cost over the whole year (1 January to 31 December). */
        public Service(String service, String area, int year, Euro cost) {
            this(service, area, year, cost, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }

        String key() {
            return service + "@" + year;
        }
    }

    /**
     * Money of a line assigned to a service.
     *
     * @param line    the line's money (its id and year)
     * @param service the service (its id and year)
     * @param amount  the amount
     */
    public record Assignment(Line line, Service service, Euro amount) {
    }

    /**
     * An assignment the Ambito fixes.
     *
     * @param line        the line's id
     * @param lineYear    the year of the line's money
     * @param service     the service's id
     * @param serviceYear the service's year
     * @param amount      the amount
     */
    public record Fixed(String line, int lineYear, String service, int serviceYear, Euro amount) {
    }

    private final List<Line> lines;
    private final List<Service> services;
    private final List<Assignment> assignments;

    private FundMap(List<Line> lines, List<Service> services, List<Assignment> assignments) {
        this.lines = List.copyOf(lines);
        this.services = List.copyOf(services);
        this.assignments = List.copyOf(assignments);
    }

    /** Records {@code area} when it is not a word of the vocabulary: the nearest area named, or the list of areas. */
    private static void unknownArea(String area, String field, Violations v) {
        if (Aree.code(area) != null) {
            return;
        }
        String near = Aree.nearest(area);
        if (near != null) {
            v.addCoded("FSR-FUNDMAP-AREA-NEAR", field, area, near);
        } else {
            v.addCoded("FSR-FUNDMAP-AREA-UNKNOWN", field, area, String.join(", ", Aree.codes()));
        }
    }

    /** The map with the default assignment only. */
    public static FundMap of(List<Line> lines, List<Service> services) {
        return of(lines, services, List.of());
    }

    /**
     * The map: the fixed assignments first, then the default one.
     *
     * @throws ValidationException listing every problem: negative amounts, duplicate line-years or
     *     service-years, a fixed assignment to an unknown line or service, outside the line's window or
     *     areas, or beyond the line's money or the service's cost
     */
    public static FundMap of(List<Line> lines, List<Service> services, List<Fixed> fixed) {
        Violations v = new Violations();
        Map<String, Line> byLine = new LinkedHashMap<>();
        for (Line l : lines) {
            v.check(!l.amount().isNegative(), "lines[" + l.key() + "].amount", l.amount(), "must not be negative");
            v.check(byLine.putIfAbsent(l.key(), l) == null, "lines[" + l.key() + "]", l.key(), "is a duplicate");
            v.check(l.windowEnd().getYear() >= l.year(), "lines[" + l.key() + "].windowEnd", l.windowEnd(), "is before the line's year");
        }
        Map<String, Service> byService = new LinkedHashMap<>();
        for (Service s : services) {
            v.check(!s.cost().isNegative(), "services[" + s.key() + "].cost", s.cost(), "must not be negative");
            v.check(byService.putIfAbsent(s.key(), s) == null, "services[" + s.key() + "]", s.key(), "is a duplicate");
            v.check(s.periodStart().getYear() == s.year() && s.periodEnd().getYear() == s.year() && !s.periodEnd().isBefore(s.periodStart()),
                    "services[" + s.key() + "].periodEnd", s.periodStart() + " – " + s.periodEnd(), "the period must lie within the year "
                    + s.year() + " and end on or after its start");
        }
        // an area is a word of the fixed vocabulary (Aree): a misspelt or unknown one is an error naming the nearest area, never
        // money silently left "not programmed" (the clerk's review: €380,000 reported so when an area was spelled differently)
        for (Line l : byLine.values()) {
            for (String a : l.areas()) {
                unknownArea(a, "lines[" + l.key() + "].areas", v);
            }
        }
        for (Service s : byService.values()) {
            unknownArea(s.area(), "services[" + s.key() + "].area", v);
        }
        v.throwIfAny();
        Map<String, Long> left = new LinkedHashMap<>();
        byLine.forEach((k, l) -> left.put(k, l.amount().cents()));
        Map<String, Long> lacking = new LinkedHashMap<>();
        byService.forEach((k, s) -> lacking.put(k, s.cost().cents()));
        List<Assignment> out = new ArrayList<>();
        List<Assignment> defaults = new ArrayList<>();
        for (int i = 0; i < fixed.size(); i++) {
            Fixed f = fixed.get(i);
            String at = "assignments[" + i + "]";
            Line l = byLine.get(f.line() + "@" + f.lineYear());
            Service s = byService.get(f.service() + "@" + f.serviceYear());
            if (!v.check(l != null, at + ".line", f.line() + "@" + f.lineYear(), "names no line of that year")
                    | !v.check(s != null, at + ".service", f.service() + "@" + f.serviceYear(), "names no service of that year")) {
                continue;
            }
            boolean ok = v.check(l.mayFund(s), at, f.line() + " -> " + f.service(),
                    "the line may not fund it (areas " + l.areas() + ", years " + l.year() + "-" + l.windowEnd().getYear() + ")");
            ok &= v.check(!f.amount().isNegative() && f.amount().cents() <= left.get(l.key()), at + ".amount", f.amount(),
                    "exceeds what is left of the line (" + Euro.ofCents(left.get(l.key())) + ")");
            ok &= v.check(f.amount().cents() <= lacking.get(s.key()), at + ".amount", f.amount(),
                    "exceeds what the service still lacks (" + Euro.ofCents(lacking.get(s.key())) + ")");
            if (ok) {
                left.merge(l.key(), -f.amount().cents(), Long::sum);
                lacking.merge(s.key(), -f.amount().cents(), Long::sum);
                out.add(new Assignment(l, s, f.amount()));
            }
        }
        v.throwIfAny();
        TreeSet<Integer> years = new TreeSet<>();
        services.forEach(s -> years.add(s.year()));
        List<Line> order = new ArrayList<>(byLine.values());
        order.sort(Comparator.comparing(Line::windowEnd).thenComparing(Line::line).thenComparingInt(Line::year));
        for (int year : years) {
            for (Line l : order) {
                long money = left.get(l.key());
                if (money <= 0) {
                    continue;
                }
                List<Claim> claims = new ArrayList<>();
                Map<String, Service> claimants = new LinkedHashMap<>();
                for (Service s : byService.values()) {
                    long need = lacking.get(s.key());
                    if (s.year() == year && need > 0 && l.mayFund(s)) {
                        claims.add(Claim.of(s.key(), BigDecimal.valueOf(need)).withCap(Euro.ofCents(need)));
                        claimants.put(s.key(), s);
                    }
                }
                if (claims.isEmpty()) {
                    continue;
                }
                Allocation a = AllocationEngine.allocate(AllocationRequest.of(Euro.ofCents(money), claims));
                for (Service s : claimants.values()) {
                    Euro got = a.amountOf(s.key());
                    if (got.isPositive()) {
                        defaults.add(new Assignment(l, s, got));
                        left.merge(l.key(), -got.cents(), Long::sum);
                        lacking.merge(s.key(), -got.cents(), Long::sum);
                    }
                }
            }
        }
        out.addAll(Reroute.maximise(order, new ArrayList<>(byService.values()), defaults, left, lacking));
        return new FundMap(lines, services, out);
    }

    /** The lines. */
    public List<Line> lines() {
        return lines;
    }

    /** The services. */
    public List<Service> services() {
        return services;
    }

    /** Every assignment, fixed ones first. */
    public List<Assignment> assignments() {
        return assignments;
    }

    /** Σ assigned from one line's money of one year. */
    public Euro programmed(Line l) {
        return Euro.sum(assignments.stream().filter(a -> a.line().key().equals(l.key())).map(Assignment::amount).toList());
    }

    /** What a line's money of one year funds nothing with. */
    public Euro unprogrammed(Line l) {
        return l.amount().minus(programmed(l));
    }

    /** Σ covered of a service-year. */
    public Euro covered(Service s) {
        return Euro.sum(assignments.stream().filter(a -> a.service().key().equals(s.key())).map(Assignment::amount).toList());
    }

    /** What a service-year's cost stays uncovered (the Comuni pay it). */
    public Euro uncovered(Service s) {
        return s.cost().minus(covered(s));
    }

    /** The last year of the services mapped. */
    public int horizon() {
        return services.stream().mapToInt(Service::year).max().orElse(0);
    }

    /** Whether a line's unprogrammed money is at risk: its window closes within the years mapped. */
    public boolean atRisk(Line l) {
        return unprogrammed(l).isPositive() && l.windowEnd().getYear() <= horizon();
    }

    /** Σ of the money at risk, per line id. */
    public Map<String, Euro> moneyAtRisk() {
        Map<String, Euro> out = new TreeMap<>();
        for (Line l : lines) {
            if (atRisk(l)) {
                out.merge(l.line(), unprogrammed(l), Euro::plus);
            }
        }
        return out;
    }

    /** The years of the map, ascending. */
    public List<Integer> years() {
        TreeSet<Integer> y = new TreeSet<>();
        services.forEach(s -> y.add(s.year()));
        lines.forEach(l -> y.add(l.year()));
        return new ArrayList<>(y);
    }

    /**
     * The map as CSV, in the rows of the command line: {@code year,line,service,amount} for each assignment,
     * then {@code year,,service,uncovered} for each service with an uncovered cost, then
     * {@code year,line,,unprogrammed} for each line's money not programmed, with a last column saying which.
     */
    public String toCsv(it.fsr.core.explain.CsvDialect dialect) {
        StringBuilder sb = new StringBuilder(it.fsr.core.csv.CsvWriter.line(List.of("year", "line", "service", "amount", "kind"), dialect));
        for (int y : years()) {
            for (Assignment a : assignments) {
                if (a.service().year() == y) {
                    sb.append(it.fsr.core.csv.CsvWriter.line(List.of(String.valueOf(y), a.line().line(), a.service().service(),
                            a.amount().toString(), "assigned"), dialect));
                }
            }
        }
        for (Service s : services) {
            if (uncovered(s).isPositive()) {
                sb.append(it.fsr.core.csv.CsvWriter.line(List.of(String.valueOf(s.year()), "", s.service(), uncovered(s).toString(), "uncovered"),
                        dialect));
            }
        }
        for (Line l : lines) {
            if (unprogrammed(l).isPositive()) {
                sb.append(it.fsr.core.csv.CsvWriter.line(List.of(String.valueOf(l.year()), l.line(), "", unprogrammed(l).toString(),
                        atRisk(l) ? "unprogrammed_at_risk" : "unprogrammed"), dialect));
            }
        }
        return sb.toString();
    }

    /** The map as a Markdown report: one table per year (line, service, amount), what stays uncovered, what is unprogrammed. */
    public String toMarkdown(java.util.Locale locale) {
        boolean en = it.fsr.core.explain.Languages.effective(locale).getLanguage().equals("en");
        java.util.function.Function<Euro, String> v = e -> it.fsr.core.explain.ValueFormat.format(e, locale);
        StringBuilder sb = new StringBuilder(en ? "# Fund map\n\n" : "# Mappa dei fondi\n\n");
        for (int y : years()) {
            sb.append("## ").append(y).append("\n\n| ").append(en ? "Line | Service | Amount" : "Linea | Servizio | Importo").append(" |\n|---|---|---|\n");
            for (Assignment a : assignments) {
                if (a.service().year() == y) {
                    sb.append("| ").append(a.line().line()).append(" (").append(a.line().year()).append(") | ").append(a.service().service())
                            .append(" | ").append(v.apply(a.amount())).append(" |\n");
                }
            }
            for (Service s : services) {
                if (s.year() == y && uncovered(s).isPositive()) {
                    sb.append("| ").append(en ? "— (uncovered: the Comuni)" : "— (scoperto: a carico dei Comuni)").append(" | ").append(s.service())
                            .append(" | ").append(v.apply(uncovered(s))).append(" |\n");
                }
            }
            for (Line l : lines) {
                if (l.year() == y && unprogrammed(l).isPositive()) {
                    sb.append("| ").append(l.line()).append(" | ").append(atRisk(l) ? (en ? "— unprogrammed, AT RISK" : "— non programmato, A RISCHIO")
                            : (en ? "— unprogrammed" : "— non programmato")).append(" | ").append(v.apply(unprogrammed(l))).append(" |\n");
                }
            }
            sb.append('\n');
        }
        Map<String, Euro> risk = moneyAtRisk();
        sb.append(en ? "Money at risk: " : "Risorse a rischio: ").append(risk.isEmpty() ? "—" : risk.entrySet().stream()
                .map(e -> e.getKey() + " " + v.apply(e.getValue())).collect(java.util.stream.Collectors.joining("; "))).append('\n');
        return sb.toString();
    }

    /**
     * Two programmings of the same services side by side: each service-year's uncovered cost under both,
     * and the money at risk under both.
     *
     * @param a the programming in force
     * @param b the proposal
     * @return one line per service-year: {@code service,year,uncovered_a,uncovered_b,difference}
     */
    public static String compare(FundMap a, FundMap b, it.fsr.core.explain.CsvDialect dialect) {
        StringBuilder sb = new StringBuilder(it.fsr.core.csv.CsvWriter.line(List.of("service", "year", "uncovered_a", "uncovered_b", "difference"), dialect));
        for (Service s : a.services) {
            Service t = b.services.stream().filter(x -> x.key().equals(s.key())).findFirst().orElse(null);
            Euro ub = t == null ? Euro.ZERO : b.uncovered(t);
            sb.append(it.fsr.core.csv.CsvWriter.line(List.of(s.service(), String.valueOf(s.year()), a.uncovered(s).toString(), ub.toString(),
                    ub.minus(a.uncovered(s)).toString()), dialect));
        }
        Euro ra = Euro.sum(a.moneyAtRisk().values());
        Euro rb = Euro.sum(b.moneyAtRisk().values());
        sb.append(it.fsr.core.csv.CsvWriter.line(List.of("at_risk", "", ra.toString(), rb.toString(), rb.minus(ra).toString()), dialect));
        return sb.toString();
    }

    /** The checks of the invariants (for tests and for a vendor's assertion): nothing over a line's money, cost, window or areas. */
    public List<String> invariantBreaches() {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Line l : lines) {
            if (seen.add(l.key()) && programmed(l).isGreaterThan(l.amount())) {
                out.add("line " + l.key() + " spends beyond its amount");
            }
        }
        for (Service s : services) {
            if (covered(s).isGreaterThan(s.cost())) {
                out.add("service " + s.key() + " covered beyond its cost");
            }
        }
        for (Assignment a : assignments) {
            if (!a.line().mayFund(a.service())) {
                out.add("line " + a.line().key() + " funds " + a.service().key() + " outside its window or areas");
            }
        }
        return out;
    }
}
