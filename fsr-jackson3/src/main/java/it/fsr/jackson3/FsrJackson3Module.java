package it.fsr.jackson3;

import it.fsr.json.FsrJson;
import it.fsr.json.Node;
import it.fsr.json.Out;
import it.fsr.json.Tokens;
import java.math.BigInteger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Jackson 3 support for fsr's types, registered by {@code JsonMapper.builder().findAndAddModules()} (a
 * {@code META-INF/services} entry and a {@code provides} of the module descriptor), by Spring Boot 4's Jackson
 * auto-configuration through {@code fsr-spring-boot}, or by hand with {@code addModule(new FsrJackson3Module())}.
 *
 * <p>The documents are {@code fsr-json}'s ({@link FsrJson}), the same reading and the same bytes as {@code fsr-jackson}
 * on Jackson 2, whatever the mapper's settings (one test suite runs against both). The writer attributes
 * {@link #LANGUAGE} and {@link #EXPLANATIONS} are Jackson 2's. Stateless and thread-safe. Built on Jackson 3.3.
 */
public final class FsrJackson3Module extends JacksonModule {
    /** The writer attribute naming the one language of the texts written: a {@link java.util.Locale} or "it"/"en". */
    public static final String LANGUAGE = "fsr.language";
    /** The writer attribute saying whether explanations are written: {@code Boolean.FALSE} writes each as {@code null}. */
    public static final String EXPLANATIONS = "fsr.explanations";

    /** A module; the mapper calls {@link #setupModule}. */
    public FsrJackson3Module() {
    }

    @Override
    public String getModuleName() {
        return "fsr";
    }

    @Override
    public Version version() {
        return new Version(0, 3, 0, "SNAPSHOT", "it.fsr", "fsr-jackson3");
    }

    @Override
    public void setupModule(SetupContext context) {
        ValueSerializer<Object> writer = new Writer();
        context.addSerializers(new Serializers.Base() {
            @Override
            public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
                    com.fasterxml.jackson.annotation.JsonFormat.Value format) {
                return FsrJson.writes(type.getRawClass()) ? writer : null;
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
                return FsrJson.reads(type.getRawClass()) ? new Reader(type.getRawClass()) : null;
            }

            @Override
            public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
                return FsrJson.reads(valueType);
            }
        });
    }

    private static final class Writer extends StdSerializer<Object> {
        Writer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            Object explain = ctxt.getAttribute(EXPLANATIONS);
            FsrJson.Options options = new FsrJson.Options(FsrJson.language(ctxt.getAttribute(LANGUAGE)),
                    explain == null || Boolean.TRUE.equals(explain) || "true".equals(explain));
            try {
                FsrJson.write(value, out(gen), options);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // Jackson 3's generator throws no checked exception
            }
        }
    }

    private static final class Reader extends StdDeserializer<Object> {
        Reader(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            String path = path(p);
            return FsrJson.read(tree(p), handledType(), path);
        }
    }

    /** The path of the value the parser is on, as {@code $.units[3].costs}. */
    static String path(JsonParser p) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = p.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.currentName() != null) {
                parts.push("." + c.currentName());
            }
        }
        return "$" + String.join("", parts);
    }

    /** The value the parser is on as fsr's tree ({@link Tokens#tree}). */
    static Node tree(JsonParser p) {
        try {
            return Tokens.tree(new Tokens() {
                @Override
                public Kind current() {
                    return kind(p.currentToken());
                }

                @Override
                public Kind next() {
                    return kind(p.nextToken());
                }

                @Override
                public String name() {
                    return p.currentName();
                }

                @Override
                public String text() {
                    return p.getString();
                }

                @Override
                public BigInteger integer() {
                    return p.getBigIntegerValue();
                }

                @Override
                public BigDecimal decimal() {
                    return p.getDecimalValue();
                }

                @Override
                public String path() {
                    return FsrJackson3Module.path(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // Jackson 3's parser throws no checked exception
        }
    }

    private static Tokens.Kind kind(JsonToken t) {
        if (t == null) {
            return null;
        }
        return switch (t) {
            case START_OBJECT -> Tokens.Kind.START_OBJECT;
            case END_OBJECT -> Tokens.Kind.END_OBJECT;
            case START_ARRAY -> Tokens.Kind.START_ARRAY;
            case END_ARRAY -> Tokens.Kind.END_ARRAY;
            case PROPERTY_NAME -> Tokens.Kind.NAME;
            case VALUE_STRING -> Tokens.Kind.STRING;
            case VALUE_NUMBER_INT -> Tokens.Kind.INTEGER;
            case VALUE_NUMBER_FLOAT -> Tokens.Kind.DECIMAL;
            case VALUE_TRUE -> Tokens.Kind.TRUE;
            case VALUE_FALSE -> Tokens.Kind.FALSE;
            case VALUE_NULL -> Tokens.Kind.NULL;
            default -> Tokens.Kind.OTHER;
        };
    }

    /** fsr's {@link Out} over Jackson 3's generator. */
    static Out out(JsonGenerator g) {
        return new Out() {
            @Override
            public void writeStartObject() {
                g.writeStartObject();
            }

            @Override
            public void writeEndObject() {
                g.writeEndObject();
            }

            @Override
            public void writeStartArray() {
                g.writeStartArray();
            }

            @Override
            public void writeEndArray() {
                g.writeEndArray();
            }

            @Override
            public void writeFieldName(String name) {
                g.writeName(name);
            }

            @Override
            public void writeString(String text) {
                g.writeString(text);
            }

            @Override
            public void writeNumber(BigDecimal value) {
                g.writeNumber(value);
            }

            @Override
            public void writeNumber(long value) {
                g.writeNumber(value);
            }

            @Override
            public void writeBoolean(boolean value) {
                g.writeBoolean(value);
            }

            @Override
            public void writeNull() {
                g.writeNull();
            }
        };
    }
}
