package it.fsr.piano.fundmap;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An Ambito's fund map in CSV files, the command line's {@code mappa-fondi}: the funding lines
 * ({@code line,source,year,amount,window_end,areas}, the areas separated by {@code |}), the planned services
 * ({@code service,area,year,cost}) and, optionally, the assignments the Ambito fixes
 * ({@code line,line_year,service,service_year,amount}). Every problem of every file at once. Stateless.
 */
public final class FundMapInput {
    /** The lines file's columns. */
    public static final List<String> LINE_COLUMNS = List.of("line", "source", "year", "amount", "window_end", "areas");
    /** The services file's columns. */
    public static final List<String> SERVICE_COLUMNS = List.of("service", "area", "year", "cost");
    /**
     * The services file's optional columns: the period of the year the cost is incurred in (a line funds it only if its
     * window lasts until the period's end); a blank is the year's first or last day.
     */
    public static final List<String> SERVICE_OPTIONAL = List.of("period_start", "period_end");
    /** The assignments file's columns. */
    public static final List<String> FIXED_COLUMNS = List.of("line", "line_year", "service", "service_year", "amount");

    private FundMapInput() {
    }

    /** A CSV file's name and text. */
    public record Text(String name, String text) {
    }

    /**
     * What the files hold.
     *
     * @param lines    the funding lines
     * @param services the planned services
     * @param fixed    the assignments fixed (empty when none)
     * @param dialect  the lines file's CSV dialect
     */
    public record Read(List<FundMap.Line> lines, List<FundMap.Service> services, List<FundMap.Fixed> fixed, CsvDialect dialect) {
        /** Copies the lists. */
        public Read {
            lines = List.copyOf(lines);
            services = List.copyOf(services);
            fixed = List.copyOf(fixed);
        }

        /** The fund map of the files. */
        public FundMap map() {
            return FundMap.of(lines, services, fixed);
        }
    }

    /**
     * Reads the lines, the services and the assignments ({@code fixed} may be null).
     *
     * @throws ValidationException listing every problem of every file
     */
    public static Read read(Text lines, Text services, Text fixed) {
        Violations v = new Violations();
        CsvTable lt = table(lines, LINE_COLUMNS, v);
        CsvTable st = table(services, SERVICE_COLUMNS, SERVICE_OPTIONAL, v);
        CsvTable ft = fixed == null ? null : table(fixed, FIXED_COLUMNS, v);
        v.throwIfAny();
        List<FundMap.Line> ls = new ArrayList<>();
        for (CsvRow r : lt.rows()) {
            String id = r.requiredText("line", v);
            Long year = r.integer("year", true, v);
            Euro amount = r.amount("amount", true, false, v);
            LocalDate end = r.date("window_end", true, v);
            Set<String> areas = new HashSet<>();
            r.text("areas").ifPresent(x -> {
                for (String s : x.split("\\|")) {
                    if (!s.isBlank()) {
                        areas.add(s.strip());
                    }
                }
            });
            if (id != null && year != null && amount != null && end != null) {
                ls.add(new FundMap.Line(id, r.text("source").orElse(""), year.intValue(), amount, end, areas));
            }
        }
        List<FundMap.Service> ss = new ArrayList<>();
        for (CsvRow r : st.rows()) {
            String id = r.requiredText("service", v);
            String area = r.requiredText("area", v);
            Long year = r.integer("year", true, v);
            Euro cost = r.amount("cost", true, false, v);
            LocalDate start = r.date("period_start", false, v);
            LocalDate end = r.date("period_end", false, v);
            if (id != null && area != null && year != null && cost != null) {
                int y = year.intValue();
                ss.add(new FundMap.Service(id, area, y, cost, start == null ? LocalDate.of(y, 1, 1) : start, end == null ? LocalDate.of(y, 12, 31) : end));
            }
        }
        List<FundMap.Fixed> fs = ft == null ? List.of() : fixed(ft, v);
        v.throwIfAny();
        return new Read(ls, ss, fs, lt.dialect());
    }

    /**
     * Reads an assignments file alone (the other programming of a comparison).
     *
     * @throws ValidationException listing every problem of the file
     */
    public static List<FundMap.Fixed> fixed(Text fixed) {
        Violations v = new Violations();
        CsvTable t = table(fixed, FIXED_COLUMNS, v);
        v.throwIfAny();
        List<FundMap.Fixed> out = fixed(t, v);
        v.throwIfAny();
        return out;
    }

    private static List<FundMap.Fixed> fixed(CsvTable t, Violations v) {
        List<FundMap.Fixed> out = new ArrayList<>();
        for (CsvRow r : t.rows()) {
            String line = r.requiredText("line", v);
            Long ly = r.integer("line_year", true, v);
            String service = r.requiredText("service", v);
            Long sy = r.integer("service_year", true, v);
            Euro amount = r.amount("amount", true, false, v);
            if (line != null && ly != null && service != null && sy != null && amount != null) {
                out.add(new FundMap.Fixed(line, ly.intValue(), service, sy.intValue(), amount));
            }
        }
        return out;
    }

    private static CsvTable table(Text t, List<String> columns, Violations v) {
        return table(t, columns, List.of(), v);
    }

    private static CsvTable table(Text t, List<String> columns, List<String> optional, Violations v) {
        try {
            CsvTable table = CsvTable.parse(t.name(), t.text());
            table.requireColumns(columns, optional);
            return table;
        } catch (ValidationException e) {
            e.violations().forEach(v::add);
            return null;
        }
    }
}
