package it.fsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.allocation.MultiCriteria;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.compartecipazione.User;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** fsr's records read strictly through their canonical constructors: each kind of component, each wrong value named with its path. */
class RecordReadingTest {
    private final TextContractTest json = new TextContractTest();

    private static final String USER = "{\"id\":\"u1\",\"isee\":\"12000.00\",\"iseeFf\":null,\"units\":2.5,\"resident\":true,\"rank\":2,\"disabled\":false}";

    private Object read(String text, Class<?> type) {
        try {
            return json.read(text, type, null);
        } catch (ValidationException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void refused(String text, Class<?> type, Consumer<List<Violation>> check) {
        assertThatThrownBy(() -> read(text, type)).isInstanceOfSatisfying(ValidationException.class, e -> check.accept(e.violations()));
    }

    @Test
    void aUserReadsThroughItsConstructor() {
        User u = (User) read(USER, User.class);
        assertThat(u).isEqualTo(new User("u1", Euro.parse("12000.00"), null, new BigDecimal("2.5"), true, 2, false));
    }

    @Test
    void anIntegerBeyondItsTypeIsNoRank() {
        refused(USER.replace("\"rank\":2", "\"rank\":2147483648"), User.class, v -> assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("$.rank");
            assertThat(x.code()).isEqualTo("FSR-JSON-TYPE");
        }));
        assertThat(((User) read(USER.replace("\"rank\":2", "\"rank\":2147483647"), User.class)).rank()).isEqualTo(Integer.MAX_VALUE);
        refused(USER.replace("\"rank\":2", "\"rank\":-2147483649"), User.class, v -> assertThat(v).extracting(Violation::field).containsExactly("$.rank"));
    }

    @Test
    void aWrongDecimalIsEchoedAsWrittenAndBounded() {
        refused(USER.replace("\"units\":2.5", "\"units\":\"abc\""), User.class, v -> assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("$.units");
            assertThat(x.value()).isEqualTo("abc");
        }));
        String longText = "x".repeat(100);
        refused(USER.replace("\"units\":2.5", "\"units\":\"" + longText + "\""), User.class, v -> assertThat(v).singleElement()
                .satisfies(x -> assertThat(String.valueOf(x.value())).startsWith("x".repeat(80) + "…").doesNotContain("x".repeat(81))));
        String eighty = "y".repeat(80);
        refused(USER.replace("\"units\":2.5", "\"units\":\"" + eighty + "\""), User.class, v -> assertThat(v).singleElement()
                .satisfies(x -> assertThat(String.valueOf(x.value())).isEqualTo(eighty)));
        refused(USER.replace("\"units\":2.5", "\"units\":true"), User.class, v -> assertThat(v).singleElement()
                .satisfies(x -> assertThat(String.valueOf(x.value())).isEqualTo("true")));
        refused(USER.replace("\"units\":2.5", "\"units\":123456789012345678901"), User.class, v -> assertThat(v).singleElement()
                .satisfies(x -> {
                    assertThat(x.field()).isEqualTo("$.units");
                    assertThat(x.message(java.util.Locale.ENGLISH)).contains("20 digits");
                }));
    }

    @Test
    void aConstructorsProblemIsPlacedUnderTheRecordsPath() {
        refused(USER.replace("\"units\":2.5", "\"units\":12345678"), User.class,
                v -> assertThat(v).extracting(Violation::field).containsExactly("$.user.units"));
    }

    @Test
    void anUnknownFieldAloneIsRefused() {
        refused(USER.replace("}", ",\"colour\":\"red\"}"), User.class, v -> assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("$.colour");
        }));
    }

    @Test
    void aMapComponentMustBeAnObjectOfItsValues() {
        String ok = "{\"name\":\"popolazione\",\"weight\":\"60%\",\"values\":{\"A\":10,\"B\":20.5}}";
        MultiCriteria.Criterion c = (MultiCriteria.Criterion) read(ok, MultiCriteria.Criterion.class);
        assertThat(c.values()).containsEntry("A", new BigDecimal("10")).containsEntry("B", new BigDecimal("20.5"));
        refused(ok.replace("{\"A\":10,\"B\":20.5}", "[10,20]"), MultiCriteria.Criterion.class,
                v -> assertThat(v).extracting(Violation::field).containsExactly("$.values"));
        refused(ok.replace("\"B\":20.5", "\"B\":\"x\""), MultiCriteria.Criterion.class,
                v -> assertThat(v).extracting(Violation::field).containsExactly("$.values.B"));
    }

    @Test
    void aListComponentMustBeAnArrayWithoutNulls() {
        String ok = "{\"budget\":\"100.00\",\"claims\":[{\"key\":\"A\",\"weight\":1}],\"threshold\":null,\"policy\":null,\"reweighting\":null}";
        Object parsed;
        try {
            parsed = read(ok, it.fsr.core.allocation.AllocationRequest.class);
        } catch (ValidationException e) {
            parsed = null; // the claim's shape is the contract's: here only the list's own checks matter
        }
        refused(ok.replace("[{\"key\":\"A\",\"weight\":1}]", "{\"key\":\"A\"}"), it.fsr.core.allocation.AllocationRequest.class,
                v -> assertThat(v).extracting(Violation::field).contains("$.claims"));
        refused(ok.replace("[{\"key\":\"A\",\"weight\":1}]", "[null]"), it.fsr.core.allocation.AllocationRequest.class,
                v -> assertThat(v).extracting(Violation::field).contains("$.claims[0]"));
        assertThat(parsed == null || parsed instanceof it.fsr.core.allocation.AllocationRequest).isTrue();
    }
}
