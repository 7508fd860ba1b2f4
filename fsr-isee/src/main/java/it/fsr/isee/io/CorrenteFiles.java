package it.fsr.isee.io;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvStream;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.csv.Rows;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.dsu.IseeCorrente;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ISEE corrente requests in CSV files, the command line's {@code isee-corrente}: the DSU of the valid ordinary
 * ISEE ({@link DsuFiles}: households, members and, if any, persons outside the nucleus), one request per household
 * ({@code R.csv}: {@code household_id, filing_date, ordinary_valid_until}, optionally {@code period} and, for the
 * assets case, the current assets in the households file's columns) and the members whose situation changed
 * ({@code C.csv}: {@code household_id, member_id, event} — blank when only the incomes changed — and the members
 * file's eight income columns for the period). Every problem of the five files and of each request at once, at
 * {@code file:line: column}: the request's own checks are {@link IseeCorrente#validate}'s, the one rule. Stateless.
 */
public final class CorrenteFiles {
    /** The requests file's required columns. */
    public static final List<String> R_REQUIRED = List.of("household_id", "filing_date", "ordinary_valid_until");
    /** The current assets of the assets case: all of them in a row, or none. */
    public static final List<String> ASSETS = List.of("home_value", "home_mortgage", "other_real_estate", "deposits_balance",
            "deposits_average", "other_financial", "government_bonds");
    /** The requests file's optional columns: the period of the current incomes and the current assets. */
    public static final List<String> R_OPTIONAL = List.copyOf(Rows.concat(List.of("period"), ASSETS));
    /** The incomes of a member, as in the members file. */
    public static final List<String> INCOMES = List.of("employee_income", "pension_income", "other_income", "public_benefits",
            "maintenance_received", "maintenance_paid", "disability_expenses", "agricultural_income");
    /** The changes file's required columns. */
    public static final List<String> C_REQUIRED = List.copyOf(Rows.concat(List.of("household_id", "member_id", "event"), INCOMES));

    private CorrenteFiles() {
    }

    /**
     * One household's request.
     *
     * @param dsu     the DSU of the ordinary ISEE
     * @param request the request for its ISEE corrente
     */
    public record Case(Dsu dsu, IseeCorrente.Request request) {
        /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
        @Override
        public String toString() {
            return "Case[…]";
        }

        /** Checks for nulls. */
        public Case {
            it.fsr.core.validation.ValidationException.requireNonNull(dsu, "dsu");
            it.fsr.core.validation.ValidationException.requireNonNull(request, "request");
        }
    }

    /**
     * Reads every household's request, in the households file's order. The DSUs are read as the ordinary ISEE's
     * ({@link Variant#ORDINARIO}, {@link Purpose#ORDINARIO}) whatever {@code options} say.
     *
     * @param outside  the persons outside the nucleus, or null
     * @param changes  the members whose situation changed, or null (the assets case only)
     * @throws ValidationException listing every problem of the files and of the requests
     */
    public static List<Case> read(Path households, Path members, Path outside, Path requests, Path changes, DsuFiles.Options options) {
        DsuFiles.Options ordinary = new DsuFiles.Options(options.date(), Variant.ORDINARIO, Purpose.ORDINARIO, options.parameters(),
                options.encoding(), options.threads(), options.progress());
        Violations v = new Violations();
        List<Dsu> dsus = List.of();
        boolean dsusRead = false;
        try {
            dsus = DsuFiles.readDsus(households, members, outside, ordinary);
            dsusRead = true;
        } catch (ValidationException e) {
            e.violations().forEach(v::add);
        }
        String rFile = requests.getFileName().toString();
        Map<String, RequestRow> byHousehold = new LinkedHashMap<>();
        Map<String, List<Integer>> rDuplicates = new LinkedHashMap<>();
        Violations rStructure = new Violations();
        CsvStream.Header rh = CsvStream.read(rFile, requests, options.encoding(), rStructure, r -> requestRow(r, byHousehold, rDuplicates, v));
        if (rh != null) {
            rh.requireColumns(rFile, R_REQUIRED, R_OPTIONAL, rStructure);
        }
        String cFile = changes == null ? null : changes.getFileName().toString();
        Map<String, Map<String, ChangeRow>> changed = new HashMap<>();
        Violations cStructure = new Violations();
        if (changes != null) {
            Map<String, List<Integer>> cDuplicates = new LinkedHashMap<>();
            CsvStream.Header ch = CsvStream.read(cFile, changes, options.encoding(), cStructure, r -> changeRow(r, changed, cDuplicates, v));
            if (ch != null) {
                ch.requireColumns(cFile, C_REQUIRED, List.of(), cStructure);
            }
            CsvTable.duplicateLines(cFile, "member_id", cDuplicates, v);
        }
        CsvTable.duplicateLines(rFile, "household_id", rDuplicates, v);
        Violations structure = new Violations();
        rStructure.list().forEach(structure::add);
        cStructure.list().forEach(structure::add);
        structure.throwIfAny();
        Set<String> known = new java.util.HashSet<>();
        List<Case> cases = new ArrayList<>();
        for (Dsu d : dsus) {
            known.add(d.id());
            RequestRow rr = byHousehold.get(d.id());
            if (rr == null) {
                v.add(Violation.coded("FSR-CORRENTE-NO-REQUEST", "household_id", d.id(), rFile).at(rFile + ": household_id"));
                continue;
            }
            if (!rr.complete) {
                continue;
            }
            Map<String, ChangeRow> mine = changed.getOrDefault(d.id(), Map.of());
            Map<String, Set<IseeCorrente.Event>> events = new LinkedHashMap<>();
            List<DsuMember> current = new ArrayList<>();
            boolean complete = true;
            Map<String, DsuMember> byId = new HashMap<>();
            d.members().forEach(m -> byId.put(m.id(), m));
            for (ChangeRow c : mine.values()) {
                complete &= c.complete;
                if (!c.complete) {
                    continue;
                }
                if (c.event != null) {
                    events.put(c.member, EnumSet.of(c.event));
                }
                DsuMember m = byId.get(c.member);
                current.add(m == null ? DsuMember.of(c.member, it.fsr.isee.Relationship.OTHER, 0, it.fsr.isee.Disability.NONE, false)
                        : withIncomes(m, c.incomes));
            }
            if (!complete) {
                continue;
            }
            Dsu assets = rr.assets == null ? null : d.withHome(rr.assets[0], rr.assets[1]).withOtherRealEstate(rr.assets[2])
                    .withDeposits(rr.assets[3], rr.assets[4]).withFinancial(rr.assets[5], rr.assets[6]);
            IseeCorrente.Request request = new IseeCorrente.Request(rr.filingDate, rr.validUntil, events, rr.period, current, assets);
            for (Violation x : IseeCorrente.validate(d, request, options.parameters()).list()) {
                v.add(x.at(where(x, rFile, rr.line, cFile, mine)));
            }
            cases.add(new Case(d, request));
        }
        for (RequestRow rr : byHousehold.values()) {
            if (dsusRead && !known.contains(rr.household)) {
                v.add(Violation.of(rFile + ":" + rr.line + ": household_id", rr.household,
                        "names a household that is not in " + households.getFileName()));
            }
        }
        if (dsusRead) {
            changed.forEach((hh, rows) -> {
                if (!known.contains(hh)) {
                    ChangeRow any = rows.values().iterator().next();
                    v.add(Violation.of(cFile + ":" + any.line + ": household_id", hh, "names a household that is not in " + households.getFileName()));
                }
            });
        }
        v.throwIfAny();
        return List.copyOf(cases);
    }

    /** A request's problem at its line: the changes file's for a member, the requests file's otherwise. */
    private static String where(Violation x, String rFile, int rLine, String cFile, Map<String, ChangeRow> changes) {
        if (x.field().equals("events") || x.field().equals("current_members")) {
            String id = x.value().contains(": ") ? x.value().substring(0, x.value().indexOf(": ")) : x.value();
            ChangeRow c = changes.get(id);
            if (c != null) {
                return cFile + ":" + c.line + ": " + (x.field().equals("events") ? "event" : "member_id");
            }
        }
        String column = switch (x.field()) {
            case "current_members" -> "period";
            case "current_assets" -> "deposits_balance";
            default -> x.field();
        };
        return rFile + ":" + rLine + ": " + column;
    }

    private static DsuMember withIncomes(DsuMember m, Euro[] e) {
        return new DsuMember(m.id(), m.relationship(), m.age(), m.disability(), m.worked6Months(), m.residential(), m.beneficiary(), m.gncCase(),
                m.dependent(), e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7]);
    }

    private static final class RequestRow {
        String household;
        int line;
        LocalDate filingDate;
        LocalDate validUntil;
        IseeCorrente.Period period;
        Euro[] assets;
        boolean complete;
    }

    private static void requestRow(CsvRow r, Map<String, RequestRow> into, Map<String, List<Integer>> duplicates, Violations v) {
        Violations here = new Violations();
        RequestRow rr = new RequestRow();
        rr.line = r.line();
        rr.household = r.id("household_id", here);
        rr.filingDate = r.date("filing_date", true, here);
        rr.validUntil = r.date("ordinary_valid_until", true, here);
        boolean periodStated = r.text("period").isPresent();
        rr.period = periodStated ? r.enumValue("period", IseeCorrente.Period.class, null, here) : null;
        boolean anyAsset = ASSETS.stream().anyMatch(c -> r.text(c).isPresent());
        boolean assetsOk = true;
        if (anyAsset) {
            rr.assets = new Euro[ASSETS.size()];
            for (int i = 0; i < ASSETS.size(); i++) {
                rr.assets[i] = r.amount(ASSETS.get(i), true, false, here);
                assetsOk &= rr.assets[i] != null;
            }
        }
        rr.complete = here.isEmpty() && rr.household != null && rr.filingDate != null && rr.validUntil != null && (!periodStated || rr.period != null)
                && assetsOk;
        here.list().forEach(v::add);
        if (rr.household == null) {
            return;
        }
        RequestRow before = into.putIfAbsent(rr.household, rr);
        if (before != null) {
            duplicates.computeIfAbsent(rr.household, x -> new ArrayList<>(List.of(before.line))).add(r.line());
            before.complete = false;
        }
    }

    private static final class ChangeRow {
        String member;
        int line;
        IseeCorrente.Event event;
        Euro[] incomes;
        boolean complete;
    }

    private static void changeRow(CsvRow r, Map<String, Map<String, ChangeRow>> into, Map<String, List<Integer>> duplicates, Violations v) {
        Violations here = new Violations();
        ChangeRow c = new ChangeRow();
        c.line = r.line();
        String hh = r.id("household_id", here);
        c.member = r.id("member_id", here);
        boolean eventStated = r.text("event").isPresent();
        c.event = eventStated ? r.enumValue("event", IseeCorrente.Event.class, null, here) : null;
        c.incomes = new Euro[INCOMES.size()];
        boolean ok = true;
        for (int i = 0; i < INCOMES.size(); i++) {
            c.incomes[i] = r.amount(INCOMES.get(i), true, false, here);
            ok &= c.incomes[i] != null;
        }
        c.complete = ok && hh != null && c.member != null && (!eventStated || c.event != null);
        here.list().forEach(v::add);
        if (hh == null || c.member == null) {
            return;
        }
        ChangeRow before = into.computeIfAbsent(hh, x -> new LinkedHashMap<>()).putIfAbsent(c.member, c);
        if (before != null) {
            duplicates.computeIfAbsent(hh + "/" + c.member, x -> new ArrayList<>(List.of(before.line))).add(r.line());
            before.complete = false;
        }
    }

}
