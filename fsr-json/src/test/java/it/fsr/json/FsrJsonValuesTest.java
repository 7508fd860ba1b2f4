package it.fsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.allocation.RoundingPolicy;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.MissingParameterException;
import it.fsr.core.validation.FsrException;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.compartecipazione.Band;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** fsr-json's writer of plain Java values, its problem documents (RFC 9457) and its readers of types that are not records. */
class FsrJsonValuesTest {
    private final TextContractTest json = new TextContractTest();

    private static String write(Object v) throws Exception {
        TextContractTest.TreeOut out = new TextContractTest.TreeOut();
        FsrJson.write(v, out, FsrJson.Options.DEFAULT);
        return out.result().json();
    }

    private Object read(String text, Type type) throws Exception {
        return FsrJson.read(json.tree(text), type, "$");
    }

    @Test
    void plainJavaValuesAreWrittenAsJson() throws Exception {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(RoundingPolicy.values()[0], List.of(1, 2L, (short) 3, (byte) 4));
        m.put("array", new int[] {5, 6});
        m.put("decimal", new BigDecimal("1.50"));
        m.put("big", new BigInteger("123456789012345678901234567890"));
        m.put("date", LocalDate.of(2025, 1, 31));
        m.put("duration", Duration.ofHours(2));
        m.put("some", Optional.of("x"));
        m.put("none", Optional.empty());
        m.put("long", OptionalLong.of(9));
        m.put("noLong", OptionalLong.empty());
        m.put("int", OptionalInt.of(8));
        m.put("noInt", OptionalInt.empty());
        m.put("flag", Boolean.TRUE);
        m.put("null", null);
        m.put("other", new StringBuilder("sb"));
        assertThat(write(m)).isEqualTo("{\"" + RoundingPolicy.values()[0].name() + "\":[1,2,3,4],\"array\":[5,6],\"decimal\":1.50,"
                + "\"big\":123456789012345678901234567890,\"date\":\"2025-01-31\",\"duration\":\"PT2H\",\"some\":\"x\",\"none\":null,"
                + "\"long\":9,\"noLong\":null,\"int\":8,\"noInt\":null,\"flag\":true,\"null\":null,\"other\":\"sb\"}");
    }

    @Test
    void aProblemDocumentNamesItsTypeTitleStatusAndCode() throws Exception {
        ValidationException bad = ValidationException.of("isee", "-5", "must not be negative");
        String text = write(bad);
        assertThat(text).startsWith("{\"type\":\"urn:fsr:problem:" + bad.code().toLowerCase(Locale.ROOT) + "\",\"title\":\"Invalid input\",\"status\":400,")
                .contains("\"detail\":\"", "\"code\":\"" + bad.code() + "\"", "\"field\":\"isee\"", "\"value\":\"-5\"", "\"messageIt\":\"");
        ValidationException back = (ValidationException) read(text, ValidationException.class);
        assertThat(back.violations()).extracting(Violation::field, Violation::value, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("isee", "-5", bad.violations().get(0).code()));
        MissingParameterException missing = new MissingParameterException("lep.target", 2031, "no act");
        assertThat(FsrJson.problemType(missing)).isEqualTo("urn:fsr:problem:fsr-param-missing");
        assertThat(FsrJson.problemTitle(missing)).isEqualTo("No act loaded for the period asked");
        assertThat(FsrJson.status(missing)).isEqualTo(500);
        String m = write(missing);
        assertThat(m).contains("\"status\":500");
        FsrException again = (FsrException) read(m, FsrException.class);
        assertThat(again).isInstanceOf(MissingParameterException.class);
        assertThat(((MissingParameterException) again).parameter()).isEqualTo("lep.target");
    }

    @Test
    void anotherCodeOfTheServiceIsTitledAsTheServicesFailure() {
        FsrException other = new FsrException("x") {
            @Override
            public String code() {
                return "FSR-OTHER";
            }

            @Override
            public List<Violation> violations() {
                return List.of();
            }

            @Override
            public boolean isInputProblem() {
                return false;
            }
        };
        assertThat(FsrJson.problemTitle(other)).isEqualTo("fsr could not compute the result");
    }

