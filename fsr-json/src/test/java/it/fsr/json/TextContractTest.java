package it.fsr.json;

import it.fsr.json.contract.JsonContract;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * fsr's JSON contract with no JSON library at all: fsr-json's own writer ({@link Out}) builds its tree and prints it,
 * a small reader of JSON text gives fsr-json its {@link Tokens}. The same documents, to the same bytes as Jackson 2's
 * and Jackson 3's (the golden file), read back the same, refused the same: what fsr-json does, measured by its own tests.
 */
class TextContractTest extends JsonContract {
    @Override
    protected String write(Object value, Object language, Boolean explanations) throws Exception {
        FsrJson.Options o = new FsrJson.Options(FsrJson.language(language), explanations == null || explanations);
        return node(value, o).json();
    }

    /** A value as the tree a mapper writes: lists and maps by the mapper, fsr's values by fsr. */
    private static Node node(Object value, FsrJson.Options o) throws IOException {
        if (value == null) {
            return Node.NULL;
        }
        if (value instanceof List<?> l) {
            List<Node> items = new ArrayList<>();
            for (Object x : l) {
                items.add(node(x, o));
            }
            return Node.array(items);
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Node> fields = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                fields.put(String.valueOf(e.getKey()), node(e.getValue(), o));
            }
            return Node.object(fields);
        }
        if (value instanceof String s) {
            return Node.string(s);
        }
        TreeOut out = new TreeOut();
        FsrJson.write(value, out, o);
        return out.result();
    }

    @Override
    protected Object read(String json, Class<?> type, Class<?> element) throws Exception {
        Node tree = tree(json);
        if (element == null) {
            return FsrJson.read(tree, (Type) type, "$");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            out.add(FsrJson.read(tree.get(i), (Type) element, "$[" + i + "]"));
        }
        return out;
    }

    @Override
    protected int status(Throwable error) {
        return FsrJson.find(error).map(FsrJson::status).orElse(500);
    }

    @Override
    protected Node tree(String json) throws Exception {
        TextTokens t = new TextTokens(json);
        t.next();
        return Tokens.tree(t);
    }

    /** fsr's {@link Out} building a tree. */
    static final class TreeOut implements Out {
        private final Deque<Object> open = new ArrayDeque<>();
        private final Deque<String> names = new ArrayDeque<>();
        private Node result;

        Node result() {
            return result;
        }

        @SuppressWarnings("unchecked")
        private void value(Node n) {
            if (open.isEmpty()) {
                result = n;
            } else if (open.peek() instanceof Map<?, ?> m) {
                ((Map<String, Node>) m).put(names.pop(), n);
            } else {
                ((List<Node>) open.peek()).add(n);
            }
        }

        @Override
        public void writeStartObject() {
            open.push(new LinkedHashMap<String, Node>());
        }

        @Override
        @SuppressWarnings("unchecked")
        public void writeEndObject() {
            value(Node.object((Map<String, Node>) open.pop()));
        }

        @Override
        public void writeStartArray() {
            open.push(new ArrayList<Node>());
        }

        @Override
        @SuppressWarnings("unchecked")
        public void writeEndArray() {
            value(Node.array((List<Node>) open.pop()));
        }

        @Override
        public void writeFieldName(String name) {
            names.push(name);
        }

        @Override
        public void writeString(String text) {
            value(Node.string(text));
        }

        @Override
        public void writeNumber(BigDecimal v) {
            value(Node.number(v, false));
        }

        @Override
        public void writeNumber(long v) {
            value(Node.number(BigInteger.valueOf(v)));
        }

        @Override
        public void writeBoolean(boolean v) {
            value(Node.bool(v));
        }

        @Override
        public void writeNull() {
            value(Node.NULL);
        }
    }

    /** A reader of JSON text (RFC 8259) as fsr's {@link Tokens}, with the path of each token. */
    static final class TextTokens implements Tokens {
        private final String s;
        private int pos;
        private Kind current;
        private String name;
        private String text;
        private String number;
        /** Per open container: its kind, the last name or index. */
        private final Deque<Object[]> stack = new ArrayDeque<>();
        private boolean expectName;

        TextTokens(String s) {
            this.s = s;
        }

        @Override
        public Kind current() {
            return current;
        }

        private void blanks() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private IOException error(String what) {
            return new IOException("not JSON at " + pos + ": " + what);
        }

        @Override
        public Kind next() throws IOException {
            blanks();
            if (pos < s.length() && (s.charAt(pos) == ',' || s.charAt(pos) == ':')) {
                pos++;
                blanks();
            }
            if (pos >= s.length()) {
                current = null;
                return null;
            }
            char c = s.charAt(pos);
            Object[] top = stack.peek();
            boolean inObject = top != null && top[0] == Kind.START_OBJECT;
            if (inObject && expectName && c == '"') {
                name = string();
                top[1] = name;
                expectName = false;
                current = Kind.NAME;
                return current;
            }
            if (top != null && top[0] == Kind.START_ARRAY && c != ']') {
                top[1] = (Integer) top[1] + 1;
            }
            switch (c) {
                case '{' -> {
                    pos++;
                    stack.push(new Object[] {Kind.START_OBJECT, null});
                    expectName = true;
                    current = Kind.START_OBJECT;
                }
                case '[' -> {
                    pos++;
                    stack.push(new Object[] {Kind.START_ARRAY, -1});
                    current = Kind.START_ARRAY;
                }
                case '}', ']' -> {
                    pos++;
                    stack.pop();
                    current = c == '}' ? Kind.END_OBJECT : Kind.END_ARRAY;
                }
                case '"' -> {
                    text = string();
                    current = Kind.STRING;
                }
                case 't' -> current = literal("true", Kind.TRUE);
                case 'f' -> current = literal("false", Kind.FALSE);
                case 'n' -> current = literal("null", Kind.NULL);
                default -> {
                    int start = pos;
                    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                        pos++;
                    }
                    if (start == pos) {
                        throw error("unexpected " + c);
                    }
                    number = s.substring(start, pos);
                    current = number.contains(".") || number.contains("e") || number.contains("E") ? Kind.DECIMAL : Kind.INTEGER;
                }
            }
            Object[] now = stack.peek();
            if (now != null && now[0] == Kind.START_OBJECT && current != Kind.START_OBJECT) {
                expectName = true;
            }
            return current;
        }

        private Kind literal(String word, Kind kind) throws IOException {
            if (!s.startsWith(word, pos)) {
                throw error("expected " + word);
            }
            pos += word.length();
            return kind;
        }

        private String string() throws IOException {
            StringBuilder b = new StringBuilder();
            pos++;
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(pos++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            throw error("a string never closed");
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public BigInteger integer() {
            return new BigInteger(number);
        }

        @Override
        public BigDecimal decimal() {
            return new BigDecimal(number);
        }

        @Override
        public String path() {
            StringBuilder b = new StringBuilder();
            List<Object[]> frames = new ArrayList<>(stack);
            java.util.Collections.reverse(frames);
            for (Object[] f : frames) {
                if (f[0] == Kind.START_ARRAY) {
                    b.append('[').append(Math.max(0, (Integer) f[1])).append(']');
                } else if (f[1] != null) {
                    b.append('.').append(f[1]);
                }
            }
            return "$" + b;
        }
    }
}
