package it.fsr.isee.io;

import it.fsr.core.parallel.Parts;
import it.fsr.core.csv.Rows;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.DsuColumns;
import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvStream;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.isee.Disability;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.Relationship;
import it.fsr.isee.dsu.GncCase;
import it.fsr.isee.dsu.OutsidePerson;
import it.fsr.isee.Purpose;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DSU in CSV files — households ({@code D.csv}), members ({@code DM.csv}) and the persons outside the
 * nucleus ({@code OC.csv}), the columns of the command line's {@code isee} — read row by row ({@link CsvStream},
 * in parts on every core) into {@link DsuColumns} of the variant and purpose asked: a member's eight amounts
 * as cents in primitive arrays, never a table of strings nor a million {@link DsuMember} records at once.
 * Each DSU its rows allow is built and checked once; every problem of the rows and of the DSUs is told
 * together, at its {@code file:line: column}, in one {@link ValidationException}. Stateless.
 */
public final class DsuFiles {
    /** The households file's required columns. */
    public static final List<String> D_REQUIRED = List.of("household_id", "rent", "home_value", "home_mortgage", "other_real_estate",
            "deposits_balance", "deposits_average", "other_financial", "government_bonds");
    /** Its optional columns. */
    public static final List<String> D_OPTIONAL = List.of("figurative_income", "capoluogo_metropolitano", "auu", "donations",
            "asset_increases");
    /** The members file's required columns. */
    public static final List<String> M_REQUIRED = List.of("household_id", "member_id", "relationship", "age", "disability",
            "worked_6_months", "employee_income", "pension_income", "other_income", "public_benefits", "maintenance_received",
            "maintenance_paid", "disability_expenses", "agricultural_income");
    /** Its optional columns. */
    public static final List<String> M_OPTIONAL = List.of("residential", "beneficiary", "gnc_case", "dependent");
    /** The outside persons file's required columns. */
    public static final List<String> OC_REQUIRED = List.of("household_id", "child_id", "ise", "scale");
    /** Its optional columns. */
    public static final List<String> OC_OPTIONAL = List.of("exempt");
    private static final String[] AMOUNT_COLUMNS = {"employee_income", "pension_income", "other_income", "public_benefits",
        "maintenance_received", "maintenance_paid", "disability_expenses", "agricultural_income"};
    private static final String[] D_AMOUNTS = {"rent", "home_value", "home_mortgage", "other_real_estate", "deposits_balance",
        "deposits_average", "other_financial", "government_bonds"};
    private static final Relationship[] RELATIONSHIPS = Relationship.values();
    private static final Disability[] DISABILITIES = Disability.values();
    private static final GncCase[] GNC = GncCase.values();


    private final String dFile;
    private final String mFile;
    private final String ocFile;
    private final Purpose purpose;
    private CsvDialect dialect = CsvDialect.PLAIN;

    // households, a row each (index = row order)
    private int hCount;
    private String[] ids;
    private int[] hLine;
    private long[][] dAmounts;
    private long[] figurative;
    private byte[] capoluogo;
    private long[] auu;
    private long[] donations;
    private long[] increases;
    private boolean[] valid;
    private Map<String, Integer> index = new HashMap<>();
    private final Map<String, List<Integer>> duplicates = new LinkedHashMap<>();
    private final List<Violation> dRowProblems = new ArrayList<>();
    private final List<Integer> dRowLines = new ArrayList<>();

    // members, only the valid rows
    private final List<MemberPart> members = new ArrayList<>();
    private int[] first;
    private int[] order;
    private boolean[] broken;
    private int mCount;
    private int[] mHousehold;
    private int[] mLine;
    private String[] mId;
    private byte[] mRel;
    private short[] mAge;
    private byte[] mDis;
    private boolean[] mWorked;
    private boolean[] mResidential;
    private boolean[] mBeneficiary;
    /** Declarants and spouses per household, counted on every row whose relationship was read. */
    private int[] hDeclarants;
    private int[] hSpouses;
    private byte[] mGnc;
    private byte[] mDependent;
    private long[][] mAmounts;
    private boolean[] namedInMembers;

    // outside persons (small: kept as objects)
    private final Map<Integer, List<OutsidePerson>> outside = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> outsideLines = new HashMap<>();

