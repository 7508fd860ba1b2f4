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
}
