package it.fsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.explain.Label;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A step's value written with its kind and read back as the same kind; fsr-json's own tree at its bounds. */
class TypedValuesTest {
    private final TextContractTest json = new TextContractTest();

    private Step roundTrip(Object value) throws Exception {
        Step s = new Step(ValueCodecs.literal("Quota", "Share"), value, "rule", "DGR 1/2025", List.of());
        return (Step) json.read(json.write(s, null, null), Step.class, null);
    }

    @Test
    void everyKindOfValueReadsBackAsItself() throws Exception {
        assertThat(roundTrip(Euro.parse("12.50")).value()).isEqualTo(Euro.parse("12.50"));
        assertThat(roundTrip(Rate.ofPercent(20)).value()).isEqualTo(Rate.ofPercent(20));
        assertThat(roundTrip(new BigDecimal("1.234")).value()).isEqualTo(new BigDecimal("1.234"));
        assertThat(roundTrip(7).value()).isEqualTo(7L);
        assertThat(roundTrip(7L).value()).isEqualTo(7L);
        assertThat(roundTrip(true).value()).isEqualTo(true);
        assertThat(roundTrip(false).value()).isEqualTo(false);
        assertThat(roundTrip(LocalDate.of(2025, 3, 1)).value()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(roundTrip(Violation.Phrase.of("json.expect.decimal", "a", "b")).value())
                .isEqualTo(new Violation.Phrase("json.expect.decimal", List.of("a", "b")));
        Object label = roundTrip(ValueCodecs.literal("sì", "yes")).value();
        assertThat(((Label) label).render(Locale.ITALIAN)).isEqualTo("sì");
        assertThat(((Label) label).render(Locale.ENGLISH)).isEqualTo("yes");
        assertThat(roundTrip("testo").value()).isEqualTo("testo");
        assertThat(roundTrip(null).value()).isNull();
        Step read = roundTrip(Euro.parse("1.00"));
        assertThat(read.rule()).isEqualTo("rule");
        assertThat(read.source()).isEqualTo("DGR 1/2025");
        assertThat(read.label().render(Locale.ENGLISH)).isEqualTo("Share");
    }

    @Test
    void theWrittenFormNamesTheKind() throws Exception {
        String text = json.write(new Step(ValueCodecs.literal("a", "b"), Violation.Phrase.of("k", "x"), "r", "s",
                List.of(new Step(ValueCodecs.literal("c", "d"), 3, "r2", "s2", List.of()))), null, null);
        assertThat(text).contains("{\"type\":\"phrase\",\"value\":{\"key\":\"k\",\"args\":[\"x\"]}}", "{\"type\":\"integer\",\"value\":3}",
                "\"children\":[{");
        assertThat(json.write(new Step(ValueCodecs.literal("a", "b"), ValueCodecs.literal("c", "d"), "r", "s", List.of()), null, null))
                .contains("{\"type\":\"label\",\"value\":{\"it\":\"c\",\"en\":\"d\"}}");
    }

    @Test
    void aWrongTypedValueIsNamed() {
        String head = "{\"label\":{\"it\":\"a\",\"en\":\"b\"},\"rule\":\"r\",\"source\":\"s\",\"children\":[],\"value\":";
        for (String[] bad : new String[][] {
                {"{\"type\":\"integer\",\"value\":1.5}", "$.value.value"},
                {"{\"type\":\"integer\",\"value\":\"1\"}", "$.value.value"},
                {"{\"type\":\"integer\",\"value\":9223372036854775808}", "$.value.value"},
                {"{\"type\":\"decimal\",\"value\":\"x\"}", "$.value.value"},
                {"{\"type\":\"date\",\"value\":\"2025-02-30\"}", "$.value.value"},
                {"{\"type\":\"phrase\",\"value\":{\"key\":1,\"args\":[]}}", "$.value.value"},
                {"{\"type\":\"phrase\",\"value\":{\"key\":\"k\",\"args\":{}}}", "$.value.value"},
                {"{\"type\":\"colour\",\"value\":1}", "$.value.type"}}) {
            assertThatThrownBy(() -> json.read(head + bad[0] + "}", Step.class, null)).as(bad[0])
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).contains(bad[1]));
        }
    }

    @Test
    void aLabelNeedsATextInOneLanguageAtLeastAndNoOtherKind() throws Exception {
        assertThat(ValueCodecs.readLabel(tree("{\"it\":\"solo\"}"), "$").render(Locale.ENGLISH)).isEqualTo("solo");
        assertThat(ValueCodecs.readLabel(tree("{\"en\":\"only\"}"), "$").render(Locale.ITALIAN)).isEqualTo("only");
        for (String bad : List.of("{}", "{\"it\":1}", "{\"it\":\"a\",\"en\":2}", "{\"it\":null,\"en\":\"b\"}", "[\"a\"]", "\"a\"")) {
            assertThatThrownBy(() -> ValueCodecs.readLabel(tree(bad), "$.label")).as(bad).isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> ValueCodecs.readLabel(null, "$.label")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ValueCodecs.readStep(null, "$")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ValueCodecs.readStep(tree("[1]"), "$")).isInstanceOf(ValidationException.class);
    }

    private Node tree(String text) throws Exception {
        return json.tree(text);
    }

    @Test
    void numbersConvertOnlyWithinTheirRange() {
        Node maxLong = Node.number(BigInteger.valueOf(Long.MAX_VALUE));
        Node aboveLong = Node.number(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        Node minLong = Node.number(BigInteger.valueOf(Long.MIN_VALUE));
        Node belowLong = Node.number(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE));
        assertThat(maxLong.canConvertToLong()).isTrue();
        assertThat(maxLong.longValue()).isEqualTo(Long.MAX_VALUE);
        assertThat(aboveLong.canConvertToLong()).isFalse();
        assertThat(aboveLong.longValue()).isZero();
        assertThat(minLong.canConvertToLong()).isTrue();
        assertThat(belowLong.canConvertToLong()).isFalse();
        assertThat(maxLong.canConvertToInt()).isFalse();
        Node maxInt = Node.number(BigInteger.valueOf(Integer.MAX_VALUE));
        assertThat(maxInt.canConvertToInt()).isTrue();
        assertThat(maxInt.intValue()).isEqualTo(Integer.MAX_VALUE);
        assertThat(Node.number(BigInteger.valueOf(Integer.MIN_VALUE)).canConvertToInt()).isTrue();
        assertThat(Node.number(BigInteger.valueOf(Integer.MAX_VALUE + 1L)).canConvertToInt()).isFalse();
        assertThat(Node.number(BigInteger.valueOf(Integer.MAX_VALUE + 1L)).intValue()).isZero();
        Node decimal = Node.number(new BigDecimal("1.5"), false);
        assertThat(decimal.canConvertToLong()).isFalse();
        assertThat(decimal.canConvertToInt()).isFalse();
        assertThat(Node.string("1").canConvertToLong()).isFalse();
    }

    @Test
    void theTreesAccessorsAtTheirEdges() {
        Node array = Node.array(List.of(Node.string("a"), Node.bool(true)));
        assertThat(array.get(0)).isEqualTo(Node.string("a"));
        assertThat(array.get(1).asBoolean()).isTrue();
        assertThat(array.get(2)).isNull();
        assertThat(array.get(-1)).isNull();
        assertThat(Node.bool(false).asBoolean()).isFalse();
        assertThat(Node.string("true").asBoolean()).isFalse();
        Node object = Node.object(Map.of("x", Node.NULL));
        assertThat(object.has("x")).isTrue();
        assertThat(object.has("y")).isFalse();
        assertThat(array.has("x")).isFalse();
        assertThat(object.path("y").isMissingNode()).isTrue();
        assertThat(object.path("x").isMissingNode()).isFalse();
        assertThat(Node.NULL.isMissingNode()).isFalse();
        List<Node> seen = new ArrayList<>();
        object.elements().forEachRemaining(seen::add);
        assertThat(seen).containsExactly(Node.NULL);
        seen.clear();
        array.elements().forEachRemaining(seen::add);
        assertThat(seen).hasSize(2);
        assertThat(Node.string("v").elements().hasNext()).isFalse();
    }

    @Test
    void nodesAreEqualByValueNumbersByTheirAmount() {
        assertThat(Node.number(new BigDecimal("1.0"), false)).isEqualTo(Node.number(new BigDecimal("1.00"), false))
                .hasSameHashCodeAs(Node.number(new BigDecimal("1.00"), false));
        assertThat(Node.number(new BigDecimal("1.0"), false)).isNotEqualTo(Node.number(new BigDecimal("1.1"), false));
        assertThat(Node.number(new BigDecimal("1"), false)).isNotEqualTo(Node.string("1"));
        assertThat(Node.string("1")).isNotEqualTo(Node.number(new BigDecimal("1"), false));
        assertThat(Node.bool(true)).isNotEqualTo(Node.bool(false));
        assertThat(Node.string("a")).isNotEqualTo(Node.string("b")).isEqualTo(Node.string("a")).hasSameHashCodeAs(Node.string("a"));
        assertThat(Node.array(List.of(Node.NULL))).isNotEqualTo(Node.array(List.of()));
        assertThat(Node.object(Map.of("a", Node.NULL))).isNotEqualTo(Node.object(Map.of("b", Node.NULL)));
        assertThat(Node.NULL).isNotEqualTo("null");
        assertThat(Node.string("a").hashCode()).isNotEqualTo(Node.string("b").hashCode());
    }
}