    private DsuFiles(String dFile, String mFile, String ocFile, Purpose purpose) {
        this.dFile = dFile;
        this.mFile = mFile;
        this.ocFile = ocFile;
        this.purpose = purpose;
    }

    /**
     * What to read the files for.
     *
     * @param date        the DSUs' filing date (the files have no date column)
     * @param variant     the ISEE variant the DSUs are checked and computed for
     * @param purpose     the purpose
     * @param parameters  the parameters the DSUs are checked against
     * @param encoding    the files' encoding, or null to detect UTF-8 or Windows-1252
     * @param threads     how many parts each large file is read in at once (at least 1)
     * @param progress    told each phase's code ({@code households.read}, {@code members.read},
     *                    {@code dsus.checked}) and count; may ignore them
     */
    public record Options(LocalDate date, Variant variant, Purpose purpose, ParameterSet parameters, Charset encoding, int threads,
            java.util.function.ObjLongConsumer<String> progress) {
        /** Checks for nulls. */
        public Options {
            it.fsr.core.validation.ValidationException.requireNonNull(date, "date");
            it.fsr.core.validation.ValidationException.requireNonNull(variant, "variant");
            it.fsr.core.validation.ValidationException.requireNonNull(purpose, "purpose");
            it.fsr.core.validation.ValidationException.requireNonNull(parameters, "parameters");
            it.fsr.core.validation.ValidationException.requireNonNull(progress, "progress");
            if (threads < 1) {
                throw ValidationException.of("threads", threads, "must be at least 1");
            }
        }

        /** Read on one thread, detecting the encoding, with the default parameters and no progress. */
        public static Options of(LocalDate date, Variant variant, Purpose purpose) {
            return new Options(date, variant, purpose, it.fsr.isee.dsu.DsuParameters.defaults(), null, 1, (phase, count) -> { });
        }
    }

    /**
     * The DSUs read, in parts of the households file's order (each part's columns filled on its own thread:
     * no merged copy of a region's DSUs).
     *
     * @param parts   the columns, in file order
     * @param dialect the households file's CSV dialect (the output's, unless said otherwise)
     */
    public record Read(List<DsuColumns> parts, CsvDialect dialect) {
        /** Copies the list. */
        public Read {
            parts = List.copyOf(parts);
        }

        /** How many DSUs. */
        public int size() {
            return parts.stream().mapToInt(DsuColumns::size).sum();
        }
    }

    /** The members of one part of the members file, with the problems of its rows and their lines. */
    private final class MemberPart {
        int n;
        int[] household = new int[4096];
        int[] line = new int[4096];
        String[] id = new String[4096];
        byte[] rel = new byte[4096];
        short[] age = new short[4096];
        byte[] dis = new byte[4096];
        boolean[] worked = new boolean[4096];
        boolean[] residential = new boolean[4096];
        boolean[] beneficiary = new boolean[4096];
        byte[] gnc = new byte[4096];
        byte[] dependent = new byte[4096];
        long[][] amounts = new long[8][4096];
        final List<Violation> problems = new ArrayList<>();
        final List<Integer> problemLines = new ArrayList<>();
        final List<Violation> unknown = new ArrayList<>();
        final Set<Integer> brokenHouseholds = new HashSet<>();
        final Set<Integer> named = new HashSet<>();
        /** Declarants and spouses per household, over every row whose relationship was read (saturating). */
        final byte[] declarants = new byte[hCount];
        final byte[] spouses = new byte[hCount];
        private final Rows.SharedValues shared = new Rows.SharedValues();
        private String lastId;
        private Integer lastIndex;

