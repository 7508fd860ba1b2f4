package it.fsr.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.MissingParameterException;
import it.fsr.riparto.ServiceType;
import it.fsr.riparto.ServiceUnit;
import it.fsr.core.validation.FsrException;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.WorkStatus;
import it.fsr.isee.compartecipazione.Band;
import it.fsr.isee.compartecipazione.Schedule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The module's readings: amounts, rates, required fields, every problem at once, errors by type. */
class FsrModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    @Test
    void theModuleIsFoundByFindAndRegisterModules() {
        assertThat(mapper.getRegisteredModuleIds()).contains(FsrModule.class.getName());
    }

    @Test
    void anAmountIsAStringOfTwoDecimalsAndReadsFromEuroNeverCents() throws Exception {
        assertThat(mapper.writeValueAsString(Euro.parse("1000"))).isEqualTo("\"1000.00\"");
        assertThat(mapper.writeValueAsString(Euro.parse("-0.5"))).isEqualTo("\"-0.50\"");
        assertThat(mapper.readValue("1000", Euro.class)).isEqualTo(Euro.parse("1000.00"));
        assertThat(mapper.readValue("466.67", Euro.class)).isEqualTo(Euro.parse("466.67"));
        assertThat(mapper.readValue("\"466.67\"", Euro.class)).isEqualTo(Euro.parse("466.67"));
        // a JSON number is read exactly, never through a double: 0.1 + 0.2 stays 0.30
        assertThat(mapper.readValue("0.30", Euro.class)).isEqualTo(Euro.parse("0.30"));
    }

    @Test
    void aFractionOfACentOrAnItalianOrOutOfRangeAmountIsAnErrorNamingTheField() {
        for (String json : List.of("{\"isee\": 15000.001, \"scale\": 2.54}", "{\"isee\": \"15.000,00\", \"scale\": 2.54}",
                "{\"isee\": \"1e3\", \"scale\": 2.54}", "{\"isee\": true, \"scale\": 2.54}",
                "{\"isee\": 1000000000000.01, \"scale\": 2.54}")) {
            assertThatThrownBy(() -> mapper.readValue(json, IseeAttestation.class)).as(json)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("$.isee"));
        }
    }

    @Test
    void aRateIsAPercentageWithItsSignAndABareNumberIsRefused() throws Exception {
        assertThat(mapper.writeValueAsString(Rate.ofPercent(new BigDecimal("12.5")))).isEqualTo("\"12.5%\"");
        assertThat(mapper.readValue("\"12.5%\"", Rate.class)).isEqualTo(Rate.ofPercent(new BigDecimal("12.5")));
        assertThatThrownBy(() -> mapper.readValue("12.5", Rate.class)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-JSON-RATE"));
        assertThatThrownBy(() -> mapper.readValue("\"0.125\"", Rate.class)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aStockMapperCannotBuildAValueThroughItsPrivateConstructor() {
        ObjectMapper stock = new ObjectMapper();
        assertThatThrownBy(() -> stock.readValue("1000", Euro.class)).isNotInstanceOf(ValidationException.class)
                .hasMessageContaining("Euro");
        assertThatThrownBy(() -> stock.readValue("12.5", Rate.class)).hasMessageContaining("Rate");
        assertThatThrownBy(() -> stock.readValue("{\"cents\": 1000}", Euro.class)).hasMessageContaining("Euro");
    }

    @Test
    void aMissingFieldThatDecidesMoneyIsAnErrorAndEveryProblemIsListedAtOnce() {
        String json = """
                {"id": "F1", "date": "2021-11-19", "housing": "NORMAL",
                 "members": [{"id": "a", "relationship": "DECLARANT", "age": 35}, {"id": "b", "relationship": "CHILD", "age": "two"}],
                 "pets": 2}""";
        assertThatThrownBy(() -> mapper.readValue(json, Household.class)).isInstanceOfSatisfying(ValidationException.class, e -> {
            List<String> fields = e.violations().stream().map(Violation::field).toList();
            assertThat(fields).contains("$.pets", "$.widowed", "$.members[0].work", "$.members[1].age");
            assertThat(e.violations()).allSatisfy(v -> assertThat(v.code()).startsWith("FSR-"));
            assertThat(e.message(Locale.ITALIAN)).contains("$.widowed = null: è obbligatorio e non ha un valore predefinito");
        });
    }

    @Test
    void aHouseholdAUnitAndAScheduleRoundTrip() throws Exception {
        Household h = Household.of("F2", LocalDate.of(2021, 11, 19), Member.declarant(35, WorkStatus.WORKS),
                Member.child(2).withId("Anna").attendingNursery(), Member.child(7).withId("Luca"));
        String json = mapper.writeValueAsString(h);
        Household back = mapper.readValue(json, Household.class);
        assertThat(back.members()).isEqualTo(h.members());
        assertThat(back).isEqualTo(h).hasSameHashCodeAs(h);
        assertThat(mapper.writeValueAsString(back)).isEqualTo(json);

        ServiceUnit u = ServiceUnit.builder("U1", ServiceType.values()[0]).name("Nido").operator("Coop").comune("Adro")
                .authorised(true).seatedInAmbito(true).costs(Euro.parse("100000")).revenues(Euro.parse("20000")).build();
        String uj = mapper.writeValueAsString(u);
        assertThat(mapper.writeValueAsString(mapper.readValue(uj, ServiceUnit.class))).isEqualTo(uj);

        Schedule s = Schedule.builder("SAD").source("DCC 65/2017").kind(Schedule.Kind.values()[0]).unit(Schedule.Unit.values()[0])
                .cost(Euro.parse("13.80")).isee(it.fsr.isee.Variant.values()[0]).useFf(false).rounding(RoundingMode.HALF_UP)
                .exemptUpTo(Euro.parse("7500")).band(new Band.Linear(Euro.parse("0"), Euro.parse("30000"), Euro.ZERO, Euro.parse("8")))
                .fullCostAbove(Euro.parse("30000")).build();
        String sj = mapper.writeValueAsString(s);
        assertThat(mapper.writeValueAsString(mapper.readValue(sj, Schedule.class))).isEqualTo(sj);
        assertThat(mapper.readValue(sj, Schedule.class)).isEqualTo(s);
        it.fsr.isee.IseeAttestation att = it.fsr.isee.IseeAttestation.of(Euro.parse("9000.00"), new BigDecimal("1.57"), Euro.parse("14130.00"));
        assertThat(mapper.readValue(mapper.writeValueAsString(att), it.fsr.isee.IseeAttestation.class)).isEqualTo(att);
        assertThatThrownBy(() -> mapper.readValue(sj.replace("\"useFf\":false,", ""), Schedule.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("$.useFf"));
    }

    /** Every key of a schedule file has its JSON field: the shapes real acts use survive a round trip and price the same. */
    @Test
    void aScheduleWithEveryShapeRoundTripsAndPricesTheSame() throws Exception {
        Schedule s = it.fsr.isee.compartecipazione.ScheduleInput.read("s.properties", String.join("\n", "name=Centro estivo",
                "unit=altro", "unit_label=settimana", "users=minorenni", "cost=120", "isee=minorenni", "quadratic.1=0|20000|30|90", "bracket.2=20000||120",
                "no_isee=top_band", "non_resident=fee:110", "rank.2=80%", "rank.3=0%", "disability.exempt_up_to=10000",
                "disability.share=50%", "units_per_year=8")).schedule();
        String json = mapper.writeValueAsString(s);
        assertThat(json).contains("\"kind\":\"quadratic\"", "\"unitLabel\":\"settimana\"", "\"noIsee\":\"top_band\"",
                "\"nonResident\":\"fee:110.00\"", "\"rankShares\":{\"2\":\"80%\",\"3\":\"0%\"}", "\"disabilityShare\":\"50%\"",
                "\"unitsPerYear\":8", "\"users\":\"MINORENNI\"");
        Schedule back = mapper.readValue(json, Schedule.class);
        assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
        for (it.fsr.isee.compartecipazione.User u : List.of(
                new it.fsr.isee.compartecipazione.User("a", Euro.parse("7777"), null, java.math.BigDecimal.ONE, true, 1, false),
                new it.fsr.isee.compartecipazione.User("b", null, null, java.math.BigDecimal.ONE, true, 2, false),
                new it.fsr.isee.compartecipazione.User("c", Euro.parse("5000"), null, java.math.BigDecimal.ONE, false, 1, false),
                new it.fsr.isee.compartecipazione.User("d", Euro.parse("15000"), null, java.math.BigDecimal.ONE, true, 1, true))) {
            assertThat(back.charge(u).userTotal()).as(u.id()).isEqualTo(s.charge(u).userTotal());
        }
        assertThatThrownBy(() -> mapper.readValue(json.replace("\"80%\"", "\"0.8\"").replace("\"top_band\"", "\"top\""), Schedule.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("$.rankShares.2", "$.noIsee"));
    }

    @Test
    void errorsAreTypedSerialisableAndWrittenAsProblemDocuments() throws Exception {
        ValidationException bad = new ValidationException(List.of(Violation.of("x", Euro.parse("-1"), "must not be negative"),
                Violation.coded("FSR-CSV-NO-ROWS", "f.csv:1: header", "a,b")));
        MissingParameterException missing = new MissingParameterException("ff.nursery.low", "2025/26", "no value known for this period");
        assertThat(FsrProblems.httpStatus(bad)).isEqualTo(400);
        assertThat(FsrProblems.httpStatus(missing)).isEqualTo(500);
        assertThat(FsrProblems.httpStatus(new IllegalStateException())).isEqualTo(500);
        assertThat(FsrProblems.httpStatus(new RuntimeException(bad))).isEqualTo(400);

        String json = mapper.writeValueAsString(bad);
        assertThat(json).contains("\"status\":400", "\"code\":\"FSR-INPUT-INVALID\"", "FSR-CSV-NO-ROWS");
        ValidationException back = mapper.readValue(json, ValidationException.class);
        assertThat(back.violations()).extracting(Violation::code).containsExactly("FSR-NEGATIVE", "FSR-CSV-NO-ROWS");
        assertThat(back.violations().get(0).message(Locale.ITALIAN)).isEqualTo(bad.violations().get(0).message(Locale.ITALIAN));
        FsrException p = mapper.readValue(mapper.writeValueAsString(missing), FsrException.class);
        assertThat(p).isInstanceOf(MissingParameterException.class);
        assertThat(FsrProblems.httpStatus(p)).isEqualTo(500);

        for (FsrException e : List.of(bad, missing)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(e);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                FsrException read = (FsrException) in.readObject();
                assertThat(read.getClass()).isEqualTo(e.getClass());
                assertThat(read.violations()).isEqualTo(e.violations());
                assertThat(read.message(Locale.ITALIAN)).isEqualTo(e.message(Locale.ITALIAN));
            }
        }
    }

    /**
     * Explanations are rendered in the language the writer asks for, and only when asked (issue "hostile input": a 4-member
     * DSU's answer was always written in both languages). Unset, both languages are written, as before.
     */
    @Test
    void explanationsAreWrittenInTheLanguageAskedAndOnlyWhenAsked() throws Exception {
        it.fsr.isee.dsu.Dsu dsu = it.fsr.isee.dsu.Dsu.of("d", java.time.LocalDate.of(2025, 6, 10), List.of(
                it.fsr.isee.dsu.DsuMember.of("A", it.fsr.isee.Relationship.DECLARANT, 45, it.fsr.isee.Disability.NONE, true)
                        .withEmployeeIncome(Euro.parse("28000")),
                it.fsr.isee.dsu.DsuMember.of("B", it.fsr.isee.Relationship.SPOUSE, 43, it.fsr.isee.Disability.NONE, true)
                        .withEmployeeIncome(Euro.parse("15000")),
                it.fsr.isee.dsu.DsuMember.of("C", it.fsr.isee.Relationship.CHILD, 12, it.fsr.isee.Disability.NONE, false),
                it.fsr.isee.dsu.DsuMember.of("D", it.fsr.isee.Relationship.CHILD, 2, it.fsr.isee.Disability.MEDIUM, false)));
        it.fsr.isee.dsu.DsuResult r = it.fsr.isee.dsu.DsuCalculator.compute(dsu, it.fsr.isee.Variant.ORDINARIO, it.fsr.isee.Purpose.ORDINARIO);
        String both = mapper.writeValueAsString(r);
        String italian = mapper.writer().withAttribute(FsrModule.LANGUAGE, Locale.ITALIAN).writeValueAsString(r);
        String english = mapper.writer().withAttribute(FsrModule.LANGUAGE, "en").writeValueAsString(r);
        String none = mapper.writer().withAttribute(FsrModule.EXPLANATIONS, Boolean.FALSE).writeValueAsString(r);
        assertThat(both).contains("\"it\":", "\"en\":");
        assertThat(italian).contains("\"it\":").doesNotContain("\"en\":");
        assertThat(english).contains("\"en\":").doesNotContain("\"it\":");
        assertThat(none).contains("\"explanation\":null").doesNotContain("\"steps\"");
        assertThat(italian.length()).isLessThan(both.length() * 3 / 4);
        assertThat(none.length()).isLessThan(both.length() / 5);
        // the figures are the same in every form
        for (String json : List.of(italian, english, none)) {
            com.fasterxml.jackson.databind.JsonNode a = mapper.readTree(json);
            com.fasterxml.jackson.databind.JsonNode b = mapper.readTree(both);
            assertThat(a.get("isee")).isEqualTo(b.get("isee"));
            assertThat(a.get("scale")).isEqualTo(b.get("scale"));
        }
        // an explanation written in one language reads back, its one text serving both
        it.fsr.core.explain.Explanation e = mapper.readValue(mapper.writer().withAttribute(FsrModule.LANGUAGE, "it")
                .writeValueAsString(r.explanation()), it.fsr.core.explain.Explanation.class);
        assertThat(e.toText(Locale.ITALIAN)).isEqualTo(r.explanation().toText(Locale.ITALIAN));
        assertThat(e.toText(Locale.ENGLISH)).contains("Scala di equivalenza ISEE: 3.26");
        System.out.printf("4-member DSU answer: both %d B, Italian %d B, English %d B, no explanation %d B%n", both.length(),
                italian.length(), english.length(), none.length());
    }
}