    @Test
    void aProblemDocumentWithoutViolationsOrOfAnotherCodeIsRefused() {
        assertThatThrownBy(() -> read("{\"code\":\"FSR-INPUT-INVALID\",\"violations\":[]}", ValidationException.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$.violations"));
        String input = "{\"code\":\"FSR-INPUT-INVALID\",\"violations\":[{\"code\":\"FSR-INPUT\",\"field\":\"a\",\"value\":\"b\",\"message\":\"m\",\"args\":[]}]}";
        assertThatThrownBy(() -> read(input, MissingParameterException.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$.code"));
        assertThatThrownBy(() -> read(input.replace("\"args\":[]", "\"args\":[],\"extra\":1"), ValidationException.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$.violations[0].extra"));
        assertThatThrownBy(() -> read(input.replace("\"code\":\"FSR-INPUT-INVALID\",", "\"colour\":1,\"code\":\"FSR-INPUT-INVALID\","), ValidationException.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$.colour"));
    }

    @Test
    void typesThatAreNotRecordsAreReadByTheirOwnRules() throws Exception {
        assertThat(read("{\"kind\":\"fixed\",\"from\":\"0.00\",\"to\":null,\"fee\":\"5.00\"}", Band.class))
                .isEqualTo(new Band.Fixed(Euro.ZERO, null, Euro.parse("5.00")));
        assertThat(read("12", Integer.class)).isEqualTo(12);
        assertThat(read("\"x\"", String.class)).isEqualTo("x");
        Type listOfEuro = new ParameterizedType() {
            public Type[] getActualTypeArguments() {
                return new Type[] {Euro.class};
            }

            public Type getRawType() {
                return List.class;
            }

            public Type getOwnerType() {
                return null;
            }
        };
        assertThat(read("[\"1.00\",\"2.50\"]", listOfEuro)).isEqualTo(List.of(Euro.parse("1.00"), Euro.parse("2.50")));
        assertThatThrownBy(() -> read("[\"1.00\",\"x\"]", listOfEuro)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$[1]"));
        assertThatThrownBy(() -> read("{\"budget\":\"1.00\"}", it.fsr.core.allocation.Allocation.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("FSR-JSON-WRITE-ONLY"));
        assertThatThrownBy(() -> read("[1]", it.fsr.isee.compartecipazione.Schedule.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$"));
    }

    @Test
    void anAmountIsAStringOfTwoDecimalsOrAnExactNumber() {
        for (String[] c : new String[][] {{"\"12.345\"", "12.345"}, {"12.345", null}, {"true", "boolean"}, {"1e20", null}, {"\"12,50\"", "12,50"}}) {
            assertThatThrownBy(() -> Json.euro(json.tree(c[0]), "$.x")).as(c[0]).isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("FSR-JSON-AMOUNT");
                    assertThat(v.field()).isEqualTo("$.x");
                    if (c[1] != null) {
                        assertThat(v.value()).isEqualTo(c[1]);
                    }
                });
            });
        }
        assertThat(Json.euro(Node.number(new BigDecimal("12.5"), false), "$")).isEqualTo(Euro.parse("12.50"));
        assertThat(Json.euro(Node.string("12.50"), "$")).isEqualTo(Euro.parse("12.50"));
    }

    @Test
    void whatAFieldExpectsIsSaidInTheReadersLanguage() {
        Violation wholeNumber = Json.problem("FSR-JSON-TYPE", "$.n", Node.string("x"), "a whole number");
        assertThat(wholeNumber.message(Locale.ITALIAN)).contains("un numero intero");
        assertThat(wholeNumber.message(Locale.ENGLISH)).contains("a whole number");
        assertThat(wholeNumber.value()).isEqualTo("\"x\"");
        assertThat(Json.problem("FSR-JSON-TYPE", "$.e", "Z", "one of A, B").message(Locale.ITALIAN)).contains("uno tra A, B");
        assertThat(Json.problem("FSR-JSON-TYPE", "$.o", "1", "an object Schedule").message(Locale.ITALIAN)).contains("un oggetto Schedule");
        assertThat(Json.problem("FSR-JSON-TYPE", "$.a", "1", "an array").message(Locale.ITALIAN)).contains("un array");
        assertThat(Json.problem("FSR-JSON-TYPE", "$.d", "1", "a date yyyy-mm-dd").message(Locale.ITALIAN)).contains("una data aaaa-mm-gg");
        assertThat(Json.problem("FSR-JSON-TYPE", "$.s", "1", "a string").message(Locale.ITALIAN)).contains("una stringa");
        assertThat(Json.problem("FSR-JSON-TYPE", "$.b", "1", "true or false").message(Locale.ITALIAN)).contains("true o false");
        assertThat(Json.problem("FSR-JSON-TYPE", "$.x", "1", "a decimal number").message(Locale.ITALIAN)).contains("un numero decimale");
        assertThat(Json.problem("FSR-JSON-TYPE", "$.x", "1", "a decimal number of at most 20 digits each side of the point").message(Locale.ITALIAN))
                .contains("al massimo 20 cifre");
        assertThat(Json.problem("FSR-JSON-TYPE", "$.x", "1", "a Band").message(Locale.ENGLISH)).contains("a Band");
        // another code's arguments stay as given
        assertThat(Json.problem("FSR-JSON-UNKNOWN-FIELD", "$.x", "1", "a whole number").args()).containsExactly("a whole number");
        assertThat(Json.problem("FSR-JSON-TYPE", "$.x", "1", "a whole number", "more").args()).containsExactly("a whole number", "more");
    }
}
