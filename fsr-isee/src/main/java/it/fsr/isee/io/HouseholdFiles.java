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


    /** The rows a reading thread hands over at once. */
    private static final int BATCH = 8_192;

    private final String hFile;
    private final String mFile;
    private final boolean memberIdsRequired;
    private final boolean inOrder;
    private CsvDialect dialect = CsvDialect.PLAIN;

    // households of this chunk, one entry per row of the file (index = row order)
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
    private final List<HouseholdPart> hParts;

    // members of this chunk's households, only the valid rows
    private int mCount;
    private int[] household = new int[1024];
    private int[] mLine = new int[1024];
    private String[] memberId = new String[1024];
    private byte[] relationship = new byte[1024];
    private short[] age = new short[1024];
    private byte[] student = new byte[1024];
    private byte[] disability = new byte[1024];
    private byte[] work = new byte[1024];
    private String[] twin = new String[1024];
    private boolean[] nursery = new boolean[1024];
    private final List<Violation> mRows = new ArrayList<>();
    private final List<Integer> mRowLines = new ArrayList<>();

    /** The rows of one part of the households file (read on its own thread), in file order. */
    private static final class HouseholdPart {
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
        final Rows.SharedValues shared;
        final Map<String, BigDecimal> scales;

        HouseholdPart(Rows.SharedValues shared, Map<String, BigDecimal> scales) {
            this.shared = shared;
            this.scales = scales;
        }

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

    /**
     * The rows of one part of the members file, read on the reading thread: each row's household as written, whether the
     * row itself is valid, its values, and its problems (row j's are {@code problems[end[j-1] .. end[j])}). Which
     * household of the households file a row belongs to is told when the two files are joined.
     */
    private static final class MemberPart {
        int n;
        String[] hid = new String[4096];
        boolean[] ok = new boolean[4096];
        int[] line = new int[4096];
        String[] memberId = new String[4096];
        byte[] relationship = new byte[4096];
        short[] age = new short[4096];
        byte[] student = new byte[4096];
        byte[] disability = new byte[4096];
        byte[] work = new byte[4096];
        String[] twin = new String[4096];
        boolean[] nursery = new boolean[4096];
        int[] end = new int[4096];
        final List<Violation> problems = new ArrayList<>();
        final boolean memberIdsRequired;
        final Rows.SharedValues shared;

        MemberPart(boolean memberIdsRequired, Rows.SharedValues shared) {
            this.memberIdsRequired = memberIdsRequired;
            this.shared = shared;
        }

        void row(CsvRow r) {
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
            boolean good = true;
            if (a != null && a > 200) {
                v.add(r.field("age"), a, "must be between 0 and " + Household.MAX_AGE);
                good = false;
            }
            if (n == hid.length) {
                int m = n * 2;
                hid = Arrays.copyOf(hid, m);
                ok = Arrays.copyOf(ok, m);
                line = Arrays.copyOf(line, m);
                memberId = Arrays.copyOf(memberId, m);
                relationship = Arrays.copyOf(relationship, m);
                age = Arrays.copyOf(age, m);
                student = Arrays.copyOf(student, m);
                disability = Arrays.copyOf(disability, m);
                work = Arrays.copyOf(work, m);
                twin = Arrays.copyOf(twin, m);
                nursery = Arrays.copyOf(nursery, m);
                end = Arrays.copyOf(end, m);
            }
            int j = n++;
            hid[j] = id;
            line[j] = r.line();
            if (!v.isEmpty()) {
                problems.addAll(v.list());
            }
            end[j] = problems.size();
            ok[j] = good && id != null && rel != null && a != null && dis != null && nu != null && !(workStated && wk == null)
                    && !(studentStated && st == null);
            if (!ok[j]) {
                return;
            }
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

    private HouseholdFiles(String hFile, String mFile, boolean memberIdsRequired, boolean inOrder, List<HouseholdPart> hParts) {
        this.hFile = hFile;
        this.mFile = mFile;
        this.memberIdsRequired = memberIdsRequired;
        this.inOrder = inOrder;
        this.hParts = hParts;
        mergeHouseholds(hParts);
    }

    /**
     * What to read the files for.
     *
     * @param date              the application date (the ages)
     * @param memberIdsRequired whether {@code member_id} and {@code nursery} are required (the nursery
     *                          contribution is per child: each child is named)
     * @param encoding          the files' encoding, or null to detect UTF-8 or Windows-1252
     * @param threads           how many threads build and check the households of a chunk at once (at least 1)
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
     * What a streamed reading read.
     *
     * @param households  the households file's rows
     * @param memberRows  the members file's rows
     * @param chunks      how many chunks were handed over
     */
    public record Streamed(long households, long memberRows, int chunks) {
        /** The counts (no personal data). */
        @Override
        public String toString() {
            return "Streamed[" + households + " households, " + memberRows + " member rows, " + chunks + " chunks]";
        }
    }

    /**
     * Reads the households of the two files for {@code options}, whole: the members may be in any order.
     *
     * @throws ValidationException listing every problem of the files and of their households
     */
    public static Read read(Path households, Path members, Options options) {
        Read[] whole = new Read[1];
        stream(households, members, options, Integer.MAX_VALUE, r -> whole[0] = r);
        return whole[0];
    }

    /**
     * Reads the households of the two files a chunk at a time, handing each chunk to {@code chunks} as soon as it is
     * built and checked, so that memory does not grow with the files (a country's 26 million households in a 1 GiB
     * heap). The households file is read {@code chunk} rows at a time, one chunk ahead; each member row is joined to
     * the chunk that holds its household. A file of at most {@code chunk} households is one chunk, and its members may
     * be in any order; a longer one is read in order (scelta di fsr, what any export gives): the members of a chunk's
     * households come after those of the chunks before it, else a member names a household that is not where it is
     * read ({@code FSR-HOUSEHOLDS-ORDER}) and the household has no members.
     *
     * <p>The rules are those of {@link #read}: each chunk is checked as the whole file would be. A household id that
     * appears in two chunks is found by a fixed-size filter and confirmed by a second reading of the households file's
     * ids ({@code FSR-DUPLICATE-LINES}). Once a problem is found no further chunk is handed over, and the reading goes
     * on to the end so that every problem is told at once.
     *
     * @param chunk  the households of a chunk (at least 1; {@link Integer#MAX_VALUE}: the whole file); exact when it is at
     *               most 8,192 or has a divisor between 1,024 and 8,192 (100,000 has), else rounded up to a multiple of 8,192
     * @param chunks receives each chunk, in the households file's order, on the calling thread
     * @throws ValidationException listing every problem of the files and of their households (after the chunks
     *                             handed over before the first problem)
     */
    public static Streamed stream(Path households, Path members, Options options, int chunk, java.util.function.Consumer<Read> chunks) {
        if (chunk < 1) {
            throw ValidationException.of("chunk", chunk, "must be at least 1");
        }
        return new Join(households, members, options, chunk, chunks).run();
    }

    /** A file read on its own thread into parts of {@link #BATCH} rows, handed over through a bounded queue. */
    private static final class Reader<P> implements Runnable {
        private static final Object END = new Object();
        private final String fileName;
        private final Path file;
        private final Charset encoding;
        private final List<String> required;
        private final List<String> optional;
        private final java.util.function.Supplier<P> parts;
        private final java.util.function.BiConsumer<P, CsvRow> row;
        private final java.util.function.ToIntFunction<P> size;
        private final java.util.concurrent.BlockingQueue<Object> queue;
        private final int batch;
        private final java.util.concurrent.CountDownLatch headerRead = new java.util.concurrent.CountDownLatch(1);
        /** The file's own problems (encoding, header, a row's field count), told on this reader's thread. */
        final Violations structure = new Violations();
        volatile CsvStream.Header header;
        volatile boolean headerBad;
        /** Whether the file's own problems were found: no chunk is handed over after them. */
        volatile boolean broken;
        volatile boolean stopped;
        private volatile Throwable failed;
        long rows;

        Reader(String fileName, Path file, Charset encoding, List<String> required, List<String> optional, int capacity, int batch,
                java.util.function.Supplier<P> parts, java.util.function.BiConsumer<P, CsvRow> row, java.util.function.ToIntFunction<P> size) {
            this.fileName = fileName;
            this.file = file;
            this.encoding = encoding;
            this.required = required;
            this.optional = optional;
            this.parts = parts;
            this.row = row;
            this.size = size;
            this.queue = new java.util.concurrent.LinkedBlockingQueue<>(capacity);
            this.batch = batch;
        }

        @Override
        public void run() {
            try {
                P[] part = newPart();
                CsvStream.read(fileName, file, encoding, structure, new CsvStream.Rows() {
                    @Override
                    public void header(CsvStream.Header h) {
                        h.requireColumns(fileName, required, optional, structure);
                        header = h;
                        headerBad = !structure.isEmpty();
                        headerRead.countDown();
                        if (headerBad) {
                            throw new Stop();
                        }
                    }

                    @Override
                    public void row(CsvRow r) {
                        rows++;
                        if (!broken && !structure.isEmpty()) {
                            broken = true;
                        }
                        row.accept(part[0], r);
                        if (size.applyAsInt(part[0]) == batch) {
                            put(part[0]);
                            part[0] = parts.get();
                        }
                    }
                });
                broken = !structure.isEmpty();
                if (size.applyAsInt(part[0]) > 0) {
                    put(part[0]);
                }
            } catch (Stop e) {
                // stopped by the header's check or by the join
            } catch (RuntimeException | Error e) {
                failed = e;
            } finally {
                headerRead.countDown();
                try {
                    put(END);
                } catch (Stop e) {
                    // the join has stopped: nobody waits for the end
                }
            }
        }

        @SuppressWarnings("unchecked")
        private P[] newPart() {
            P[] a = (P[]) new Object[1];
            a[0] = parts.get();
            return a;
        }

        private void put(Object o) {
            try {
                while (!queue.offer(o, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new Stop();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stop();
            }
        }

        /** The header, once read: null when the file has none or could not be decoded. */
        CsvStream.Header awaitHeader() {
            await(headerRead);
            return header;
        }

        /** The next part, or null at the end of the file; a failure of the reading thread is thrown here. */
        @SuppressWarnings("unchecked")
        P next() {
            try {
                Object o = queue.take();
                if (o == END) {
                    queue.add(END);
                    if (failed instanceof RuntimeException x) {
                        throw x;
                    }
                    if (failed instanceof Error x) {
                        throw x;
                    }
                    return null;
                }
                return (P) o;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + fileName, e);
            }
        }

        void stop() {
            stopped = true;
            queue.clear();
        }
    }

    /** Thrown on a reading thread to stop it. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The join of the two files, chunk by chunk, on the calling thread. */
    private static final class Join {
        private final Path hPath;
        private final Options options;
        private final int chunk;
        private final java.util.function.Consumer<Read> sink;
        private final String hFile;
        private final String mFile;
        private final Reader<HouseholdPart> hReader;
        private final Reader<MemberPart> mReader;
        private final Violations problems = new Violations();
        private HouseholdPart pendingHouseholds;
        private MemberPart members;
        private int at;
        private long checked;
        private int handed;
        /** Ids of the chunks before, when there is more than one chunk. */
        private IdFilter seen;
        private final java.util.Set<String> suspects = new java.util.HashSet<>();
        private final java.util.Set<String> reported = new java.util.HashSet<>();

        Join(Path h, Path m, Options o, int chunk, java.util.function.Consumer<Read> sink) {
            this.hPath = h;
            this.options = o;
            this.chunk = chunk;
            this.sink = sink;
            this.hFile = h.getFileName().toString();
            this.mFile = m.getFileName().toString();
            // a whole reading waits for every household before the first member is joined: its queues hold the files
            int capacity = chunk == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(4, 2 * (chunk / partOf(chunk) + 1));
            Rows.SharedValues hShared = new Rows.SharedValues();
            Map<String, BigDecimal> scales = new HashMap<>();
            Rows.SharedValues mShared = new Rows.SharedValues();
            boolean ids = o.memberIdsRequired();
            List<String> mRequired = ids ? Rows.concat(M_REQUIRED, List.of("member_id", "nursery")) : M_REQUIRED;
            // a chunk is whole parts
            this.hReader = new Reader<>(hFile, h, o.encoding(), H_REQUIRED, H_OPTIONAL, capacity, partOf(chunk),
                    () -> new HouseholdPart(hShared, scales), HouseholdPart::row, p -> p.n);
            this.mReader = new Reader<>(mFile, m, o.encoding(), mRequired, M_OPTIONAL, capacity, BATCH,
                    () -> new MemberPart(ids, mShared), MemberPart::row, p -> p.n);
        }

        /**
         * The households a part holds: the chunk when it is small, else the largest divisor of the chunk up to {@link #BATCH}
         * (100,000: 6,250), so that a chunk is exactly {@code chunk} households; a chunk with no divisor of at least an
         * eighth of a batch is rounded up to whole batches.
         */
        static int partOf(int chunk) {
            if (chunk <= BATCH) {
                return chunk;
            }
            for (int d = BATCH; d >= BATCH / 8; d--) {
                if (chunk % d == 0) {
                    return d;
                }
            }
            return BATCH;
        }

        Streamed run() {
            Thread ht = thread(hReader, "fsr-households");
            Thread mt = thread(mReader, "fsr-members");
            try {
                CsvStream.Header hh = hReader.awaitHeader();
                CsvStream.Header mh = mReader.awaitHeader();
                if (hh == null || mh == null || hReader.headerBad || mReader.headerBad) {
                    hReader.stop();
                    mReader.stop();
                    join(ht);
                    join(mt);
                    throwStructure();
                }
                CsvDialect dialect = hh.dialect();
                HouseholdFiles current = nextChunk(dialect, false);
                HouseholdFiles next = current == null ? null : nextChunk(dialect, true);
                while (current != null) {
                    if (next != null && seen == null) {
                        seen = new IdFilter();
                        remember(current);
                    }
                    if (seen != null) {
                        remember(next);
                    }
                    joinMembers(current, next);
                    finish(current);
                    current = next;
                    next = current == null ? null : nextChunk(dialect, true);
                }
                join(ht);
                join(mt);
                options.progress().accept("households.read", hReader.rows);
                options.progress().accept("members.read", mReader.rows);
                throwStructure();
                confirmDuplicates();
                problems.throwIfAny();
                options.progress().accept("households.checked", checked);
                return new Streamed(hReader.rows, mReader.rows, handed);
            } finally {
                hReader.stop();
                mReader.stop();
            }
        }

        private static Thread thread(Runnable r, String name) {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
            return t;
        }

        private static void join(Thread t) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        /** The files' own problems: told alone, as a whole reading tells them (the rows' problems follow from them). */
        private void throwStructure() {
            Violations structure = new Violations();
            hReader.structure.list().forEach(structure::add);
            mReader.structure.list().forEach(structure::add);
            structure.throwIfAny();
        }

        /** The next {@code chunk} households (whole parts), or null at the end of the households file. */
        private HouseholdFiles nextChunk(CsvDialect dialect, boolean after) {
            List<HouseholdPart> parts = new ArrayList<>();
            long n = 0;
            while (n < chunk) {
                HouseholdPart p = pendingHouseholds != null ? pendingHouseholds : hReader.next();
                pendingHouseholds = null;
                if (p == null) {
                    break;
                }
                parts.add(p);
                n += p.n;
            }
            if (parts.isEmpty()) {
                return null;
            }
            HouseholdFiles f = new HouseholdFiles(hFile, mFile, options.memberIdsRequired(), after || chunk < Integer.MAX_VALUE && n >= chunk,
                    parts);
            f.dialect = dialect;
            return f;
        }

        /** Records the chunk's ids; one seen in a chunk before is a suspect, confirmed at the end. */
        private void remember(HouseholdFiles f) {
            if (f == null) {
                return;
            }
            for (String id : f.index.keySet()) {
                if (seen.mightContain(id)) {
                    suspects.add(id);
                }
            }
            f.index.keySet().forEach(seen::add);
            reported.addAll(f.duplicates.keySet());
        }

        /** The next member row (the part and {@link #at}), or null at the end of the members file. */
        private MemberPart member() {
            while (members == null || at == members.n) {
                members = mReader.next();
                at = 0;
                if (members == null) {
                    return null;
                }
            }
            return members;
        }

        /** Joins to {@code f} the member rows up to the first of a household of {@code next}. */
        private void joinMembers(HouseholdFiles f, HouseholdFiles next) {
            String lastId = null;
            Integer lastIndex = null;
            MemberPart p;
            while ((p = member()) != null) {
                String id = p.hid[at];
                Integer k;
                if (id != null && id.equals(lastId)) {
                    k = lastIndex;
                } else {
                    k = id == null ? null : f.index.get(id);
                    lastId = id;
                    lastIndex = k;
                }
                if (id != null && k == null && next != null && next.index.containsKey(id)) {
                    return;
                }
                f.member(p, at, k);
                at++;
            }
        }

        /** The chunk's checks; built and handed over while no problem was found. */
        private void finish(HouseholdFiles f) {
            Violations v = new Violations();
            f.check(v);
            Read read = null;
            if (v.isEmpty()) {
                read = f.build(options, v);
            }
            v.list().forEach(problems::add);
            if (read != null && problems.isEmpty() && !hReader.broken && !mReader.broken) {
                checked += read.columns().size();
                handed++;
                sink.accept(read);
            }
        }

        /** Ids that a chunk shares with one before: counted over the households file once more. */
        private void confirmDuplicates() {
            suspects.removeAll(reported);
            if (suspects.isEmpty()) {
                return;
            }
            Map<String, List<Integer>> lines = new LinkedHashMap<>();
            Violations ignored = new Violations();
            CsvStream.read(hFile, hPath, options.encoding(), ignored, r -> {
                String id = r.id("household_id", new Violations());
                if (id != null && suspects.contains(id)) {
                    lines.computeIfAbsent(id, x -> new ArrayList<>()).add(r.line());
                }
            });
            CsvTable.duplicateLines(hFile, "household_id", lines, problems);
        }
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

    /** Member row j of part p, of household k of this chunk (null: of none): its problems, and the member when valid. */
    private void member(MemberPart p, int j, Integer k) {
        for (int x = j == 0 ? 0 : p.end[j - 1]; x < p.end[j]; x++) {
            mRows.add(p.problems.get(x));
            mRowLines.add(p.line[j]);
        }
        if (p.hid[j] != null && k == null) {
            mRows.add(inOrder ? Violation.coded("FSR-HOUSEHOLDS-ORDER", mFile + ":" + p.line[j] + ": household_id", p.hid[j], hFile)
                    : Violation.of(mFile + ":" + p.line[j] + ": household_id", p.hid[j], "names a household that is not in " + hFile));
            mRowLines.add(p.line[j]);
        }
        if (!p.ok[j] || k == null) {
            return;
        }
        if (mCount == household.length) {
            int m = mCount * 2;
            household = Arrays.copyOf(household, m);
            mLine = Arrays.copyOf(mLine, m);
            memberId = Arrays.copyOf(memberId, m);
            relationship = Arrays.copyOf(relationship, m);
            age = Arrays.copyOf(age, m);
            student = Arrays.copyOf(student, m);
            disability = Arrays.copyOf(disability, m);
            work = Arrays.copyOf(work, m);
            twin = Arrays.copyOf(twin, m);
            nursery = Arrays.copyOf(nursery, m);
        }
        int i = mCount++;
        household[i] = k;
        mLine[i] = p.line[j];
        memberId[i] = p.memberId[j];
        relationship[i] = p.relationship[j];
        age[i] = p.age[j];
        student[i] = p.student[j];
        disability[i] = p.disability[j];
        work[i] = p.work[j];
        twin[i] = p.twin[j];
        nursery[i] = p.nursery[j];
    }

    /** This chunk's problems before its households are built: duplicates, the rows', households without members. */
    private void check(Violations v) {
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
     * chunk on one thread each, into columns merged in file order. Every problem of every household is
     * recorded in {@code all}; null when there was one.
     */
    private Read build(Options o, Violations all) {
        int n = Math.max(1, Math.min(o.threads(), hCount));
        Violations[] found = new Violations[n];
        HouseholdColumns[] built = new HouseholdColumns[n];
        for (int k = 0; k < n; k++) {
            built[k] = new HouseholdColumns();
        }
        Parts.run(n, k -> found[k] = build(o.date(), (int) ((long) hCount * k / n), (int) ((long) hCount * (k + 1) / n), built[k]));
        boolean clean = true;
        for (Violations v : found) {
            clean &= v.isEmpty();
            v.list().forEach(all::add);
        }
        if (!clean) {
            return null;
        }
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
