package it.fsr.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Disability;
import it.fsr.isee.Relationship;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuMember;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strict JSON for fsr's documents, whatever the mapper's settings (the vendor's review, issue "the vendor's fsr"): a
 * fraction where a whole number is expected, a string where a number or a boolean is, a number where a boolean or an
 * enum is, a null element of a list — each an error naming its JSON path, never a value read some other way. Run with
 * a stock mapper and with one configured to coerce everything it can.
 */
class StrictJsonTest {
    static Stream<Arguments> mappers() {
        ObjectMapper stock = new ObjectMapper().findAndRegisterModules();
        ObjectMapper lenient = JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build().findAndRegisterModules();
        return Stream.of(Arguments.of("stock", stock), Arguments.of("lenient", lenient));
    }

    private static String dsu(ObjectMapper m) throws Exception {
        return m.writeValueAsString(Dsu.of("d", LocalDate.of(2025, 6, 10), List.of(
                DsuMember.of("T1", Relationship.DECLARANT, 45, Disability.NONE, true).withEmployeeIncome(Euro.parse("15000")),
                DsuMember.of("T2", Relationship.CHILD, 17, Disability.NONE, false))));
    }

    private static void refused(ObjectMapper m, String json, Class<?> type, String path) {
        assertThatThrownBy(() -> m.readValue(json, type)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).contains(path));
    }

    @ParameterizedTest(name = "{0} mapper")
    @MethodSource("mappers")
    void aValueOfAnotherJsonTypeIsAnErrorNamingItsPath(String name, ObjectMapper m) throws Exception {
        String ok = dsu(m);
        assertThat(m.readValue(ok, Dsu.class).members().get(1).age()).isEqualTo(17);
        // before: 17.9 read as 17 (ISEE 8,750.00 instead of 9,607.84), "17" accepted
        refused(m, ok.replace("\"age\":17", "\"age\":17.9"), Dsu.class, "$.members[1].age");
        refused(m, ok.replace("\"age\":17", "\"age\":\"17\""), Dsu.class, "$.members[1].age");
        refused(m, ok.replace("\"age\":17", "\"age\":17.0"), Dsu.class, "$.members[1].age");
        // before: "relationship": 2 became CHILD
        refused(m, ok.replace("\"relationship\":\"CHILD\"", "\"relationship\":2"), Dsu.class, "$.members[1].relationship");
        // before: "true" and 1 were read as true
        refused(m, ok.replace("\"worked6Months\":true", "\"worked6Months\":\"true\""), Dsu.class, "$.members[0].worked6Months");
        refused(m, ok.replace("\"worked6Months\":true", "\"worked6Months\":1"), Dsu.class, "$.members[0].worked6Months");
        refused(m, ok.replace("\"id\":\"T1\"", "\"id\":7"), Dsu.class, "$.members[0].id");
        refused(m, ok.replace("\"date\":\"2025-06-10\"", "\"date\":20250610"), Dsu.class, "$.date");
        // a null member is an error of its place, not a NullPointerException (before: a 500)
        refused(m, ok.replace("\"members\":[", "\"members\":[null,"), Dsu.class, "$.members[0]");
    }

    @ParameterizedTest(name = "{0} mapper")
    @MethodSource("mappers")
    void unitsBeyondAnyServiceAndANullUserAreBadInput(String name, ObjectMapper m) throws Exception {
        String user = m.writeValueAsString(new User("u", Euro.parse("9000"), null, java.math.BigDecimal.ONE));
        refused(m, user.replace("\"units\":1", "\"units\":999999999999999999999999"), User.class, "$.units");
        refused(m, user.replace("\"units\":1", "\"units\":\"1\""), User.class, "$.units");
        // a null in a list of a request is an error of its place (before: a NullPointerException, a 500)
        refused(m, "{\"budget\":\"100.00\",\"claims\":[null],\"threshold\":null,\"policy\":\"LARGEST_REMAINDER\"}",
                it.fsr.core.allocation.AllocationRequest.class, "$.claims[0]");
    }
}
