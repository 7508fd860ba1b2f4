package it.fsr.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.WorkStatus;
import it.fsr.isee.compartecipazione.Band;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.Relationship;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every field of valid input documents removed, set to null or to a value of another JSON type: the reading
 * either succeeds or fails as bad input (HTTP 400) — never a NullPointerException, an
 * IllegalArgumentException or an IllegalStateException out of fsr.
 */
class BadJsonTest {
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private List<Object[]> documents() throws Exception {
        List<Object[]> docs = new ArrayList<>();
        Household h = Household.of("F2", LocalDate.of(2021, 11, 19), Member.declarant(35, WorkStatus.WORKS),
                Member.child(2).withId("Anna").attendingNursery());
        docs.add(new Object[] {mapper.valueToTree(h), Household.class});
        Dsu dsu = Dsu.of("d", LocalDate.of(2025, 6, 10), List.of(
                DsuMember.of("T1", Relationship.DECLARANT, 45, Disability.NONE, true).withEmployeeIncome(Euro.parse("15000"))));
        docs.add(new Object[] {mapper.valueToTree(dsu), Dsu.class});
        Schedule s = Schedule.builder("SAD").kind(Schedule.Kind.values()[0]).unit(Schedule.Unit.values()[0]).cost(Euro.parse("13.80"))
                .isee(it.fsr.isee.Variant.values()[0]).useFf(false).rounding(RoundingMode.HALF_UP)
                .band(new Band.Fixed(Euro.ZERO, null, Euro.parse("2"))).build();
        docs.add(new Object[] {mapper.valueToTree(s), Schedule.class});
        docs.add(new Object[] {mapper.valueToTree(new User("u", Euro.parse("100"), null, BigDecimal.ONE)), User.class});
        docs.add(new Object[] {mapper.valueToTree(AllocationRequest.of(Euro.parse("100"), List.of(Claim.of("a", 1)))),
                AllocationRequest.class});
        return docs;
    }

    private static List<JsonNode> mutants(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        List<JsonNode> replacements = List.of(F.nullNode(), F.textNode("x"), F.numberNode(new BigDecimal("1.5")), F.arrayNode(),
                F.objectNode(), F.booleanNode(true), F.numberNode(-1));
        mutate(doc, doc, out, replacements);
        return out;
    }

    /** Values from the security review: exponents that cost minutes or the heap when printed, huge texts, log forging. */
    static final List<JsonNode> HOSTILE = List.of(F.numberNode(new BigDecimal("1e999999999")), F.numberNode(new BigDecimal("-1e999999999")),
            F.numberNode(new BigDecimal("1e-999999999")), F.numberNode(new BigDecimal("1e100000000")), F.textNode("1e999999999"),
            F.numberNode(new java.math.BigInteger("999999999999999999999999")), F.textNode("999999999999999999999999"),
            F.textNode("x".repeat(100_000)), F.textNode("a\n2026-12-06 INFO login ok"), F.textNode("x\u202Etxt.exe"), F.textNode("\u0000"),
            F.numberNode(17.9), F.textNode("17"), F.numberNode(Long.MAX_VALUE), F.numberNode(Long.MIN_VALUE));

    /**
     * Every field of every document set to each hostile value: read, or refused as bad input (HTTP 400) — never another
     * exception, an OutOfMemoryError or a message that echoes the whole value.
     */
    @Test
    void hostileValuesInEveryFieldAreReadOrRefusedCheaply() throws Exception {
        int tried = 0;
        for (Object[] d : documents()) {
            List<JsonNode> out = new ArrayList<>();
            mutate((JsonNode) d[0], (JsonNode) d[0], out, HOSTILE);
            for (JsonNode m : out) {
                String json = mapper.writeValueAsString(m);
                try {
                    mapper.readValue(json, (Class<?>) d[1]);
                } catch (Exception e) {
                    assertThat(FsrProblems.httpStatus(e)).as(json.length() > 300 ? json.substring(0, 300) : json).isEqualTo(400);
                    assertThat(String.valueOf(e.getMessage()).length()).as("message length").isLessThan(20_000);
                }
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(200);
    }

    /** A request is bounded by fsr.limit.users (100,000 by default): 100,001 claims are one problem, not a computation. */
    @Test
    void anArrayBeyondTheLimitIsOneProblem() {
        StringBuilder b = new StringBuilder("{\"budget\":\"100.00\",\"claims\":[");
        for (int i = 0; i <= it.fsr.core.validation.Limits.users(); i++) {
            b.append(i == 0 ? "" : ",").append("{\"key\":\"k").append(i).append("\",\"weight\":1,\"cap\":null,\"minimum\":\"0.00\"}");
        }
        b.append("],\"threshold\":null,\"policy\":\"LARGEST_REMAINDER\"}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readValue(b.toString(), AllocationRequest.class))
                .satisfies(e -> assertThat(FsrProblems.httpStatus(e)).isEqualTo(400)).hasMessageContaining("$.claims");
    }

    /** A key written twice is refused, never the last value kept ("isee":"40000","isee":"1" was read as exempt). */
    @Test
    void aKeyWrittenTwiceIsRefused() {
        String json = "{\"id\":\"u\",\"isee\":\"40000\",\"isee\":\"1\",\"iseeFf\":null,\"units\":1,\"resident\":null,\"rank\":null,\"disabled\":null}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readValue(json, User.class)).satisfies(e ->
                assertThat(FsrProblems.httpStatus(e)).isEqualTo(400)).hasMessageContaining("FSR-JSON-DUPLICATE-KEY");
    }

    private static void mutate(JsonNode root, JsonNode at, List<JsonNode> out, List<JsonNode> replacements) {
        if (at instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                JsonNode old = o.get(n);
                o.remove(n);
                out.add(root.deepCopy());
                for (JsonNode r : replacements) {
                    o.set(n, r);
                    out.add(root.deepCopy());
                }
                o.set(n, old);
                mutate(root, old, out, replacements);
            }
        } else if (at instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode old = a.get(i);
                for (JsonNode r : replacements) {
                    a.set(i, r);
                    out.add(root.deepCopy());
                }
                a.set(i, old);
                mutate(root, old, out, replacements);
            }
        }
    }

