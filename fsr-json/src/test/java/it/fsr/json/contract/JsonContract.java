package it.fsr.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.FsrException;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.json.Node;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one test suite every JSON adapter of fsr runs (Jackson 2's {@code fsr-jackson}, Jackson 3's {@code fsr-jackson3}):
 * the same documents written to the same bytes (a golden file both compare with, so the two are byte-identical), read
 * back to the same values, read strictly, hostile values refused as bad input, texts in the language asked for.
 * An adapter's test extends it and says how its mapper writes and reads.
 */
public abstract class JsonContract {
    /** The golden file, under fsr-json's test resources: {@code -Dfsr.golden.update=true} writes it again. */
    private static final String GOLDEN = "/it/fsr/json/contract/documents.txt";

    /** Writes {@code value} with the writer attributes: the one language ({@code null}: both) and the explanations ({@code null}: unset). */
    protected abstract String write(Object value, Object language, Boolean explanations) throws Exception;

    /** Reads {@code json} as {@code type} (a {@code List} of {@code element} when {@code element} is not null). */
    protected abstract Object read(String json, Class<?> type, Class<?> element) throws Exception;

    /** The HTTP status the adapter gives an error (400 for the caller's input). */
    protected abstract int status(Throwable error);

    /** The adapter's tree of a JSON text, as fsr reads it. */
    protected abstract Node tree(String json) throws Exception;

    private String write(Object value) throws Exception {
        return write(value, null, null);
    }

