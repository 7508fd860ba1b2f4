package it.fsr.riparto;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.csv.PropertiesText;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a riparto's input from text: the units as CSV (one row per unit, Excel's {@code ,} or
 * Italian {@code ;} dialect) and the Assembly's scenario as a properties file.
 *
 * <p><b>Units CSV</b>: required columns {@code id,service_type,costs,authorised,seated_in_ambito} (the
 * eligibility conditions have no default: a blank cell is an error); optional {@code cudes, name,
 * operator, comune, activity_start, activity_end, investments, revenues,
 * eligible_spend, personnel_cost, complementary_cost, complementary_only_cost, user_payments,
 * other_revenues, general_cost, resident_days, minori_web} and one column per indicator, named in
 * lower case ({@code children_attending}, {@code evening_opening}…; yes/no indicators take yes/no).
 * {@code service_type} is a {@link ServiceType} name in any case.
 *
 * <p><b>Scenario properties</b>: {@code ambito, year, budget, reserve, inclusion, admin,
 * previous_residuals, previous_area.MINORI|ANZIANI|DISABILI, area.MINORI|…} (explicit area budgets),
 * {@code type.<SERVICE_TYPE>} (explicit type budgets) and {@code weights.<SERVICE_TYPE>.<INDICATOR>}
 * (percentages). Amounts plain or Italian.
 *
 * <p>Every problem is reported at once, as {@code file:line: column} for the CSV.
 */
public final class RipartoInput {
    private static final List<String> REQUIRED = List.of("id", "service_type", "costs", "authorised", "seated_in_ambito");
    private static final List<String> OPTIONAL;

    static {
        List<String> o = new ArrayList<>(List.of("cudes", "name", "operator", "comune",
                "activity_start", "activity_end", "investments", "revenues", "eligible_spend", "personnel_cost",
                "complementary_cost", "complementary_only_cost", "user_payments", "other_revenues", "general_cost",
                "resident_days", "minori_web"));
        for (Indicator i : Indicator.values()) {
            if (!i.isComputed()) {
                o.add(i.name().toLowerCase(Locale.ROOT));
            }
        }
        OPTIONAL = List.copyOf(o);
    }

    private RipartoInput() {
    }

    /** The units file's required columns. */
    public static List<String> requiredColumns() {
        return REQUIRED;
    }

    /** The optional columns of the units CSV. */
    public static List<String> optionalColumns() {
        return OPTIONAL;
    }

    /**
     * Reads the units CSV.
     *
     * @throws ValidationException listing every bad header, row and value
     */
    public static List<ServiceUnit> units(String fileName, String csv) {
        CsvTable table = CsvTable.parse(fileName, csv);
        table.requireColumns(REQUIRED, OPTIONAL);
        Violations v = new Violations();
        table.requireUnique("id", v);
        List<ServiceUnit> units = new ArrayList<>();
        java.util.Map<String, Integer> cudesLines = new java.util.HashMap<>();
        for (CsvRow r : table.rows()) {
            String id = r.id("id", v);
            ServiceType type = r.enumValue("service_type", ServiceType.class, null, v);
            Euro costs = r.amount("costs", true, false, v);
            Boolean authorised = r.yesNo("authorised", null, v);
            Boolean seated = r.yesNo("seated_in_ambito", null, v);
            if (id == null || type == null || costs == null) {
                continue;
            }
            ServiceUnit.Builder b = ServiceUnit.builder(id, type).costs(costs);
            r.text("cudes").ifPresent(b::cudes);
            r.text("name").ifPresent(b::name);
            r.text("operator").ifPresent(b::operator);
            r.text("comune").ifPresent(b::comune);
            String cudes = r.text("cudes").orElse(null);
            if (cudes != null) {
                Integer first = cudesLines.putIfAbsent(cudes, r.line());
                if (first != null) {
                    v.add(r.field("cudes"), cudes, "is also the CUDES of the unit on line " + first + ": each unit has its own CUDES (Avviso FSR 2025 §2)");
                }
            }
            if (authorised == null || seated == null) {
                continue;
            }
            b.authorised(authorised).seatedInAmbito(seated);

            LocalDate start = r.date("activity_start", false, v);
            LocalDate end = r.date("activity_end", false, v);
            b.activityStart(start).activityEnd(end);
            setIf(r.amount("investments", false, false, v), b::investments);
            setIf(r.amount("revenues", false, false, v), b::revenues);
            b.eligibleSpend(r.amount("eligible_spend", false, false, v));
            setIf(r.amount("personnel_cost", false, false, v), b::personnelCost);
            setIf(r.amount("complementary_cost", false, false, v), b::complementaryCost);
            setIf(r.amount("complementary_only_cost", false, false, v), b::complementaryOnlyCost);
            setIf(r.amount("user_payments", false, false, v), b::userPayments);
            setIf(r.amount("other_revenues", false, false, v), b::otherRevenues);
            setIf(r.amount("general_cost", false, false, v), b::generalCost);
            Long days = r.integer("resident_days", false, v);
            if (days != null) {
                b.residentDays(days);
            }
            if (r.text("minori_web").isPresent()) {
                b.minoriWebDeclared(r.yesNo("minori_web", null, v));
            }
            for (Indicator ind : Indicator.values()) {
                String col = ind.name().toLowerCase(Locale.ROOT);
                if (ind.isComputed() || r.text(col).isEmpty()) {
                    continue;
                }
                if (ind.isYesNo()) {
                    Boolean yes = r.yesNo(col, null, v);
                    if (yes != null) {
                        b.indicator(ind, yes);
                    }
                } else {
                    BigDecimal value = r.decimal(col, false, v);
                    if (value != null) {
                        b.indicator(ind, value);
                    }
                }
            }
            try {
                units.add(b.build());
            } catch (ValidationException e) {
                // the builder holds the rule of what a unit must state; the file names the cell
                for (it.fsr.core.validation.Violation x : e.violations()) {
                    v.add(x.at(r.field(column(x.field()))));
                }
            }
        }
        v.throwIfAny();
        return units;
    }

