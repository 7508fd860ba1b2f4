package it.fsr.isee.io;

import it.fsr.core.parallel.Parts;
import it.fsr.core.csv.Rows;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.isee.veneto.HouseholdColumns;
import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvStream;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.isee.Disability;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.Housing;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.Relationship;
import it.fsr.isee.veneto.WorkStatus;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The households in CSV files — households ({@code H.csv}: each attestation) and members ({@code M.csv}), the
 * columns of the command line's {@code fattore-famiglia} and {@code contributo-nido} — read row by row
 * ({@link CsvStream}, in parts on every core) into {@link HouseholdColumns}: the attestations, the members'
 * relationships, ages and flags as primitive arrays, never a table of strings, so that a region's million
 * households fit in a 1 GiB heap. Each household is built and checked once as a {@link Household} (the
 * library's rules); every problem of both files and of their households is told together, at its
 * {@code file:line: column}, in one {@link ValidationException}. Stateless.
 *
 * <p>Readings of the optional columns (each documented with the command line): {@code widowed} blank is no,
 * {@code housing} blank is normal, {@code disability} blank is none (the DSU declares only certified
 * disabilities), {@code nursery} blank is no for a member of 4 or more (who cannot attend a 0–3 service) and
 * an error for a younger one when the column is there.
 */
public final class HouseholdFiles {
    /** The households file's required columns. */
    public static final List<String> H_REQUIRED = List.of("household_id", "isee", "scale");
    /** Its optional columns. */
    public static final List<String> H_OPTIONAL = List.of("ise", "widowed", "housing", "ambito");
    /** The members file's required columns. */
    public static final List<String> M_REQUIRED = List.of("household_id", "relationship", "age");
    /** Its optional columns. */
    public static final List<String> M_OPTIONAL = List.of("member_id", "student", "disability", "work", "twin_group", "nursery");
    private static final Relationship[] RELATIONSHIPS = Relationship.values();
    private static final Disability[] DISABILITIES = Disability.values();
    private static final WorkStatus[] WORKS = WorkStatus.values();
    private static final Housing[] HOUSINGS = Housing.values();


    private final String hFile;
    private final String mFile;
    private final boolean memberIdsRequired;
    private CsvDialect dialect = CsvDialect.PLAIN;

    // households, one entry per row of the file (index = row order)
    private int hCount;
    private String[] ids;
    private int[] hLine;
    private long[] isee;
    private BigDecimal[] scale;
    private long[] ise;
    private boolean[] widowed;
    private byte[] housing;
    private String[] ambito;
    private boolean[] valid;
    private Map<String, Integer> index = new HashMap<>();
    private final Map<String, List<Integer>> duplicates = new LinkedHashMap<>();

    // members, only the valid rows
    private int mCount;
    private int[] household;
    private int[] mLine;
    private String[] memberId;
    private byte[] relationship;
    private short[] age;
    private byte[] student;
    private byte[] disability;
    private byte[] work;
    private String[] twin;
    private boolean[] nursery;
    private long memberRows;

    /** The rows of one part of the households file (read on its own thread), in file order. */
    private final class HouseholdPart {
        int n;
        String[] ids = new String[1024];
        int[] line = new int[1024];
        long[] isee = new long[1024];
        BigDecimal[] scale = new BigDecimal[1024];
        long[] ise = new long[1024];
        boolean[] widowed = new boolean[1024];
        byte[] housing = new byte[1024];
        String[] ambito = new String[1024];
        boolean[] valid = new boolean[1024];
        final Violations problems = new Violations();
        final Rows.SharedValues shared = new Rows.SharedValues();
        final Map<String, BigDecimal> scales = new HashMap<>();

        void row(CsvRow r) {
            Violations v = problems;
            String id = r.id("household_id", v);
            Euro e = r.amount("isee", true, false, v);
            BigDecimal s = r.decimal("scale", true, v);
            Euro i = r.amount("ise", false, false, v);
            Boolean w = r.yesNo("widowed", false, v);
            Housing hs = r.enumValue("housing", Housing.class, Housing.NORMAL, v);
            if (n == ids.length) {
                int m = n * 2;
                ids = Arrays.copyOf(ids, m);
                line = Arrays.copyOf(line, m);
                isee = Arrays.copyOf(isee, m);
                scale = Arrays.copyOf(scale, m);
                ise = Arrays.copyOf(ise, m);
                widowed = Arrays.copyOf(widowed, m);
                housing = Arrays.copyOf(housing, m);
                ambito = Arrays.copyOf(ambito, m);
                valid = Arrays.copyOf(valid, m);
            }
            int k = n++;
            ids[k] = id;
            line[k] = r.line();
            if (id != null && e != null && s != null && w != null && hs != null) {
                valid[k] = true;
                isee[k] = e.cents();
                scale[k] = scales.computeIfAbsent(s.toString(), x -> s);
                ise[k] = i == null ? -1 : i.cents();
                widowed[k] = w;
                housing[k] = (byte) hs.ordinal();
                ambito[k] = shared.of(r.text("ambito").orElse(null));
            }
        }
    }

    /** The valid rows of one part of the members file, and the problems of its rows with their lines. */
    private final class MemberPart {
        int n;
        int[] household = new int[4096];
        int[] line = new int[4096];
        String[] memberId = new String[4096];
        byte[] relationship = new byte[4096];
        short[] age = new short[4096];
        byte[] student = new byte[4096];
        byte[] disability = new byte[4096];
        byte[] work = new byte[4096];
        String[] twin = new String[4096];
        boolean[] nursery = new boolean[4096];
        long rows;
        final List<Violation> problems = new ArrayList<>();
        final List<Integer> problemLines = new ArrayList<>();
        final Rows.SharedValues shared = new Rows.SharedValues();
        /** The last household named and its index: a household's members are usually on consecutive rows. */
        private String lastId;
        private Integer lastIndex;

        void row(CsvRow r) {
            rows++;
            Violations v = new Violations();
            String id = r.id("household_id", v);
            String mid = memberIdsRequired ? r.id("member_id", v) : r.text("member_id").orElse(null);
            Relationship rel = r.enumValue("relationship", Relationship.class, null, v);
            Long a = r.integer("age", true, v);
            boolean studentStated = r.text("student").isPresent();
            boolean workStated = r.text("work").isPresent();
            Boolean st = studentStated ? r.yesNo("student", null, v) : null;
            Disability dis = r.enumValue("disability", Disability.class, Disability.NONE, v);
            WorkStatus wk = workStated ? r.enumValue("work", WorkStatus.class, null, v) : null;
            String tw = r.text("twin_group").orElse(null);
            Boolean nu = nursery(r, a, v);
            Integer k;
            if (id != null && id.equals(lastId)) {
                k = lastIndex;
            } else {
                k = id == null ? null : index.get(id);
                lastId = id;
                lastIndex = k;
            }
            if (id != null && k == null) {
                v.add(r.field("household_id"), id, "names a household that is not in " + hFile);
            }
            boolean ok = true;
            if (a != null && a > 200) {
                v.add(r.field("age"), a, "must be between 0 and " + Household.MAX_AGE);
                ok = false;
            }
            if (!v.isEmpty()) {
                for (Violation x : v.list()) {
                    problems.add(x);
                    problemLines.add(r.line());
                }
            }
            if (!ok || k == null || rel == null || a == null || dis == null || nu == null || workStated && wk == null
                    || studentStated && st == null) {
                return;
            }
            if (n == household.length) {
                int m = n * 2;
                household = Arrays.copyOf(household, m);
                line = Arrays.copyOf(line, m);
                memberId = Arrays.copyOf(memberId, m);
                relationship = Arrays.copyOf(relationship, m);
                age = Arrays.copyOf(age, m);
                student = Arrays.copyOf(student, m);
                disability = Arrays.copyOf(disability, m);
                work = Arrays.copyOf(work, m);
                twin = Arrays.copyOf(twin, m);
                nursery = Arrays.copyOf(nursery, m);
            }
            int j = n++;
            household[j] = k;
            line[j] = r.line();
            memberId[j] = shared.of(mid);
            relationship[j] = (byte) rel.ordinal();
            age[j] = (short) a.intValue();
            student[j] = st == null ? -1 : (byte) (st ? 1 : 0);
            disability[j] = (byte) dis.ordinal();
            work[j] = wk == null ? -1 : (byte) wk.ordinal();
            twin[j] = shared.of(tw);
            nursery[j] = nu;
        }
    }

    private HouseholdFiles(String hFile, String mFile, boolean memberIdsRequired) {
        this.hFile = hFile;
        this.mFile = mFile;
        this.memberIdsRequired = memberIdsRequired;
    }

    /**
     * What to read the files for.
     *
     * @param date              the application date (the ages)
     * @param memberIdsRequired whether {@code member_id} and {@code nursery} are required (the nursery
     *                          contribution is per child: each child is named)
     * @param encoding          the files' encoding, or null to detect UTF-8 or Windows-1252
     * @param threads           how many parts each large file is read in at once (at least 1)
     * @param progress          told each phase's code ({@code households.read}, {@code members.read},
     *                          {@code households.checked}) and count
     */
    public record Options(LocalDate date, boolean memberIdsRequired, Charset encoding, int threads,
            java.util.function.ObjLongConsumer<String> progress) {
        /** Checks for nulls. */
        public Options {
            it.fsr.core.validation.ValidationException.requireNonNull(date, "date");
            it.fsr.core.validation.ValidationException.requireNonNull(progress, "progress");
            if (threads < 1) {
                throw ValidationException.of("threads", threads, "must be at least 1");
            }
        }

        /** Read on one thread, detecting the encoding, with no progress. */
        public static Options of(LocalDate date, boolean memberIdsRequired) {
            return new Options(date, memberIdsRequired, null, 1, (phase, count) -> { });
        }
    }

    /**
     * The households read, in the households file's order.
     *
     * @param columns  every household and its attestation
     * @param ambiti   the Ambito each household names ({@code ambito} column), null where none
     * @param dialect  the households file's CSV dialect (the output's, unless said otherwise)
     */
    public record Read(HouseholdColumns columns, List<String> ambiti, CsvDialect dialect) {
        /** Copies the list (it may hold nulls). */
        public Read {
            ambiti = java.util.Collections.unmodifiableList(new ArrayList<>(ambiti));
        }
    }

    /**
     * Reads the households of the two files for {@code options}.
     *
     * @throws ValidationException listing every problem of the files and of their households
     */
    public static Read read(Path households, Path members, Options options) {
        HouseholdFiles f = new HouseholdFiles(households.getFileName().toString(), members.getFileName().toString(), options.memberIdsRequired());
        f.load(households, members, options.encoding(), options.progress(), options.threads());
        return f.build(options);
    }

    private void load(Path h, Path m, Charset encoding, java.util.function.ObjLongConsumer<String> progress, int threads) {
        Violations hStructure = new Violations();
        List<HouseholdPart> hParts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            hParts.add(new HouseholdPart());
        }
        CsvStream.Header hh = CsvStream.read(hFile, h, encoding, hStructure, threads, k -> hParts.get(k)::row);
        if (hh != null) {
            dialect = hh.dialect();
            hh.requireColumns(hFile, H_REQUIRED, H_OPTIONAL, hStructure);
        }
        mergeHouseholds(hParts);
        progress.accept("households.read", hCount);
        Violations mStructure = new Violations();
        List<MemberPart> mParts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            mParts.add(new MemberPart());
        }
        List<String> mRequired = memberIdsRequired ? Rows.concat(M_REQUIRED, List.of("member_id", "nursery")) : M_REQUIRED;
        CsvStream.Header mh = CsvStream.read(mFile, m, encoding, mStructure, threads, k -> mParts.get(k)::row);
        if (mh != null) {
            mh.requireColumns(mFile, mRequired, M_OPTIONAL, mStructure);
        }
        List<Violation> mRows = new ArrayList<>();
        List<Integer> mRowLines = new ArrayList<>();
        mergeMembers(mParts, mRows, mRowLines);
        progress.accept("members.read", memberRows);
        Violations structure = new Violations();
        hStructure.list().forEach(structure::add);
        mStructure.list().forEach(structure::add);
        structure.throwIfAny();
        Violations v = new Violations();
        CsvTable.duplicateLines(hFile, "household_id", duplicates, v);
        hParts.forEach(p -> p.problems.list().forEach(v::add));
        group();
        duplicateMembers(mRows, mRowLines);
        Rows.byLine(mRows, mRowLines).forEach(v::add);
        for (int k = 0; k < hCount; k++) {
            if (valid[k] && first[k + 1] == first[k]) {
                v.add(hFile + ":" + hLine[k] + ": household_id", ids[k], "has no members in " + mFile);
            }
        }
        v.throwIfAny();
    }

    /** The parts' households in file order; the first row of an id is its household, a later one a duplicate. */
    private void mergeHouseholds(List<HouseholdPart> parts) {
        int n = parts.stream().mapToInt(p -> p.n).sum();
        ids = new String[n];
        hLine = new int[n];
        isee = new long[n];
        scale = new BigDecimal[n];
        ise = new long[n];
        widowed = new boolean[n];
        housing = new byte[n];
        ambito = new String[n];
        valid = new boolean[n];
        int at = 0;
        for (HouseholdPart p : parts) {
            System.arraycopy(p.ids, 0, ids, at, p.n);
            System.arraycopy(p.line, 0, hLine, at, p.n);
            System.arraycopy(p.isee, 0, isee, at, p.n);
            System.arraycopy(p.scale, 0, scale, at, p.n);
            System.arraycopy(p.ise, 0, ise, at, p.n);
            System.arraycopy(p.widowed, 0, widowed, at, p.n);
            System.arraycopy(p.housing, 0, housing, at, p.n);
            System.arraycopy(p.ambito, 0, ambito, at, p.n);
            System.arraycopy(p.valid, 0, valid, at, p.n);
            at += p.n;
        }
        hCount = n;
        index = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
        for (int k = 0; k < n; k++) {
            if (ids[k] == null) {
                continue;
            }
            Integer before = index.putIfAbsent(ids[k], k);
            if (before != null) {
                duplicates.computeIfAbsent(ids[k], x -> new ArrayList<>(List.of(hLine[before]))).add(hLine[k]);
                valid[k] = false;
            }
        }
    }

    /** The parts' members in file order, and their problems with their lines. */
    private void mergeMembers(List<MemberPart> parts, List<Violation> problems, List<Integer> lines) {
        int n = parts.stream().mapToInt(p -> p.n).sum();
        household = new int[n];
        mLine = new int[n];
        memberId = new String[n];
        relationship = new byte[n];
        age = new short[n];
        student = new byte[n];
        disability = new byte[n];
        work = new byte[n];
        twin = new String[n];
        nursery = new boolean[n];
        int at = 0;
        for (MemberPart p : parts) {
            System.arraycopy(p.household, 0, household, at, p.n);
            System.arraycopy(p.line, 0, mLine, at, p.n);
            System.arraycopy(p.memberId, 0, memberId, at, p.n);
            System.arraycopy(p.relationship, 0, relationship, at, p.n);
            System.arraycopy(p.age, 0, age, at, p.n);
            System.arraycopy(p.student, 0, student, at, p.n);
            System.arraycopy(p.disability, 0, disability, at, p.n);
            System.arraycopy(p.work, 0, work, at, p.n);
            System.arraycopy(p.twin, 0, twin, at, p.n);
            System.arraycopy(p.nursery, 0, nursery, at, p.n);
            at += p.n;
            memberRows += p.rows;
            problems.addAll(p.problems);
            lines.addAll(p.problemLines);
        }
        mCount = n;
    }

    /**
     * The {@code nursery} cell: required (yes/no) for a member under 4 when the column is present — only
     * they can attend a 0–3 service, and whether they do decides a contribution; blank means "no" for an
     * older member, who cannot attend.
     */
    private static Boolean nursery(CsvRow r, Long age, Violations v) {
        if (r.text("nursery").isEmpty()) {
            if (age != null && age <= 3 && r.hasColumn("nursery")) {
                v.add(r.field("nursery"), "", "a value is required (yes or no) for a member under 4: does the child attend a recognised 0-3 service?");
                return null;
            }
            return Boolean.FALSE;
        }
        return r.yesNo("nursery", null, v);
    }

    /** The members of household k are order[first[k] .. first[k+1]), in the members file's order. */
    private int[] first;
    private int[] order;

    /** Groups the members by household (a counting sort: linear, two int arrays). */
    private void group() {
        Rows.Grouping g = Rows.Grouping.of(household, mCount, hCount);
        first = g.first();
        order = g.order();
    }

    /** A member id that appears twice in a household: the later row is a problem, and it is left out. */
    private void duplicateMembers(List<Violation> out, List<Integer> lines) {
        for (int k = 0; k < hCount; k++) {
            for (int a = first[k]; a < first[k + 1]; a++) {
                String id = memberId[order[a]];
                if (id == null) {
                    continue;
                }
                for (int b = first[k]; b < a; b++) {
                    int earlier = order[b];
                    if (id.equals(memberId[earlier])) {
                        out.add(Violation.of(mFile + ":" + mLine[order[a]] + ": member_id", id,
                                "is a duplicate member of household " + ids[k] + " (also on line " + mLine[earlier] + ")"));
                        lines.add(mLine[order[a]]);
                        break;
                    }
                }
            }
        }
    }

    /**
     * Builds and validates each household as a {@link Household} (the library's rules), in ranges of the
     * file on one thread each, into columns merged in file order. Every problem of every household is
     * listed before failing.
     */
    private Read build(Options o) {
        int n = Math.max(1, Math.min(o.threads(), hCount));
        Violations[] found = new Violations[n];
        HouseholdColumns[] built = new HouseholdColumns[n];
        for (int k = 0; k < n; k++) {
            built[k] = new HouseholdColumns();
        }
        Parts.run(n, k -> found[k] = build(o.date(), (int) ((long) hCount * k / n), (int) ((long) hCount * (k + 1) / n), built[k]));
        Violations all = new Violations();
        for (Violations v : found) {
            v.list().forEach(all::add);
        }
        all.throwIfAny();
        o.progress().accept("households.checked", hCount);
        HouseholdColumns columns = built[0];
        for (int k = 1; k < n; k++) {
            columns.addAll(built[k]);
            built[k] = null;
        }
        List<String> named = new ArrayList<>(columns.size());
        for (int k = 0; k < hCount; k++) {
            if (valid[k]) {
                named.add(ambito[k]);
            }
        }
        return new Read(columns, named, dialect);
    }

    /** Households [from, to): built, validated, added to {@code into} while no problem was found. */
    private Violations build(LocalDate date, int from, int to, HouseholdColumns into) {
        Violations v = new Violations();
        List<Member> members = new ArrayList<>();
        List<Integer> memberLines = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (!valid[k]) {
                continue;
            }
            members.clear();
            memberLines.clear();
            for (int a = first[k]; a < first[k + 1]; a++) {
                int j = order[a];
                memberLines.add(mLine[j]);
                members.add(new Member(memberId[j], RELATIONSHIPS[relationship[j]], age[j], null, student[j] < 0 ? null : student[j] == 1,
                        DISABILITIES[disability[j]], work[j] < 0 ? null : WORKS[work[j]], twin[j], nursery[j]));
            }
            String where = hFile + ":" + hLine[k] + ": ";
            try {
                Household h = Household.of(ids[k], List.copyOf(members), widowed[k], HOUSINGS[housing[k]], date);
                IseeAttestation att = IseeAttestation.of(Euro.ofCents(isee[k]), scale[k], ise[k] < 0 ? null : Euro.ofCents(ise[k]));
                FattoreFamiglia.checkScale(h, att);
                if (v.isEmpty()) {
                    into.add(h, att);
                }
            } catch (ValidationException ex) {
                for (Violation x : ex.violations()) {
                    v.add(x.at(memberField(x.field(), members, memberLines, where)));
                }
            }
        }
        return v;
    }

    /**
     * Where a problem of household k is, as the CLI says it: a member's field at the member's own line of the members file
     * ({@code members[2].work} → {@code m.csv:14: work}, the clerk's review: it named the households file); a household's
     * field at its line of the households file.
     */
    private String memberField(String field, List<Member> members, List<Integer> lines, String householdWhere) {
        String f = field.replaceFirst("^household\\[[^]]*]\\.?", "");
        java.util.regex.Matcher mm = java.util.regex.Pattern.compile("^members\\[(\\d+)]\\.(.*)$").matcher(f);
        if (mm.matches()) {
            int i = Integer.parseInt(mm.group(1));
            String column = mm.group(2).replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            if (i < lines.size()) {
                return mFile + ":" + lines.get(i) + ": " + column;
            }
            String who = i < members.size() && members.get(i).id() != null ? "member " + members.get(i).id() : "member " + (i + 1);
            return householdWhere + who + ": " + column;
        }
        return householdWhere + (f.isEmpty() ? "household_id" : f);
    }

}