        void row(CsvRow r) {
            Violations v = new Violations();
            String hh = r.id("household_id", v);
            String id = r.id("member_id", v);
            Relationship rl = r.enumValue("relationship", Relationship.class, null, v);
            Long a = r.integer("age", true, v);
            Disability ds = r.enumValue("disability", Disability.class, null, v);
            Boolean wk = r.yesNo("worked_6_months", null, v);
            Boolean res = r.hasColumn("residential") ? r.yesNo("residential", null, v) : Boolean.FALSE;
            Boolean ben = r.hasColumn("beneficiary") ? r.yesNo("beneficiary", Boolean.FALSE, v) : Boolean.FALSE;
            boolean gncStated = r.text("gnc_case").isPresent();
            GncCase g = gncStated ? r.enumValue("gnc_case", GncCase.class, null, v) : null;
            boolean dependentStated = r.text("dependent").isPresent();
            Boolean dep = dependentStated ? r.yesNo("dependent", null, v) : null;
            long[] cents = new long[8];
            boolean ok = true;
            for (int i = 0; i < 8; i++) {
                Euro e = r.amount(AMOUNT_COLUMNS[i], true, false, v);
                ok &= e != null;
                cents[i] = e == null ? 0 : e.cents();
            }
            if (a != null && (a < 0 || a > 130)) {
                v.add(r.field("age"), a, "must be between 0 and 130");
                ok = false;
            }
            Integer k;
            if (hh != null && hh.equals(lastId)) {
                k = lastIndex;
            } else {
                k = hh == null ? null : index.get(hh);
                lastId = hh;
                lastIndex = k;
            }
            if (!v.isEmpty()) {
                for (Violation x : v.list()) {
                    problems.add(x);
                    problemLines.add(r.line());
                }
            }
            if (hh != null && k == null) {
                unknown.add(Violation.of(r.field("household_id"), hh, "names a household that is not in " + dFile));
            }
            if (k == null) {
                return;
            }
            named.add(k);
            if (rl == Relationship.DECLARANT && declarants[k] < Byte.MAX_VALUE) {
                declarants[k]++;
            } else if (rl == Relationship.SPOUSE && spouses[k] < Byte.MAX_VALUE) {
                spouses[k]++;
            }
            if (!(ok && id != null && rl != null && a != null && ds != null && wk != null && res != null && ben != null && (!gncStated || g != null)
                    && (!dependentStated || dep != null))) {
                brokenHouseholds.add(k);
                return;
            }
            if (n == household.length) {
                int m = n * 2;
                household = Arrays.copyOf(household, m);
                line = Arrays.copyOf(line, m);
                this.id = Arrays.copyOf(this.id, m);
                rel = Arrays.copyOf(rel, m);
                age = Arrays.copyOf(age, m);
                dis = Arrays.copyOf(dis, m);
                worked = Arrays.copyOf(worked, m);
                residential = Arrays.copyOf(residential, m);
                beneficiary = Arrays.copyOf(beneficiary, m);
                gnc = Arrays.copyOf(gnc, m);
                dependent = Arrays.copyOf(dependent, m);
                for (int i = 0; i < 8; i++) {
                    amounts[i] = Arrays.copyOf(amounts[i], m);
                }
            }
            int j = n++;
            household[j] = k;
            line[j] = r.line();
            this.id[j] = shared.of(id);
            rel[j] = (byte) rl.ordinal();
            age[j] = (short) a.intValue();
            dis[j] = (byte) ds.ordinal();
            worked[j] = wk;
            residential[j] = res;
            beneficiary[j] = ben;
            gnc[j] = g == null ? -1 : (byte) g.ordinal();
            dependent[j] = dep == null ? -1 : (byte) (dep ? 1 : 0);
            for (int i = 0; i < 8; i++) {
                amounts[i][j] = cents[i];
            }
        }
    }

    /**
     * Reads the DSUs of the three files ({@code outside} may be null) for {@code options}.
     *
     * @throws ValidationException listing every problem of the files and of their DSUs
     */
    public static Read read(Path households, Path members, Path outside, Options options) {
        String dFile = households.getFileName().toString();
        String mFile = members.getFileName().toString();
        String ocFile = outside == null ? null : outside.getFileName().toString();
        DsuFiles f = new DsuFiles(dFile, mFile, ocFile, options.purpose());
        f.load(households, members, outside, options.encoding(), options.progress(), options.threads());
        return f.build(options, null);
    }

    /**
     * The DSUs of the three files ({@code outside} may be null) as objects, in the households file's order, read and
     * checked exactly as {@link #read} does: for the few households of a request (an ISEE corrente, a DSU to
     * correct), not for a region's.
     *
     * @throws ValidationException listing every problem of the files and of their DSUs
     */
    public static List<Dsu> readDsus(Path households, Path members, Path outside, Options options) {
        String dFile = households.getFileName().toString();
        String mFile = members.getFileName().toString();
        String ocFile = outside == null ? null : outside.getFileName().toString();
        DsuFiles f = new DsuFiles(dFile, mFile, ocFile, options.purpose());
        f.load(households, members, outside, options.encoding(), options.progress(), options.threads());
        List<List<Dsu>> kept = new ArrayList<>();
        f.build(options, kept);
        List<Dsu> all = new ArrayList<>();
        kept.forEach(all::addAll);
        return List.copyOf(all);
    }

