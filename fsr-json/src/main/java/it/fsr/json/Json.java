package it.fsr.json;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** What the codecs share: the JSON path of a value, the readings of amounts and rates, violations placed at a path. */
final class Json {
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,16}(\\.\\d{1,2})?");
    private static final Pattern PERCENT = Pattern.compile("-?\\d{1,16}(\\.\\d{1,20})?%");

    private Json() {
    }

    /** A field's path under {@code base}. */
    static String at(String base, String field) {
        return base + "." + field;
    }

    /** fsr's exception in the chain of causes of {@code error}, itself included. */
    static java.util.Optional<it.fsr.core.validation.FsrException> find(Throwable error) {
        java.util.Map<Throwable, Boolean> seen = new java.util.IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof it.fsr.core.validation.FsrException f) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    /** A coded violation at {@code field}. */
    static Violation problem(String code, String field, Object value, Object... args) {
        if (value instanceof Node n) {
            value = n.json(); // the value as the document had it, never the tree's summary
        }
        if ("FSR-JSON-TYPE".equals(code) && args.length == 1 && args[0] instanceof String expected) {
            args = new Object[] {phrase(expected)};
        }
        return Violation.coded(code, field, value, args);
    }

    /** What a field expects, as a phrase of the catalog when it is one (so an Italian message reads in Italian). */
    private static Object phrase(String expected) {
        return switch (expected) {
            case "a whole number" -> Violation.Phrase.of("json.expect.wholeNumber");
            case "a decimal number" -> Violation.Phrase.of("json.expect.decimal");
            case "a decimal number of at most 20 digits each side of the point" -> Violation.Phrase.of("json.expect.decimal20");
            case "true or false" -> Violation.Phrase.of("json.expect.boolean");
            case "a string" -> Violation.Phrase.of("json.expect.string");
            case "a date yyyy-mm-dd" -> Violation.Phrase.of("json.expect.date");
            case "an array" -> Violation.Phrase.of("json.expect.array");
            default -> expected.startsWith("one of ") ? Violation.Phrase.of("json.expect.oneOf", expected.substring(7))
                    : expected.startsWith("an object ") ? Violation.Phrase.of("json.expect.object", expected.substring(10)) : expected;
        };
    }

    /** The exception of one coded violation. */
    static ValidationException fail(String code, String field, Object value, Object... args) {
        return new ValidationException(List.of(problem(code, field, value, args)));
    }

    /**
     * The violations of a value read at {@code at} by a nested reader: a path of that reader ({@code $.x}) or
     * a field of the value ({@code x}) becomes a path under {@code at}.
     */
    static List<Violation> under(ValidationException e, String at) {
        return e.violations().stream()
                .map(v -> v.field().startsWith("$") ? v.at(at + v.field().substring(1)) : v.at(at(at, v.field()))).toList();
    }

    /** The violations of {@code e} placed at {@code field}, the value as the JSON had it. */
    static List<Violation> placed(ValidationException e, String field, String value) {
        return e.violations().stream().map(v -> v.at(field).withValue(value)).toList();
    }

    /**
     * An amount in euro from a JSON string ({@code "1234.50"}: digits, a point, at most two decimals) or a
     * JSON number read exactly ({@code 1234.5}); never in cents. Range-checked by {@link Euro#of(BigDecimal)}.
     */
    static Euro euro(Node node, String field) {
        // a JSON number is judged from its digits and exponent before it is printed: 1e100000000 is refused, not written out
        if (node.isNumber() && !it.fsr.core.money.Decimals.fits(node.decimalValue(), 13, 2)) {
            throw fail("FSR-JSON-AMOUNT", field, it.fsr.core.money.Decimals.echo(node.decimalValue()));
        }
        String text = node.isTextual() ? node.textValue() : node.isNumber() ? node.decimalValue().toPlainString() : "";
        if (node.isTextual() && !AMOUNT.matcher(text).matches() || !node.isTextual() && !node.isNumber()) {
            throw fail("FSR-JSON-AMOUNT", field, node.isTextual() || node.isNumber() ? text : node.typeName());
        }
        BigDecimal amount = node.isTextual() ? new BigDecimal(text) : node.decimalValue();
        try {
            return Euro.of(amount);
        } catch (ValidationException e) {
            if (amount.stripTrailingZeros().scale() > 2) {
                throw fail("FSR-JSON-AMOUNT", field, text);
            }
            throw new ValidationException(placed(e, field, text));
        }
    }

    /** The JSON text of an amount: a string of two decimals. */
    static String text(Euro e) {
        return e.toBigDecimal().toPlainString();
    }

    /** A rate from a percentage written as a string with its sign ({@code "12.5%"}); a bare number is refused. */
    static Rate rate(Node node, String field) {
        String text = node.isTextual() ? node.textValue() : node.json();
        if (!node.isTextual() || !PERCENT.matcher(text).matches()) {
            throw fail("FSR-JSON-RATE", field, text);
        }
        return Rate.ofPercent(new BigDecimal(text.substring(0, text.length() - 1)));
    }

    /** The JSON text of a rate: its percentage and the sign. */
    static String text(Rate r) {
        return r.percent().stripTrailingZeros().toPlainString() + "%";
    }
}
