package it.fsr.lep.io;

import it.fsr.core.allocation.RoundingPolicy;
import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.csv.Rows;
import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import it.fsr.lep.NurseryCoverage;
import it.fsr.lep.NurseryReport;
import it.fsr.lep.SocialWorkerReport;
import it.fsr.lep.SocialWorkers;
import it.fsr.lep.TransportCoverage;
import it.fsr.lep.TransportReport;
import it.fsr.lep.UnitCost;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The LEP's Comuni in CSV files — the command line's {@code lep sociale}, {@code lep nidi} and
 * {@code lep trasporto} — read, checked (every problem at once, at {@code file:line: column}) and assessed:
 * social workers per Comune and, with an {@code ambito} column, per Ambito on the pooled figures (the c. 797
 * contribution is the Ambito's: L. 178/2020 art. 1 c. 797); nursery coverage per Comune and per bacino;
 * transport coverage; the unit-cost resources of the users assigned. Stateless.
 */
public final class LepFiles {
    /** The columns of {@code lep sociale}: required, then optional. */
    public static final List<String> SOCIALE_REQUIRED = List.of("id", "population", "social_workers");
    /** Optional columns of {@code lep sociale}. */
    public static final List<String> SOCIALE_OPTIONAL = List.of("ambito");
    /** The columns of {@code lep nidi}. */
    public static final List<String> NIDI_REQUIRED = List.of("id", "children_3_36m", "places");
    /** Optional columns of {@code lep nidi}. */
    public static final List<String> NIDI_OPTIONAL = List.of("bacino", "additional_users");
    /** The columns of {@code lep trasporto}. */
    public static final List<String> TRASPORTO_REQUIRED = List.of("id", "pupils_enrolled", "pupils_transported");
    /** Optional columns of {@code lep trasporto}. */
    public static final List<String> TRASPORTO_OPTIONAL = List.of("additional_users");

    /** The columns of {@code lep rendicontazione}: required. */
    public static final List<String> RENDICONTAZIONE_REQUIRED = List.of("comune", "share", "assigned");
    /** Optional columns of {@code lep rendicontazione}: the social share's figures, then the users' shares'. */
    public static final List<String> RENDICONTAZIONE_OPTIONAL = List.of("region", "spending", "standard_need", "workers", "population",
            "reported_use", "users_assigned", "users_served", "unit_cost", "bacino");

    private LepFiles() {
    }

    /**
     * The rendicontazione of a file and its dialect.
     *
     * @param result  every Comune's outcome and the totals per region and share
     * @param dialect the file's dialect
     */
    public record Rendiconto(it.fsr.lep.monitoring.Rendicontazione.Result result, CsvDialect dialect) {
    }

    /**
     * Reads {@code lep rendicontazione}'s file (one row per Comune and share: {@code sociale} with spending, standard_need,
     * workers, population and reported_use; {@code nidi} or {@code trasporto} with users_assigned, users_served, unit_cost
     * and, for nurseries, the bacino) and assesses it for {@code year}; the figures a share needs are required by
     * {@link it.fsr.lep.monitoring.Rendicontazione#assess}, and its problems are placed at their line and column.
     *
     * @throws ValidationException listing every problem of the file
     */
    public static Rendiconto rendicontazione(String file, String csv, int year, ParameterSet parameters) {
        CsvTable t = CsvTable.parse(file, csv);
        t.requireColumns(RENDICONTAZIONE_REQUIRED, RENDICONTAZIONE_OPTIONAL);
        Violations v = new Violations();
        List<it.fsr.lep.monitoring.Rendicontazione.Report> reports = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvRow r : t.rows()) {
            String comune = r.id("comune", v);
            it.fsr.lep.monitoring.Rendicontazione.Share share = r.enumValue("share", it.fsr.lep.monitoring.Rendicontazione.Share.class, null, v);
            Euro assigned = r.amount("assigned", true, false, v);
            String region = r.text("region").orElse(null);
            if (comune == null || share == null || assigned == null) {
                continue;
            }
            lines.putIfAbsent(comune + "/" + share, r.line());
            if (share == it.fsr.lep.monitoring.Rendicontazione.Share.SOCIALE) {
                Euro spending = r.amount("spending", true, false, v);
                Euro need = r.amount("standard_need", true, false, v);
                BigDecimal workers = r.decimal("workers", true, v);
                Long population = r.integer("population", true, v);
                Euro used = r.amount("reported_use", true, false, v);
                if (population != null) {
                    reports.add(it.fsr.lep.monitoring.Rendicontazione.Report.social(comune, region, assigned, spending, need, workers, population, used));
                }
            } else {
                Long assignedUsers = r.integer("users_assigned", true, v);
                Long served = r.integer("users_served", true, v);
                Euro unitCost = r.amount("unit_cost", true, false, v);
                if (assignedUsers != null && served != null) {
                    reports.add(it.fsr.lep.monitoring.Rendicontazione.Report.users(comune, region, share, assigned, assignedUsers, served, unitCost,
                            r.text("bacino").orElse(null)));
                }
            }
        }
        v.throwIfAny();
        try {
            return new Rendiconto(it.fsr.lep.monitoring.Rendicontazione.assess(reports, year, parameters), t.dialect());
        } catch (ValidationException e) {
            Violations placed = new Violations();
            e.violations().forEach(x -> placed.add(Rows.locate(x, file, lines)));
            placed.throwIfAny();
            throw e;
        }
    }

    /**
     * The social workers of a file.
     *
     * @param comuni  one report per Comune, in file order; with Ambiti, the Comune's contribution is
     *                information only (the Ambito's is the contribution)
     * @param ambiti  one report per Ambito on its pooled population and workers (empty without an {@code ambito} column)
     * @param pooled  whether the file names Ambiti
     * @param shares  with Ambiti, each Comune's share of its Ambito's c. 797 contribution, as information
     *                ({@link SocialWorkers#sharesInAmbito}); empty without
     * @param dialect the file's dialect
     */
    public record Sociale(List<SocialWorkerReport> comuni, List<SocialWorkerReport> ambiti, boolean pooled, Map<String, Euro> shares,
            CsvDialect dialect) {
        /** Copies the lists and the map. */
        public Sociale {
            comuni = List.copyOf(comuni);
            ambiti = List.copyOf(ambiti);
            shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        }
    }

    /**
     * Reads and assesses {@code lep sociale}'s file for {@code year}.
     *
     * @throws ValidationException listing every problem of the file
     */
    public static Sociale sociale(String file, String csv, int year, ParameterSet parameters) {
        CsvTable t = CsvTable.parse(file, csv);
        t.requireColumns(SOCIALE_REQUIRED, SOCIALE_OPTIONAL);
        boolean pooled = t.header().contains("ambito");
        Violations v = new Violations();
        t.requireUnique("id", v);
        Map<String, Integer> lines = new HashMap<>();
        List<Object[]> inputs = new ArrayList<>();
        Map<String, long[]> population = new LinkedHashMap<>();
        Map<String, BigDecimal> workers = new LinkedHashMap<>();
        for (CsvRow r : t.rows()) {
            String id = r.id("id", v);
            Long pop = r.integer("population", true, v);
            BigDecimal w = r.decimal("social_workers", true, v);
            String ambito = pooled ? r.id("ambito", v) : null;
            if (id != null) {
                lines.putIfAbsent(id, r.line());
            }
            inputs.add(new Object[] {id, pop, w, ambito});
            if (ambito != null && pop != null && w != null) {
                population.computeIfAbsent(ambito, k -> new long[1])[0] += pop;
                workers.merge(ambito, w, BigDecimal::add);
            }
        }
        v.throwIfAny();
        List<SocialWorkerReport> comuni = new ArrayList<>();
        for (Object[] in : inputs) {
            comuni.add(placed(() -> SocialWorkers.assess((String) in[0], (Long) in[1], (BigDecimal) in[2], year, parameters), file, lines));
        }
        List<SocialWorkerReport> ambiti = new ArrayList<>();
        population.forEach((name, pop) -> ambiti.add(placed(() -> SocialWorkers.assess("ambito:" + name, pop[0], workers.get(name), year,
                parameters), file, lines)));
        Map<String, Euro> shares = new LinkedHashMap<>();
        for (SocialWorkerReport a : ambiti) {
            String name = a.id().substring("ambito:".length());
            Map<String, Euro> own = new LinkedHashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                if (name.equals(inputs.get(i)[3])) {
                    own.put((String) inputs.get(i)[0], comuni.get(i).contribution797());
                }
            }
            shares.putAll(SocialWorkers.sharesInAmbito(a.contribution797(), own));
        }
        return new Sociale(comuni, ambiti, pooled, shares, t.dialect());
    }

    /**
     * One Comune of {@code lep nidi}.
     *
     * @param report          its coverage
     * @param additionalUsers the additional users assigned, when the file says
     * @param amount          their resources, when assigned
     */
    public record NurseryRow(NurseryReport report, OptionalLong additionalUsers, Optional<Euro> amount) {
    }

    /**
     * The nurseries of a file.
     *
     * @param comuni  one row per Comune, in file order
     * @param bacini  one report per bacino (places and children summed), empty without a {@code bacino} column
     * @param dialect the file's dialect
     */
    public record Nidi(List<NurseryRow> comuni, List<NurseryReport> bacini, CsvDialect dialect) {
        /** Copies the lists. */
        public Nidi {
            comuni = List.copyOf(comuni);
            bacini = List.copyOf(bacini);
        }
    }

    /**
     * Reads and assesses {@code lep nidi}'s file for {@code year}; the resources of the additional users are
     * {@code total} split among them, or without a total the year's published unit cost.
     *
     * @param total the resources to split, or null
     * @throws ValidationException listing every problem of the file
     */
    public static Nidi nidi(String file, String csv, int year, Euro total, ParameterSet parameters) {
        CsvTable t = CsvTable.parse(file, csv);
        t.requireColumns(NIDI_REQUIRED, NIDI_OPTIONAL);
        Map<String, Integer> lines = new HashMap<>();
        Map<String, long[]> comuni = new LinkedHashMap<>();
        Map<String, List<String>> bacini = new LinkedHashMap<>();
        Map<String, Long> users = new LinkedHashMap<>();
        for (Counts c : counts(t, "children_3_36m", "places", lines)) {
            comuni.put(c.id(), new long[] {c.first(), c.second()});
            c.row().text("bacino").ifPresent(b -> bacini.computeIfAbsent(b, k -> new ArrayList<>()).add(c.id()));
            if (c.users() != null) {
                users.put(c.id(), c.users());
            }
        }
        Map<String, Euro> amounts = amounts(users, total, () -> NurseryCoverage.unitCost(year, parameters), file, lines);
        List<NurseryRow> rows = new ArrayList<>();
        comuni.forEach((id, c) -> rows.add(new NurseryRow(placed(() -> NurseryCoverage.assess(id, c[0], c[1], year, parameters), file, lines),
                users.containsKey(id) ? OptionalLong.of(users.get(id)) : OptionalLong.empty(), Optional.ofNullable(amounts.get(id)))));
        List<NurseryReport> b = bacini.isEmpty() ? List.of()
                : List.copyOf(placed(() -> NurseryCoverage.bacini(comuni, bacini, year, parameters), file, lines).values());
        return new Nidi(rows, b, t.dialect());
    }

    /**
     * One Comune of {@code lep trasporto}.
     *
     * @param report          its coverage (the target empty in a year with none published)
     * @param additionalUsers the additional users assigned, when the file says
     * @param amount          their resources, when assigned
     */
    public record TransportRow(TransportReport report, OptionalLong additionalUsers, Optional<Euro> amount) {
    }

    /**
     * The transport of a file.
     *
     * @param comuni  one row per Comune, in file order
     * @param dialect the file's dialect
     */
    public record Trasporto(List<TransportRow> comuni, CsvDialect dialect) {
        /** Copies the list. */
        public Trasporto {
            comuni = List.copyOf(comuni);
        }
    }

    /**
     * Reads and assesses {@code lep trasporto}'s file for {@code year}, as {@link #nidi} does.
     *
     * @throws ValidationException listing every problem of the file
     */
    public static Trasporto trasporto(String file, String csv, int year, Euro total, ParameterSet parameters) {
        CsvTable t = CsvTable.parse(file, csv);
        t.requireColumns(TRASPORTO_REQUIRED, TRASPORTO_OPTIONAL);
        Map<String, Integer> lines = new HashMap<>();
        Map<String, long[]> comuni = new LinkedHashMap<>();
        Map<String, Long> users = new LinkedHashMap<>();
        for (Counts c : counts(t, "pupils_enrolled", "pupils_transported", lines)) {
            comuni.put(c.id(), new long[] {c.first(), c.second()});
            if (c.users() != null) {
                users.put(c.id(), c.users());
            }
        }
        Map<String, Euro> amounts = amounts(users, total, () -> TransportCoverage.unitCost(year, parameters), file, lines);
        List<TransportRow> rows = new ArrayList<>();
        comuni.forEach((id, c) -> rows.add(new TransportRow(placed(() -> TransportCoverage.assess(id, c[0], c[1], year, parameters), file,
                lines), users.containsKey(id) ? OptionalLong.of(users.get(id)) : OptionalLong.empty(), Optional.ofNullable(amounts.get(id)))));
        return new Trasporto(rows, t.dialect());
    }

    private static <T> T placed(Supplier<T> s, String file, Map<String, Integer> lines) {
        try {
            return s.get();
        } catch (ValidationException e) {
            Violations v = new Violations();
            e.violations().forEach(x -> v.add(Rows.locate(x, file, lines)));
            v.throwIfAny();
            throw e;
        }
    }

    /**
     * The unit-cost rule for the amounts: without a total, the year's published rule (resources / the decree's national
     * users), each amount half-up as the decrees publish them; with a total (another year's resources, a what-if), that total
     * over the same national users of the year — never over the users of the file, which is one Comune or one region of
     * the country (a file of one Comune with 10 users would otherwise get the whole national total) — the file's part
     * split to the cent by largest remainder.
     */
    private static Map<String, Euro> amounts(Map<String, Long> users, Euro total, Supplier<UnitCost> published, String file,
            Map<String, Integer> lines) {
        if (users.isEmpty()) {
            return Map.of();
        }
        UnitCost rule = placed(published, file, lines);
        if (total != null) {
            return UnitCost.of(total, rule.users()).allocate(users, RoundingPolicy.LARGEST_REMAINDER);
        }
        Map<String, Euro> out = new LinkedHashMap<>();
        users.forEach((k, n) -> out.put(k, rule.amount(n)));
        return out;
    }

    /** One row of the nursery or transport file: the id, two counts, the optional additional users. */
    private record Counts(CsvRow row, String id, long first, long second, Long users) {
    }

    /** Reads id, two required counts and the optional additional_users of every row, all problems at once. */
    private static List<Counts> counts(CsvTable t, String first, String second, Map<String, Integer> lines) {
        Violations v = new Violations();
        t.requireUnique("id", v);
        List<Counts> out = new ArrayList<>();
        for (CsvRow r : t.rows()) {
            String id = r.id("id", v);
            Long a = r.integer(first, true, v);
            Long b = r.integer(second, true, v);
            Long add = r.integer("additional_users", false, v);
            if (id != null) {
                lines.putIfAbsent(id, r.line());
            }
            if (id != null && a != null && b != null) {
                out.add(new Counts(r, id, a, b, add));
            }
        }
        v.throwIfAny();
        return out;
    }
}
