package it.fsr.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON library's parser as fsr reads a document, token by token: what an adapter implements over Jackson 2's or
 * Jackson 3's parser, so that {@link #tree} — the structure, exact numbers, a key written twice refused — is written
 * once.
 */
public interface Tokens {
    /** The kinds of token fsr reads. */
    enum Kind {
        /** {@code {}}. */
        START_OBJECT,
        /** {@code }}. */
        END_OBJECT,
        /** {@code [}. */
        START_ARRAY,
        /** {@code ]}. */
        END_ARRAY,
        /** A field's name. */
        NAME,
        /** A string. */
        STRING,
        /** An integer. */
        INTEGER,
        /** A number with a fraction or an exponent. */
        DECIMAL,
        /** {@code true}. */
        TRUE,
        /** {@code false}. */
        FALSE,
        /** {@code null}. */
        NULL,
        /** Anything else a library may have (an embedded object). */
        OTHER
    }

    /** The token the parser is on, or null before the first. */
    Kind current();

    /** Moves to the next token; null at the end of the input. */
    Kind next() throws IOException;

    /** The current field's name. */
    String name() throws IOException;

    /** The current string. */
    String text() throws IOException;

    /** The current integer, exactly. */
    BigInteger integer() throws IOException;

    /** The current decimal number, exactly. */
    BigDecimal decimal() throws IOException;

    /** The JSON path of the current token, as {@code $.units[3].costs}. */
    String path();

    /**
     * The value the parser is on as fsr's tree, numbers exact whatever the mapper's settings (a service's mapper is not
     * ours to configure); a key written twice is an error ({@code FSR-JSON-DUPLICATE-KEY}), never the last value kept.
     */
    static Node tree(Tokens p) throws IOException {
        Kind t = p.current();
        if (t == null) {
            t = p.next();
        }
        if (t == null) {
            throw Json.fail("FSR-JSON-TYPE", p.path(), "", "a JSON value");
        }
        switch (t) {
            case START_OBJECT, NAME: {
                java.util.Map<String, Node> o = new java.util.LinkedHashMap<>();
                if (t == Kind.START_OBJECT) {
                    t = p.next();
                }
                for (; t == Kind.NAME; t = p.next()) {
                    String name = p.name();
                    p.next();
                    if (o.containsKey(name)) {
                        throw Json.fail("FSR-JSON-DUPLICATE-KEY", p.path(), name.length() > 80 ? name.substring(0, 80) + "…" : name);
                    }
                    o.put(name, tree(p));
                }
                return Node.object(o);
            }
            case START_ARRAY: {
                java.util.List<Node> a = new java.util.ArrayList<>();
                for (Kind k = p.next(); k != Kind.END_ARRAY; k = p.next()) {
                    if (k == null) {
                        throw Json.fail("FSR-JSON-TYPE", p.path(), "", "a JSON value");
                    }
                    a.add(tree(p));
                }
                return Node.array(a);
            }
            case STRING:
                return Node.string(p.text());
            case INTEGER:
                return Node.number(p.integer());
            case DECIMAL:
                return Node.number(p.decimal(), false);
            case TRUE:
                return Node.bool(true);
            case FALSE:
                return Node.bool(false);
            case NULL:
                return Node.NULL;
            default:
                throw Json.fail("FSR-JSON-TYPE", p.path(), t.name().toLowerCase(java.util.Locale.ROOT), "a JSON value");
        }
    }
}