    private void load(Path d, Path m, Path oc, Charset encoding, java.util.function.ObjLongConsumer<String> progress, int threads) {
        Violations structure = new Violations();
        Violations dStructure = new Violations();
        Households hParts = new Households();
        CsvStream.Header dh = CsvStream.read(dFile, d, encoding, dStructure, 1, k -> hParts::row);
        if (dh != null) {
            dialect = dh.dialect();
            dh.requireColumns(dFile, purpose.neutralisesAssegnoUnico() ? Rows.concat(D_REQUIRED, List.of("auu")) : D_REQUIRED, D_OPTIONAL, dStructure);
        }
        progress.accept("households.read", hCount);
        Violations mStructure = new Violations();
        for (int k = 0; k < threads; k++) {
            members.add(new MemberPart());
        }
        CsvStream.Header mh = CsvStream.read(mFile, m, encoding, mStructure, threads, k -> members.get(k)::row);
        if (mh != null) {
            mh.requireColumns(mFile, M_REQUIRED, M_OPTIONAL, mStructure);
        }
        progress.accept("members.read", members.stream().mapToLong(p -> p.n).sum());
        Violations ocStructure = new Violations();
        List<Violation> ocRows = new ArrayList<>();
        List<Violation> ocUnknown = new ArrayList<>();
        Set<Integer> ocBroken = new HashSet<>();
        if (oc != null) {
            CsvStream.Header oh = CsvStream.read(ocFile, oc, encoding, ocStructure, r -> outsideRow(r, ocRows, ocUnknown, ocBroken));
            if (oh != null) {
                oh.requireColumns(ocFile, OC_REQUIRED, OC_OPTIONAL, ocStructure);
            }
        }
        dStructure.list().forEach(structure::add);
        mStructure.list().forEach(structure::add);
        ocStructure.list().forEach(structure::add);
        structure.throwIfAny();
        mergeMembers();
        ocBroken.forEach(k -> broken[k] = true);
        // the problems in the order the files are read for the report: members, outside persons, households, unknown households
        Violations v = new Violations();
        List<Violation> mRows = new ArrayList<>();
        List<Integer> mLines = new ArrayList<>();
        for (MemberPart p : members) {
            mRows.addAll(p.problems);
            mLines.addAll(p.problemLines);
        }
        duplicateMembers(mRows, mLines);
        Rows.byLine(mRows, mLines).forEach(v::add);
        ocRows.forEach(v::add);
        CsvTable.duplicateLines(dFile, "household_id", duplicates, v);
        List<Violation> dRows = new ArrayList<>(dRowProblems);
        List<Integer> dLines = new ArrayList<>(dRowLines);
        for (int k = 0; k < hCount; k++) {
            if (ids[k] != null && index.get(ids[k]) == k && !namedInMembers[k]) {
                dRows.add(Violation.of(dFile + ":" + hLine[k] + ": household_id", ids[k], "has no members in " + mFile));
                dLines.add(hLine[k]);
                valid[k] = false;
            }
        }
        Rows.byLine(dRows, dLines).forEach(v::add);
        members.forEach(p -> p.unknown.forEach(v::add));
        ocUnknown.forEach(v::add);
        problems = v;
        members.clear();
        index = null; // the ids are read; a million map entries are not needed to build the DSUs
    }

    /**
     * The problems of the files' rows, in the order of the report; the DSUs that no problem touches are still
     * built, so that their own problems are told in the same run.
     */
    private Violations problems = new Violations();