    /** Every document as {@code name=json} lines, readable ones first. */
    private String documents() throws Exception {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object[]> e : Documents.readable().entrySet()) {
            b.append(e.getKey()).append('=').append(write(e.getValue()[0])).append('\n');
        }
        for (Map.Entry<String, Object> e : Documents.writeOnly().entrySet()) {
            b.append(e.getKey()).append('=').append(write(e.getValue())).append('\n');
        }
        return b.toString();
    }

    @Test
    void everyDocumentIsWrittenToTheGoldenBytes() throws Exception {
        String written = documents();
        if (Boolean.getBoolean("fsr.golden.update")) {
            Path golden = Path.of("..", "fsr-json", "src", "test", "resources").resolve(GOLDEN.substring(1));
            Files.writeString(golden, written, StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream in = JsonContract.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("the golden file " + GOLDEN).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> got = written.lines().toList();
        List<String> want = expected.lines().toList();
        for (int i = 0; i < Math.max(got.size(), want.size()); i++) {
            assertThat(i < got.size() ? got.get(i) : "").as("document line " + (i + 1)).isEqualTo(i < want.size() ? want.get(i) : "");
        }
        assertThat(written).contains("\"reserve\":\"21121.53\"", "\"amount\":\"471.43\"", "\"isee\":\"7368.42\"");
    }

    @Test
    void everyReadableDocumentReadsBackToTheSameValueAndBytes() throws Exception {
        for (Map.Entry<String, Object[]> e : Documents.readable().entrySet()) {
            Object value = e.getValue()[0];
            String json = write(value);
            Object back = read(json, (Class<?>) e.getValue()[1], (Class<?>) e.getValue()[2]);
            assertThat(write(back)).as(e.getKey()).isEqualTo(json);
            // values equal by value: records, rates, and the input classes that are values (not ServiceUnit, a builder's product)
            boolean value_ = value instanceof Record || value instanceof Rate || value instanceof it.fsr.isee.veneto.Household
                    || value instanceof it.fsr.isee.compartecipazione.Schedule || value instanceof it.fsr.isee.IseeAttestation
                    || value instanceof List<?> l && (l.isEmpty() || l.get(0) instanceof Record);
            if (value_ && !json.contains("\"explanation\"")) {
                assertThat(back).as(e.getKey()).isEqualTo(value);
            }
        }
    }

    @Test
    void theEnginesOutputsAreNeverRead() throws Exception {
        for (Map.Entry<String, Object> e : Documents.writeOnly().entrySet()) {
            String json = write(e.getValue());
            assertThatThrownBy(() -> read(json, e.getValue().getClass(), null)).as(e.getKey())
                    .satisfies(x -> assertThat(fsr(x).violations().get(0).code()).isEqualTo("FSR-JSON-WRITE-ONLY"));
        }
    }

    private static Dsu dsu() {
        return Dsu.of("d", LocalDate.of(2025, 6, 10), List.of(
                DsuMember.of("T1", Relationship.DECLARANT, 45, Disability.NONE, true).withEmployeeIncome(Euro.parse("15000")),
                DsuMember.of("T2", Relationship.CHILD, 17, Disability.NONE, false)));
    }

    /** fsr's exception in the chain of {@code e}. */
    private static FsrException fsr(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FsrException f) {
                return f;
            }
        }
        throw new AssertionError("no FsrException in " + e);
    }

    private void refused(String json, Class<?> type, String path) {
        assertThatThrownBy(() -> read(json, type, null)).as(path).satisfies(e -> {
            assertThat(status(e)).isEqualTo(400);
            assertThat(fsr(e).violations()).extracting(Violation::field).contains(path);
        });
    }

    /**
     * A value of another JSON type is an error naming its path (the vendor's review: {@code 17.9} was read as 17, {@code "17"}
     * accepted, {@code 2} became CHILD, {@code "true"} and {@code 1} were true, a null member a NullPointerException).
     */
    @Test
    void aValueOfAnotherJsonTypeIsAnErrorNamingItsPath() throws Exception {
        String ok = write(dsu());
        assertThat(((Dsu) read(ok, Dsu.class, null)).members().get(1).age()).isEqualTo(17);
        refused(ok.replace("\"age\":17", "\"age\":17.9"), Dsu.class, "$.members[1].age");
        refused(ok.replace("\"age\":17", "\"age\":\"17\""), Dsu.class, "$.members[1].age");
        refused(ok.replace("\"age\":17", "\"age\":17.0"), Dsu.class, "$.members[1].age");
        refused(ok.replace("\"relationship\":\"CHILD\"", "\"relationship\":2"), Dsu.class, "$.members[1].relationship");
        refused(ok.replace("\"relationship\":\"CHILD\"", "\"relationship\":\"child\""), Dsu.class, "$.members[1].relationship");
        refused(ok.replace("\"worked6Months\":true", "\"worked6Months\":\"true\""), Dsu.class, "$.members[0].worked6Months");
        refused(ok.replace("\"worked6Months\":true", "\"worked6Months\":1"), Dsu.class, "$.members[0].worked6Months");
        refused(ok.replace("\"id\":\"T1\"", "\"id\":7"), Dsu.class, "$.members[0].id");
        refused(ok.replace("\"date\":\"2025-06-10\"", "\"date\":20250610"), Dsu.class, "$.date");
        refused(ok.replace("\"members\":[", "\"members\":[null,"), Dsu.class, "$.members[0]");
        String user = write(new User("u", Euro.parse("9000"), null, BigDecimal.ONE));
        refused(user.replace("\"units\":1", "\"units\":999999999999999999999999"), User.class, "$.units");
        refused(user.replace("\"units\":1", "\"units\":1e999999999"), User.class, "$.units");
        refused(user.replace("\"units\":1", "\"units\":\"1\""), User.class, "$.units");
        refused("{\"budget\":\"100.00\",\"claims\":[null],\"threshold\":null,\"policy\":\"LARGEST_REMAINDER\"}", AllocationRequest.class, "$.claims[0]");
    }

    /** A key written twice is refused, never the last value kept ({@code "isee":"40000","isee":"1"} was read as exempt). */
    @Test
    void aKeyWrittenTwiceIsRefused() {
        String json = "{\"id\":\"u\",\"isee\":\"40000\",\"isee\":\"1\",\"iseeFf\":null,\"units\":1,\"resident\":null,\"rank\":null,\"disabled\":null}";
        assertThatThrownBy(() -> read(json, User.class, null)).satisfies(e -> {
            assertThat(status(e)).isEqualTo(400);
            assertThat(fsr(e).violations().get(0).code()).isEqualTo("FSR-JSON-DUPLICATE-KEY");
        });
    }

    /** Texts in the language the writer asks for, explanations only when asked; the figures the same in every form. */
    @Test
    void explanationsAreWrittenInTheLanguageAskedAndOnlyWhenAsked() throws Exception {
        DsuResult r = DsuCalculator.compute(dsu(), Variant.ORDINARIO, Purpose.ORDINARIO);
        String both = write(r);
        String italian = write(r, Locale.ITALIAN, null);
        String english = write(r, "en", null);
        String none = write(r, null, Boolean.FALSE);
        assertThat(both).contains("\"it\":", "\"en\":");
        assertThat(italian).contains("\"it\":").doesNotContain("\"en\":");
        assertThat(english).contains("\"en\":").doesNotContain("\"it\":");
        assertThat(none).contains("\"explanation\":null").doesNotContain("\"steps\"");
        for (String json : List.of(italian, english, none)) {
            assertThat(tree(json).get("iseeFinal")).isEqualTo(tree(both).get("iseeFinal"));
        }
    }

    /** Values from the security review: exponents that cost minutes or the heap when printed, huge texts, log forging. */
    static final List<Node> HOSTILE = List.of(Node.number(new BigDecimal("1e999999999"), false), Node.number(new BigDecimal("-1e999999999"), false),
            Node.number(new BigDecimal("1e-999999999"), false), Node.number(new BigDecimal("1e100000000"), false), Node.string("1e999999999"),
            Node.number(new BigInteger("999999999999999999999999")), Node.string("999999999999999999999999"),
            Node.string("x".repeat(100_000)), Node.string("a\n2026-12-06 INFO login ok"), Node.string("x\u202Etxt.exe"), Node.string("\u0000"),
            Node.number(new BigDecimal("17.9"), false), Node.string("17"), Node.number(BigInteger.valueOf(Long.MAX_VALUE)),
            Node.number(BigInteger.valueOf(Long.MIN_VALUE)), Node.NULL, Node.bool(true), Node.array(List.of()), Node.object(Map.of()));

    /**
     * Every field of every readable document set to each hostile value, or removed: read, or refused as bad input (a 400)
     * with a bounded message — never another exception, an OutOfMemoryError or the whole value echoed.
     */
    @Test
    void hostileValuesInEveryFieldAreReadOrRefusedCheaply() throws Exception {
        int tried = 0;
        for (Map.Entry<String, Object[]> e : Documents.readable().entrySet()) {
            if (e.getKey().equals("scenario") || e.getKey().equals("units") || e.getKey().equals("dsuResult")) {
                continue; // large documents: their fields are of the kinds the others have
            }
            Node doc = tree(write(e.getValue()[0]));
            for (Node mutant : mutants(doc, new Random(e.getKey().hashCode()), 40)) {
                String json = mutant.json();
                try {
                    read(json, (Class<?>) e.getValue()[1], (Class<?>) e.getValue()[2]);
                } catch (Exception x) {
                    assertThat(status(x)).as(e.getKey() + ": " + (json.length() > 300 ? json.substring(0, 300) : json)).isEqualTo(400);
                    assertThat(String.valueOf(x.getMessage()).length()).as("message length").isLessThan(20_000);
                }
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(300);
    }

    /** Up to {@code n} mutants of {@code doc}: one field of one object removed or set to a hostile value. */
    private static List<Node> mutants(Node doc, Random r, int n) {
        List<List<Object>> paths = new ArrayList<>();
        collect(doc, new ArrayList<>(), paths);
        List<Node> out = new ArrayList<>();
        for (int k = 0; k < n && !paths.isEmpty(); k++) {
            List<Object> path = paths.get(r.nextInt(paths.size()));
            Node value = r.nextInt(5) == 0 ? null : HOSTILE.get(r.nextInt(HOSTILE.size()));
            out.add(replace(doc, path, 0, value));
        }
        return out;
    }

    private static void collect(Node at, List<Object> path, List<List<Object>> out) {
        if (at.isObject()) {
            for (var it = at.fieldNames(); it.hasNext();) {
                String name = it.next();
                List<Object> p = new ArrayList<>(path);
                p.add(name);
                out.add(p);
                collect(at.get(name), p, out);
            }
        } else if (at.isArray()) {
            for (int i = 0; i < at.size(); i++) {
                List<Object> p = new ArrayList<>(path);
                p.add(i);
                out.add(p);
                collect(at.get(i), p, out);
            }
        }
    }

    /** {@code doc} with the value at {@code path} replaced ({@code null}: removed from its object, null in an array). */
    private static Node replace(Node doc, List<Object> path, int depth, Node value) {
        Object step = path.get(depth);
        boolean last = depth == path.size() - 1;
        if (step instanceof String name) {
            Map<String, Node> fields = new LinkedHashMap<>();
            for (var it = doc.fields(); it.hasNext();) {
                var f = it.next();
                if (!f.getKey().equals(name)) {
                    fields.put(f.getKey(), f.getValue());
                } else if (!last) {
                    fields.put(name, replace(f.getValue(), path, depth + 1, value));
                } else if (value != null) {
                    fields.put(name, value);
                }
            }
            return Node.object(fields);
        }
        int index = (Integer) step;
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            items.add(i != index ? doc.get(i) : last ? (value == null ? Node.NULL : value) : replace(doc.get(i), path, depth + 1, value));
        }
        return Node.array(items);
    }

    /** An amount is a string of two decimals, read from euro never cents; a rate a percentage with its sign. */
    @Test
    void amountsAndRatesAreStringsReadStrictly() throws Exception {
        assertThat(write(Euro.parse("1234.5"))).isEqualTo("\"1234.50\"");
        assertThat(read("1000", Euro.class, null)).isEqualTo(Euro.parse("1000.00"));
        assertThat(write(Rate.ofPercent(new BigDecimal("12.5")))).isEqualTo("\"12.5%\"");
        assertThatThrownBy(() -> read("\"0.005\"", Euro.class, null)).satisfies(e -> assertThat(status(e)).isEqualTo(400));
        assertThatThrownBy(() -> read("\"1.234,50\"", Euro.class, null)).satisfies(e -> assertThat(status(e)).isEqualTo(400));
        assertThatThrownBy(() -> read("12.5", Rate.class, null)).satisfies(e -> assertThat(status(e)).isEqualTo(400));
    }

    /** An error is a problem document that reads back as the same exception, messages in both languages. */
    @Test
    void errorsAreProblemDocumentsThatReadBack() throws Exception {
        ValidationException bad = new ValidationException(List.of(Violation.of("x", Euro.parse("-1"), "must not be negative"),
                Violation.coded("FSR-CSV-NO-ROWS", "f.csv:1: header", "a,b")));
        String json = write(bad);
        assertThat(json).contains("\"status\":400", "\"code\":\"FSR-INPUT-INVALID\"", "FSR-CSV-NO-ROWS");
        ValidationException back = (ValidationException) read(json, ValidationException.class, null);
        assertThat(back.violations()).extracting(Violation::code).containsExactly("FSR-NEGATIVE", "FSR-CSV-NO-ROWS");
        assertThat(back.violations().get(0).message(Locale.ITALIAN)).isEqualTo(bad.violations().get(0).message(Locale.ITALIAN));
        assertThat(write(back)).isEqualTo(json);
    }
}