    /** The file's column of a unit's field {@code units[ID].name} or {@code units[ID].indicators[IND]}. */
    private static String column(String field) {
        String name = field.substring(field.indexOf("].") + 2);
        if (name.startsWith("indicators[")) {
            return name.substring("indicators[".length(), name.length() - 1).toLowerCase(Locale.ROOT);
        }
        return it.fsr.core.csv.Rows.snake(name);
    }

    private static void setIf(Euro value, java.util.function.Function<Euro, ServiceUnit.Builder> setter) {
        if (value != null) {
            setter.apply(value);
        }
    }

    /**
     * Reads the scenario properties.
     *
     * @throws ValidationException listing every missing or bad property (field {@code file: key})
     */
    public static RipartoScenario scenario(String fileName, String properties) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(properties));
        } catch (IOException | IllegalArgumentException e) {
            throw ValidationException.of(fileName, "", "is not a properties file: " + e.getMessage());
        }
        Map<String, Integer> lines = PropertiesText.keyLines(properties);
        java.util.function.Function<String, String> at = key -> fileName + (lines.containsKey(key) ? ":" + lines.get(key) : "") + ": " + key;
        Violations v = new Violations();
        PropertiesText.duplicateKeys(fileName, properties).forEach(v::add);
        String ambito = p.getProperty("ambito", "Ambito");
        Integer year = null;
        String y = p.getProperty("year");
        if (y == null || !y.strip().matches("\\d{4}")) {
            v.add(at.apply("year"), y, "a four-digit year is required");
        } else {
            year = Integer.parseInt(y.strip());
        }
        Euro budget = PropertiesText.amount(p, "budget", true, true, at, v);
        Euro residuals = PropertiesText.amount(p, "previous_residuals", false, true, at, v);
        Rate reserve = rate(p, "reserve", at, v);
        Rate inclusion = rate(p, "inclusion", at, v);
        Rate admin = rate(p, "admin", at, v);
        Map<Area, Euro> previous = new EnumMap<>(Area.class);
        Map<Area, Euro> areas = new EnumMap<>(Area.class);
        Map<ServiceType, Euro> types = new EnumMap<>(ServiceType.class);
        Map<ServiceType, Map<Indicator, Rate>> weights = new EnumMap<>(ServiceType.class);
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            String[] parts = key.split("\\.", -1);
            switch (parts[0]) {
                case "ambito", "avviso", "year", "budget", "previous_residuals", "reserve", "inclusion", "admin" -> { }
                case "previous_area", "area" -> {
                    Area a = parts.length == 2 ? enumOf(Area.class, parts[1]) : null;
                    if (a == null) {
                        v.add(at.apply(key), key, "is not one of MINORI, ANZIANI, DISABILI");
                    } else {
                        Euro e = PropertiesText.amount(p, key, true, true, at, v);
                        if (e != null) {
                            (parts[0].equals("area") ? areas : previous).put(a, e);
                        }
                    }
                }
                case "type" -> {
                    ServiceType t = parts.length == 2 ? enumOf(ServiceType.class, parts[1]) : null;
                    if (t == null) {
                        v.add(at.apply(key), key, "is not one of " + java.util.Arrays.stream(ServiceType.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
                    } else {
                        Euro e = PropertiesText.amount(p, key, true, true, at, v);
                        if (e != null) {
                            types.put(t, e);
                        }
                    }
                }
                case "weights" -> {
                    ServiceType t = parts.length == 3 ? enumOf(ServiceType.class, parts[1]) : null;
                    Indicator i = parts.length == 3 ? enumOf(Indicator.class, parts[2]) : null;
                    if (t == null || i == null) {
                        v.add(at.apply(key), key, "unknown key");
                    } else {
                        Rate r = rate(p, key, at, v);
                        if (r != null) {
                            weights.computeIfAbsent(t, k -> new EnumMap<>(Indicator.class)).put(i, r);
                        }
                    }
                }
                default -> v.add(at.apply(key), key, "unknown key");
            }
        }
        v.throwIfAny();
        RipartoScenario s = RipartoScenario.of(ambito, year, budget)
                .withSetAsides(reserve == null ? Rate.ZERO : reserve, inclusion == null ? Rate.ZERO : inclusion,
                        admin == null ? Rate.ZERO : admin)
                .withPreviousResiduals(residuals == null ? Euro.ZERO : residuals)
                .withPreviousAreaSplit(previous).withAreaBudgets(areas).withTypeBudgets(types).withAvviso(p.getProperty("avviso"));
        for (Map.Entry<ServiceType, Map<Indicator, Rate>> e : weights.entrySet()) {
            s = s.withIndicatorWeights(e.getKey(), e.getValue());
        }
        return s;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        return null;
    }

    private static Rate rate(Properties p, String key, java.util.function.Function<String, String> at, Violations v) {
        String s = p.getProperty(key);
        if (s == null || s.isBlank()) {
            return null;
        }
        return it.fsr.core.csv.PropertiesText.percent(s, at.apply(key), v);
    }

    /**
     * A problem the riparto found in the scenario, placed where the user wrote it: {@code reserveRate} is
     * the key {@code reserve} on its line of the file, {@code typeBudgets[CSE]} the key {@code type.CSE}…
     * (the field as it was when no key matches).
     */
    public static it.fsr.core.validation.Violation placeInScenario(it.fsr.core.validation.Violation v, String fileName, String properties) {
        Map<String, Integer> lines = PropertiesText.keyLines(properties);
        String f = v.field();
        String key = switch (f) {
            case "reserveRate" -> "reserve";
            case "inclusionRate" -> "inclusion";
            case "adminRate" -> "admin";
            case "budget" -> "budget";
            case "previousResiduals" -> "previous_residuals";
            default -> null;
        };
        if (key == null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(areaBudgets|typeBudgets|previousAreaSplit|indicatorWeights)(?:\\[(\\w+)])?(?:\\[(\\w+)])?")
                    .matcher(f);
            if (m.matches()) {
                String prefix = switch (m.group(1)) {
                    case "areaBudgets" -> "area";
                    case "typeBudgets" -> "type";
                    case "previousAreaSplit" -> "previous_area";
                    default -> "weights";
                };
                String candidate = prefix + (m.group(2) == null ? "" : "." + m.group(2)) + (m.group(3) == null ? "" : "." + m.group(3));
                key = candidate;
                if (!lines.containsKey(candidate)) {
                    for (String k : new java.util.TreeSet<>(lines.keySet())) {
                        if (k.startsWith(candidate + ".") || k.startsWith(prefix + ".") && m.group(2) == null) {
                            key = k;
                            break;
                        }
                    }
                }
            }
        }
        if (key == null) {
            return v.at(fileName + ": " + f);
        }
        return v.at(fileName + (lines.containsKey(key) ? ":" + lines.get(key) : "") + ": " + key);
    }

    /**
     * An Ambito's riparto read from its two files: the scenario and the units, read and checked together.
     *
     * @param scenario     the scenario
     * @param units        the units
     * @param dialect      the units file's CSV dialect (the output's, unless said otherwise)
     * @param scenarioFile the scenario's file name, for messages
     * @param scenarioText the scenario's text, for placing its problems on their lines
     * @param unitsFile    the units' file name
     * @param unitLines    each unit's line
     */
    public record Files(RipartoScenario scenario, List<ServiceUnit> units, it.fsr.core.explain.CsvDialect dialect, String scenarioFile,
            String scenarioText, String unitsFile, Map<String, Integer> unitLines) {
        /** Copies. */
        public Files {
            units = List.copyOf(units);
            unitLines = Map.copyOf(unitLines);
        }

        /**
         * The plan, with the riparto's problems placed on their lines ({@code units[U1].costs} at the unit's
         * line and column, a scenario key at its line).
         *
         * @throws ValidationException listing every problem
         */
        public RipartoPlan plan(it.fsr.core.parameter.ParameterSet parameters) {
            try {
                return AmbitoRiparto.compute(scenario, units, parameters);
            } catch (ValidationException e) {
                Violations placed = new Violations();
                for (it.fsr.core.validation.Violation v : e.violations()) {
                    java.util.regex.Matcher m = UNIT_FIELD.matcher(v.field());
                    if (m.matches() && unitLines.containsKey(m.group(1))) {
                        placed.add(v.at(unitsFile + ":" + unitLines.get(m.group(1)) + ": " + column(v.field())));
                    } else {
                        placed.add(placeInScenario(v, scenarioFile, scenarioText));
                    }
                }
                placed.throwIfAny();
                throw e;
            }
        }

        /**
         * The same units under another scenario (a what-if).
         *
         * @throws ValidationException listing every problem of the other scenario
         */
        public Files withScenario(String file, String text) {
            return new Files(RipartoInput.scenario(file, text), units, dialect, file, text, unitsFile, unitLines);
        }
    }

    private static final java.util.regex.Pattern UNIT_FIELD = java.util.regex.Pattern.compile("units\\[(.+?)]\\.(.+)");

    /**
     * Reads a riparto's scenario and units, every problem of both at once.
     *
     * @throws ValidationException listing every problem of the two files
     */
    public static Files read(String scenarioFile, String scenarioText, String unitsFile, String unitsText) {
        Violations v = new Violations();
        RipartoScenario s = null;
        List<ServiceUnit> u = null;
        try {
            s = scenario(scenarioFile, scenarioText);
        } catch (ValidationException e) {
            e.violations().forEach(v::add);
        }
        try {
            u = units(unitsFile, unitsText);
        } catch (ValidationException e) {
            e.violations().forEach(v::add);
        }
        v.throwIfAny();
        CsvTable table = CsvTable.parse(unitsFile, unitsText);
        Map<String, Integer> lines = new java.util.HashMap<>();
        for (CsvRow r : table.rows()) {
            r.text("id").ifPresent(id -> lines.putIfAbsent(id, r.line()));
        }
        return new Files(s, u, table.dialect(), scenarioFile, scenarioText, unitsFile, lines);
    }

    /** The columns of a region's Ambiti file. */
    public static final List<String> AMBITI_COLUMNS = List.of("ambito", "population", "places", "home_care_users", "foster_minors",
            "cofinanced_units", "active_units");

    /**
     * A region's riparto to its Ambiti from the Ambiti file ({@link #AMBITI_COLUMNS}), the problems of the
     * riparto placed on the Ambiti's lines.
     *
     * @throws ValidationException listing every problem of the file and of the riparto
     */
    public static RegionalRiparto.Result regional(Euro fund, String fileName, String csv, int year, it.fsr.core.parameter.ParameterSet parameters) {
        CsvTable t = CsvTable.parse(fileName, csv);
        t.requireColumns(AMBITI_COLUMNS, List.of());
        Violations v = new Violations();
        t.requireUnique("ambito", v);
        List<AmbitoIndicators> ambiti = new ArrayList<>();
        Map<String, Integer> lines = new java.util.HashMap<>();
        for (CsvRow r : t.rows()) {
            String name = r.id("ambito", v);
            Long[] x = new Long[6];
            for (int i = 0; i < 6; i++) {
                x[i] = r.integer(AMBITI_COLUMNS.get(i + 1), true, v);
            }
            if (name != null && java.util.Arrays.stream(x).allMatch(java.util.Objects::nonNull)) {
                ambiti.add(new AmbitoIndicators(name, x[0], x[1], x[2], x[3], x[4], x[5]));
                lines.putIfAbsent(name, r.line());
            }
        }
        v.throwIfAny();
        try {
            return RegionalRiparto.compute(fund, ambiti, year, parameters);
        } catch (ValidationException e) {
            Violations placed = new Violations();
            e.violations().forEach(x -> placed.add(it.fsr.core.csv.Rows.locate(x, fileName, lines)));
            placed.throwIfAny();
            throw e;
        }
    }

    /** The CSV dialect of a text (the output's, unless said otherwise). */
    public static it.fsr.core.explain.CsvDialect dialectOf(String fileName, String csv) {
        return CsvTable.parse(fileName, csv).dialect();
    }
}