    /** The households file is small next to the members' (one row a household): read on one thread. */
    private final class Households {
        void row(CsvRow r) {
            Violations v = new Violations();
            String hh = r.id("household_id", v);
            long[] cents = new long[8];
            boolean ok = true;
            for (int i = 0; i < 8; i++) {
                Euro e = r.amount(D_AMOUNTS[i], true, false, v);
                ok &= e != null;
                cents[i] = e == null ? 0 : e.cents();
            }
            Euro fig = r.amount("figurative_income", false, false, v);
            boolean capStated = r.text("capoluogo_metropolitano").isPresent();
            Boolean cap = capStated ? r.yesNo("capoluogo_metropolitano", null, v) : null;
            Euro au = r.amount("auu", purpose.neutralisesAssegnoUnico(), false, v);
            Euro don = r.amount("donations", false, false, v);
            Euro inc = r.amount("asset_increases", false, false, v);
            ok &= (r.text("figurative_income").isEmpty() || fig != null) && (!capStated || cap != null)
                    && (!purpose.neutralisesAssegnoUnico() || au != null) && (r.text("donations").isEmpty() || don != null)
                    && (r.text("asset_increases").isEmpty() || inc != null);
            if (!v.isEmpty()) {
                for (Violation x : v.list()) {
                    dRowProblems.add(x);
                    dRowLines.add(r.line());
                }
            }
            if (hCount == 0) {
                ids = new String[1024];
                hLine = new int[1024];
                dAmounts = new long[8][1024];
                figurative = new long[1024];
                capoluogo = new byte[1024];
                auu = new long[1024];
                donations = new long[1024];
                increases = new long[1024];
                valid = new boolean[1024];
            } else if (hCount == ids.length) {
                int m = hCount * 2;
                ids = Arrays.copyOf(ids, m);
                hLine = Arrays.copyOf(hLine, m);
                for (int i = 0; i < 8; i++) {
                    dAmounts[i] = Arrays.copyOf(dAmounts[i], m);
                }
                figurative = Arrays.copyOf(figurative, m);
                capoluogo = Arrays.copyOf(capoluogo, m);
                auu = Arrays.copyOf(auu, m);
                donations = Arrays.copyOf(donations, m);
                increases = Arrays.copyOf(increases, m);
                valid = Arrays.copyOf(valid, m);
            }
            int k = hCount++;
            ids[k] = hh;
            hLine[k] = r.line();
            if (hh == null) {
                return;
            }
            Integer before = index.putIfAbsent(hh, k);
            if (before != null) {
                duplicates.computeIfAbsent(hh, x -> new ArrayList<>(List.of(hLine[before]))).add(r.line());
                return;
            }
            if (!ok) {
                return;
            }
            valid[k] = true;
            for (int i = 0; i < 8; i++) {
                dAmounts[i][k] = cents[i];
            }
            figurative[k] = fig == null ? -1 : fig.cents();
            capoluogo[k] = cap == null ? -1 : (byte) (cap ? 1 : 0);
            auu[k] = au == null ? -1 : au.cents();
            donations[k] = don == null ? 0 : don.cents();
            increases[k] = inc == null ? -1 : inc.cents();
        }
    }

    private void outsideRow(CsvRow r, List<Violation> problems, List<Violation> unknown, Set<Integer> ocBroken) {
        Violations v = new Violations();
        String hh = r.id("household_id", v);
        String id = r.id("child_id", v);
        Euro ise = r.amount("ise", true, false, v);
        BigDecimal scale = r.decimal("scale", true, v);
        OutsidePerson.Exemption ex = r.hasColumn("exempt") ? r.enumValue("exempt", OutsidePerson.Exemption.class, null, v)
                : OutsidePerson.Exemption.NONE;
        problems.addAll(v.list());
        Integer k = hh == null ? null : index.get(hh);
        if (hh != null && k == null) {
            unknown.add(Violation.of(r.field("household_id"), hh, "names a household that is not in " + dFile));
            return;
        }
        if (k == null) {
            return;
        }
        if (id != null) {
            outsideLines.computeIfAbsent(k, x -> new HashMap<>()).putIfAbsent(id, r.line());
        }
        if (id != null && ise != null && scale != null && ex != null) {
            outside.computeIfAbsent(k, x -> new ArrayList<>()).add(new OutsidePerson(id, ise, scale, ex));
        } else {
            ocBroken.add(k);
        }
    }

