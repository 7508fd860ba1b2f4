package it.fsr.json;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Label;
import it.fsr.core.explain.Languages;
import it.fsr.core.explain.MessageCatalog;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The codecs of fsr's values: {@link Euro} as a string of two decimals, {@link Rate} as a percentage string,
 * {@link Label} as its Italian and English texts, {@link Step} and {@link Explanation} as a tree of steps.
 */
final class ValueCodecs {
    private ValueCodecs() {
    }

    /** A label read back from JSON: its two texts, no arguments. */
    static Label literal(String italian, String english) {
        return new Label(new Texts(italian, english), "text", List.of());
    }

    /** The two texts of a label read back: a value, so that two readings of one document are equal. */
    private record Texts(String italian, String english) implements MessageCatalog {
        @Override
        public String pattern(String key, Locale locale) {
            return Languages.ENGLISH.equals(Languages.effective(locale)) ? english : italian;
        }

        @Override
        public String toString() {
            return "Texts";
        }
    }

    /** Texts in Italian (bit 1) and English (bit 2): both unless the writer asked for one ({@link FsrJson.Options#language()}). */
    static final int BOTH = 3;

    static void writeLabel(Label label, Out gen, int languages) throws IOException {
        gen.writeStartObject();
        // each text is rendered only when written: a label is a key and its values until then
        if ((languages & 1) != 0) {
            gen.writeStringField("it", label.render(Locale.ITALIAN));
        }
        if ((languages & 2) != 0) {
            gen.writeStringField("en", label.render(Locale.ENGLISH));
        }
        gen.writeEndObject();
    }

    /** A label: its Italian and its English text, or one of them (written for one language), which then serves both. */
    static Label readLabel(Node node, String field) {
        boolean it = node != null && node.path("it").isTextual();
        boolean en = node != null && node.path("en").isTextual();
        if (node == null || !node.isObject() || !it && !en || node.has("it") && !it || node.has("en") && !en) {
            throw Json.fail("FSR-JSON-TYPE", field, (node == null ? "null" : node.json()), "{\"it\": text, \"en\": text}");
        }
        return literal(it ? node.get("it").textValue() : node.get("en").textValue(), en ? node.get("en").textValue() : node.get("it").textValue());
    }