    @Test
    void everyMutantReadsOrFailsAsBadInput() throws Exception {
        int tried = 0;
        for (Object[] d : documents()) {
            for (JsonNode m : mutants((JsonNode) d[0])) {
                String json = mapper.writeValueAsString(m);
                try {
                    mapper.readValue(json, (Class<?>) d[1]);
                } catch (Exception e) {
                    assertThat(FsrProblems.httpStatus(e)).as(json + " -> " + e).isEqualTo(400);
                    assertThat(e).as(json).isNotInstanceOfAny(NullPointerException.class, IllegalStateException.class);
                }
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(500);
    }

    /**
     * Generated mutants (QuickTheories, a fixed seed per run): on each document, up to six random edits — a key renamed, an
     * unknown key added, a value replaced by a hostile one or by another type, an array grown to thousands of elements, a
     * value wrapped in hundreds of nested arrays. Each reads, or is refused as bad input with a bounded message.
     */
    @Test
    void generatedMutationsOfKeysTypesExponentsAndSizesReadOrAreRefused() throws Exception {
        List<Object[]> docs = documents();
        org.quicktheories.QuickTheory.qt().withExamples(Integer.getInteger("fsr.examples", 1000) / 4).forAll(
                org.quicktheories.generators.SourceDSL.integers().between(0, docs.size() - 1),
                org.quicktheories.generators.SourceDSL.longs().all()).checkAssert((which, seed) -> {
                    java.util.Random r = new java.util.Random(seed);
                    JsonNode doc = ((JsonNode) docs.get(which)[0]).deepCopy();
                    for (int k = 0, n = 1 + r.nextInt(6); k < n; k++) {
                        doc = edit(doc, r);
                    }
                    String json;
                    try {
                        json = mapper.writeValueAsString(doc);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    try {
                        mapper.readValue(json, (Class<?>) docs.get(which)[1]);
                    } catch (Exception e) {
                        String shown = json.length() > 300 ? json.substring(0, 300) : json;
                        assertThat(FsrProblems.httpStatus(e)).as(shown + " -> " + e.getClass()).isEqualTo(400);
                        assertThat(String.valueOf(e.getMessage()).length()).as("message length").isLessThan(20_000);
                    }
                });
    }

    /** A value nested in 100,000 arrays (200 KB) is refused by the reader's depth limit, as bad input. */
    @Test
    void aDeeplyNestedValueIsRefused() {
        String json = "{\"id\":\"u\",\"isee\":" + "[".repeat(100_000) + "]".repeat(100_000)
                + ",\"iseeFf\":null,\"units\":1,\"resident\":null,\"rank\":null,\"disabled\":null}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readValue(json, User.class))
                .satisfies(e -> assertThat(FsrProblems.httpStatus(e)).isEqualTo(400));
    }

    /** One random edit somewhere in the tree (the root is returned, possibly replaced). */
    private static JsonNode edit(JsonNode root, java.util.Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode at = containers.get(r.nextInt(containers.size()));
        JsonNode value = switch (r.nextInt(5)) {
            case 0 -> HOSTILE.get(r.nextInt(HOSTILE.size()));
            case 1 -> List.of(F.nullNode(), F.textNode(""), F.booleanNode(r.nextBoolean()), F.numberNode(r.nextInt()), F.objectNode(),
                    F.arrayNode(), F.numberNode(new BigDecimal(BigInteger.valueOf(r.nextLong()), r.nextInt(2_000_000) - 1_000_000))).get(r.nextInt(7));
            case 2 -> {
                ArrayNode big = F.arrayNode();
                // scalars only: a subtree repeated would grow with every edit (and the tree, a DAG, is written whole)
                JsonNode element = List.of(F.numberNode(1), F.textNode("x"), F.nullNode(), F.numberNode(new BigDecimal("1e999"))).get(r.nextInt(4));
                for (int i = 0, n = 1 + r.nextInt(2_000); i < n; i++) {
                    big.add(element);
                }
                yield big;
            }
            case 3 -> {
                JsonNode deep = F.numberNode(1);
                for (int i = 0, n = 1 + r.nextInt(400); i < n; i++) {
                    deep = F.arrayNode().add(deep);
                }
                yield deep;
            }
            default -> null;
        };
        if (at instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            if (value == null || names.isEmpty()) {
                // a key renamed, or one added that the type does not have
                String name = names.isEmpty() || r.nextBoolean() ? "k" + r.nextInt(1000) : names.get(r.nextInt(names.size()));
                JsonNode old = o.remove(name);
                o.set(name.startsWith("k") ? name : name.toUpperCase(java.util.Locale.ROOT), old == null ? F.numberNode(1) : old);
            } else {
                o.set(names.get(r.nextInt(names.size())), value);
            }
        } else if (at instanceof ArrayNode a && a.size() > 0) {
            a.set(r.nextInt(a.size()), value == null ? F.nullNode() : value);
        }
        return root;
    }

    private static void collect(JsonNode at, List<JsonNode> out) {
        if (at.isContainerNode()) {
            out.add(at);
            at.elements().forEachRemaining(c -> collect(c, out));
        }
    }
}