    /** The parts' members in file order, grouped by household (a counting sort). */
    private void mergeMembers() {
        hDeclarants = new int[hCount];
        hSpouses = new int[hCount];
        for (MemberPart p : members) {
            for (int k = 0; k < hCount; k++) {
                hDeclarants[k] += p.declarants[k];
                hSpouses[k] += p.spouses[k];
            }
        }
        int n = members.stream().mapToInt(p -> p.n).sum();
        mHousehold = new int[n];
        mLine = new int[n];
        mId = new String[n];
        mRel = new byte[n];
        mAge = new short[n];
        mDis = new byte[n];
        mWorked = new boolean[n];
        mResidential = new boolean[n];
        mBeneficiary = new boolean[n];
        mGnc = new byte[n];
        mDependent = new byte[n];
        mAmounts = new long[8][];
        broken = new boolean[hCount];
        namedInMembers = new boolean[hCount];
        // column by column, each part's column released once copied: the peak is the members once, not twice
        int at = 0;
        for (MemberPart p : members) {
            System.arraycopy(p.household, 0, mHousehold, at, p.n);
            p.household = null;
            System.arraycopy(p.line, 0, mLine, at, p.n);
            p.line = null;
            System.arraycopy(p.id, 0, mId, at, p.n);
            p.id = null;
            System.arraycopy(p.rel, 0, mRel, at, p.n);
            System.arraycopy(p.age, 0, mAge, at, p.n);
            System.arraycopy(p.dis, 0, mDis, at, p.n);
            System.arraycopy(p.worked, 0, mWorked, at, p.n);
            System.arraycopy(p.residential, 0, mResidential, at, p.n);
            System.arraycopy(p.beneficiary, 0, mBeneficiary, at, p.n);
            System.arraycopy(p.gnc, 0, mGnc, at, p.n);
            System.arraycopy(p.dependent, 0, mDependent, at, p.n);
            at += p.n;
            p.brokenHouseholds.forEach(k -> broken[k] = true);
            p.named.forEach(k -> namedInMembers[k] = true);
        }
        for (int i = 0; i < 8; i++) {
            mAmounts[i] = new long[n];
            at = 0;
            for (MemberPart p : members) {
                System.arraycopy(p.amounts[i], 0, mAmounts[i], at, p.n);
                p.amounts[i] = null;
                at += p.n;
            }
        }
        mCount = n;
        Rows.Grouping g = Rows.Grouping.of(mHousehold, n, hCount);
        first = g.first();
        order = g.order();
    }

    /** A member id twice in a household: the later row is a problem, and the household is not computed. */
    private void duplicateMembers(List<Violation> out, List<Integer> lines) {
        for (int k = 0; k < hCount; k++) {
            for (int a = first[k] + 1; a < first[k + 1]; a++) {
                for (int b = first[k]; b < a; b++) {
                    if (mId[order[a]].equals(mId[order[b]])) {
                        out.add(Violation.of(mFile + ":" + mLine[order[a]] + ": member_id", mId[order[a]],
                                "is a duplicate member of household " + ids[k] + " (also on line " + mLine[order[b]] + ")"));
                        lines.add(mLine[order[a]]);
                        broken[k] = true;
                        break;
                    }
                }
            }
        }
    }

    /**
     * Builds each DSU that is complete (not broken by a problem of one of its rows) into the columns of its
     * part of the households file, on one thread a part; every problem of the rows and of the DSUs at once.
     */
    private Read build(Options o, List<List<Dsu>> keep) {
        int n = Math.max(1, Math.min(o.threads(), hCount));
        if (keep != null) {
            for (int k = 0; k < n; k++) {
                keep.add(new ArrayList<>());
            }
        }
        List<DsuColumns> parts = new ArrayList<>();
        Violations[] found = new Violations[n];
        for (int k = 0; k < n; k++) {
            int from = (int) ((long) hCount * k / n);
            int to = (int) ((long) hCount * (k + 1) / n);
            parts.add(new DsuColumns(o.parameters(), o.variant(), o.purpose(), Math.max(0, to - from),
                    hCount == 0 ? 0 : first[to] - first[from]));
            found[k] = new Violations();
        }
        Parts.run(n, k -> build(o.date(), (int) ((long) hCount * k / n), (int) ((long) hCount * (k + 1) / n), parts.get(k), found[k],
                keep == null ? null : keep.get(k)));
        Violations v = problems;
        for (Violations f : found) {
            f.list().forEach(v::add);
        }
        v.throwIfAny();
        o.progress().accept("dsus.checked", hCount);
        release();
        return new Read(parts, dialect);
    }

    /** Lets the columns of the files go once the DSUs are built. */
    private void release() {
        mHousehold = null;
        mLine = null;
        mId = null;
        mRel = null;
        mAge = null;
        mDis = null;
        mWorked = null;
        mResidential = null;
        mBeneficiary = null;
        mGnc = null;
        mDependent = null;
        mAmounts = null;
        dAmounts = null;
        order = null;
        ids = null;
        outside.clear();
    }