    /**
     * Writes a value of an explanation or of a message's arguments with its kind, so that it reads back as
     * the same kind and renders the same way: {@code {"type": "euro", "value": "12.50"}}.
     */
    static void writeTyped(Object v, Out gen, int languages) throws IOException {
        if (v == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject();
        if (v instanceof Euro e) {
            gen.writeStringField("type", "euro");
            gen.writeStringField("value", Json.text(e));
        } else if (v instanceof Rate r) {
            gen.writeStringField("type", "rate");
            gen.writeStringField("value", Json.text(r));
        } else if (v instanceof BigDecimal d) {
            gen.writeStringField("type", "decimal");
            gen.writeStringField("value", d.toPlainString());
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            gen.writeStringField("type", "integer");
            gen.writeNumberField("value", ((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            gen.writeStringField("type", "boolean");
            gen.writeBooleanField("value", b);
        } else if (v instanceof LocalDate d) {
            gen.writeStringField("type", "date");
            gen.writeStringField("value", d.toString());
        } else if (v instanceof it.fsr.core.validation.Violation.Phrase ph) {
            gen.writeStringField("type", "phrase");
            gen.writeObjectFieldStart("value");
            gen.writeStringField("key", ph.key());
            gen.writeArrayFieldStart("args");
            for (String a : ph.args()) {
                gen.writeString(a);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        } else if (v instanceof Label l) {
            gen.writeStringField("type", "label");
            gen.writeFieldName("value");
            writeLabel(l, gen, languages);
        } else {
            gen.writeStringField("type", "text");
            gen.writeStringField("value", v.toString());
        }
        gen.writeEndObject();
    }

    static Object readTyped(Node node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        String type = node.path("type").asText("");
        Node value = node.path("value");
        String at = Json.at(field, "value");
        return switch (type) {
            case "euro" -> Json.euro(value, at);
            case "rate" -> Json.rate(value, at);
            case "decimal" -> {
                try {
                    yield new BigDecimal(value.asText());
                } catch (NumberFormatException e) {
                    throw Json.fail("FSR-JSON-TYPE", at, value.json(), "a decimal number");
                }
            }
            case "integer" -> {
                if (!value.canConvertToLong() || !value.isIntegralNumber()) {
                    throw Json.fail("FSR-JSON-TYPE", at, value.json(), "a whole number");
                }
                yield value.longValue();
            }
            case "boolean" -> value.asBoolean();
            case "date" -> {
                try {
                    yield LocalDate.parse(value.asText());
                } catch (java.time.format.DateTimeParseException e) {
                    throw Json.fail("FSR-JSON-TYPE", at, value.json(), "a date yyyy-mm-dd");
                }
            }
            case "label" -> readLabel(value, at);
            case "phrase" -> {
                if (!value.path("key").isTextual() || !value.path("args").isArray()) {
                    throw Json.fail("FSR-JSON-TYPE", at, value.json(), "{\"key\": text, \"args\": [text]}");
                }
                List<String> args = new ArrayList<>();
                value.get("args").forEach(a -> args.add(a.asText()));
                yield new it.fsr.core.validation.Violation.Phrase(value.get("key").textValue(), args);
            }
            case "text" -> value.asText();
            default -> throw Json.fail("FSR-JSON-TYPE", Json.at(field, "type"), type,
                    "one of euro, rate, decimal, integer, boolean, date, label, phrase, text");
        };
    }

    static void writeStep(Step s, Out gen, int languages) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName("label");
        writeLabel(s.label(), gen, languages);
        gen.writeFieldName("value");
        writeTyped(s.value(), gen, languages);
        gen.writeStringField("rule", s.rule());
        gen.writeStringField("source", s.source());
        gen.writeArrayFieldStart("children");
        for (Step c : s.children()) {
            writeStep(c, gen, languages);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    static Step readStep(Node node, String field) {
        if (node == null || !node.isObject()) {
            throw Json.fail("FSR-JSON-TYPE", field, (node == null ? "null" : node.json()), "a step {label, value, rule, source, children}");
        }
        List<Step> children = new ArrayList<>();
        Node kids = node.path("children");
        for (int i = 0; i < kids.size(); i++) {
            children.add(readStep(kids.get(i), field + ".children[" + i + "]"));
        }
        return new Step(readLabel(node.get("label"), Json.at(field, "label")), readTyped(node.get("value"), Json.at(field, "value")),
                node.path("rule").asText(""), node.path("source").asText(""), children);
    }

    /**
     * An explanation: its steps, and its text for display (not read back), in the languages the writer asked for
     * ({@link FsrJson.Options#language()}; Italian and English when unset); {@code null} when the writer asked for none
     * ({@link FsrJson.Options#explanations()} false): nothing of it is rendered then.
     */
    static void writeExplanation(Explanation value, Out gen, Ctx provider) throws IOException {
        if (!provider.explanations()) {
            gen.writeNull();
            return;
        }
        int languages = provider.languages();
        gen.writeStartObject();
        gen.writeArrayFieldStart("steps");
        for (Step s : value.steps()) {
            writeStep(s, gen, languages);
        }
        gen.writeEndArray();
        gen.writeObjectFieldStart("text");
        if ((languages & 1) != 0) {
            gen.writeStringField("it", value.toText(Locale.ITALIAN));
        }
        if ((languages & 2) != 0) {
            gen.writeStringField("en", value.toText(Locale.ENGLISH));
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    static Explanation readExplanation(Node tree, String path, Ctx ctxt) {
        Node node = tree;
        Node steps = node.path("steps");
        if (!steps.isArray()) {
            throw Json.fail("FSR-JSON-TYPE", Json.at(path, "steps"), String.valueOf(node.get("steps")), "an array of steps");
        }
        List<Step> list = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            list.add(readStep(steps.get(i), path + ".steps[" + i + "]"));
        }
        return Explanation.of(list);
    }

}