    private void build(LocalDate date, int from, int to, DsuColumns into, Violations problems, List<Dsu> keep) {
        List<DsuMember> list = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (int k = from; k < to; k++) {
            if (!valid[k]) {
                continue;
            }
            if (broken[k]) {
                // a row of it has a problem: the DSU is not built, but its household checks are told in this round too
                String at = where("relationship", ids[k], hLine[k], Map.of(), Map.of());
                if (hDeclarants[k] != 1) {
                    problems.add(Violation.coded("FSR-DSU-DECLARANT", "relationship", ids[k], hDeclarants[k]).at(at));
                }
                if (hSpouses[k] > 1) {
                    problems.add(Violation.coded("FSR-DSU-SPOUSES", "relationship", ids[k], hSpouses[k]).at(at));
                }
                continue;
            }
            list.clear();
            lines.clear();
            for (int a = first[k]; a < first[k + 1]; a++) {
                int j = order[a];
                list.add(new DsuMember(mId[j], RELATIONSHIPS[mRel[j]], mAge[j], DISABILITIES[mDis[j]], mWorked[j], mResidential[j], mBeneficiary[j],
                        mGnc[j] < 0 ? null : GNC[mGnc[j]], mDependent[j] < 0 ? null : mDependent[j] == 1, Euro.ofCents(mAmounts[0][j]),
                        Euro.ofCents(mAmounts[1][j]), Euro.ofCents(mAmounts[2][j]), Euro.ofCents(mAmounts[3][j]), Euro.ofCents(mAmounts[4][j]),
                        Euro.ofCents(mAmounts[5][j]), Euro.ofCents(mAmounts[6][j]), Euro.ofCents(mAmounts[7][j])));
                lines.putIfAbsent(mId[j], mLine[j]);
            }
            Dsu dsu = new Dsu(ids[k], date, List.copyOf(list), Euro.ofCents(dAmounts[0][k]), Euro.ofCents(dAmounts[1][k]),
                    Euro.ofCents(dAmounts[2][k]), Euro.ofCents(dAmounts[3][k]), Euro.ofCents(dAmounts[4][k]), Euro.ofCents(dAmounts[5][k]),
                    Euro.ofCents(dAmounts[6][k]), Euro.ofCents(dAmounts[7][k]), figurative[k] < 0 ? null : Euro.ofCents(figurative[k]),
                    capoluogo[k] < 0 ? null : capoluogo[k] == 1, auu[k] < 0 ? null : Euro.ofCents(auu[k]), Euro.ofCents(donations[k]),
                    outside.getOrDefault(k, List.of()), increases[k] < 0 ? null : Euro.ofCents(increases[k]));
            try {
                into.add(dsu);
                if (keep != null) {
                    keep.add(dsu);
                }
            } catch (ValidationException ex) {
                for (Violation x : ex.violations()) {
                    problems.add(x.at(where(x.field(), ids[k], hLine[k], lines, outsideLines.getOrDefault(k, Map.of()))));
                }
            }
        }
    }

    /** A DSU's problem at {@code file:line: column}: the member's, the outside person's, or the household's line. */
    private String where(String field, String hh, int line, Map<String, Integer> memberLines, Map<String, Integer> outsideLines) {
        java.util.regex.Matcher mm = MEMBER.matcher(field);
        if (mm.matches() && memberLines.containsKey(mm.group(1))) {
            return mFile + ":" + memberLines.get(mm.group(1)) + ": " + mm.group(2);
        }
        java.util.regex.Matcher om = OUTSIDE.matcher(field);
        if (om.matches() && outsideLines.containsKey(om.group(1))) {
            return ocFile + ":" + outsideLines.get(om.group(1)) + ": " + om.group(2);
        }
        if (field.equals("child_id") && ocFile != null) {
            return ocFile + ": household_id=" + hh + ": child_id";
        }
        if (field.equals("relationship") || field.equals("member_id")) {
            return mFile + ": household_id=" + hh + ": " + field;
        }
        return dFile + ":" + line + ": " + (field.equals("date") ? "--date" : field);
    }

    private static final java.util.regex.Pattern MEMBER = java.util.regex.Pattern.compile("^member (.+?): (.+)$");
    private static final java.util.regex.Pattern OUTSIDE = java.util.regex.Pattern.compile("^outside (.+?): (.+)$");
}
