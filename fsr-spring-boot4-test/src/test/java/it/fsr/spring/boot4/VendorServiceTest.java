package it.fsr.spring.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.veneto.WorkStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * A vendor's Spring Boot 4 service (Jackson 3, Boot 4's default), started on a random port and called over HTTP,
 * as the vendor's review did: the DSU → ISEE → nursery contribution flow, a Comune's schedule, bad input as a 400
 * problem, a missing act as a 500 problem, and the same answers under concurrent load. Nothing in the application
 * configures Jackson or errors: {@code fsr-spring-boot} does (before: amounts came back as
 * {@code {"zero":false,"negative":false,"positive":true}}).
 */
@SpringBootTest(classes = VendorApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VendorServiceTest {
    @Autowired
    Environment environment;
    @Autowired
    JsonMapper bootMapper;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer post(String path, String body, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + environment.getProperty("local.server.port") + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), json.readTree(r.body()));
    }

    private static Dsu dsu() {
        return Dsu.of("d", LocalDate.of(2025, 6, 10), List.of(
                DsuMember.of("A", Relationship.DECLARANT, 38, Disability.NONE, true).withEmployeeIncome(Euro.parse("24000.00")),
                DsuMember.of("B", Relationship.CHILD, 1, Disability.NONE, false)));
    }

    @Test
    void bootsMapperHasFsrsModuleWithoutAnyBeanWrittenByTheVendor() throws Exception {
        assertThat(bootMapper.writeValueAsString(Euro.parse("466.67"))).isEqualTo("\"466.67\"");
    }

    @Test
    void aComunesScheduleAnswersAmountsAsStrings() throws Exception {
        Answer a = post("/tariffa", "{\"id\":\"u1\",\"isee\":\"15000.00\",\"iseeFf\":null,\"units\":10,\"resident\":null,\"rank\":null,"
                + "\"disabled\":null}", null);
        assertThat(a.status()).isEqualTo(200);
        // Monopoli: 15,000 × 8.00 / 30,000 = €4.00 an hour, ten hours
        assertThat(a.body().get("fee").asString()).isEqualTo("4.00");
        assertThat(a.body().get("userTotal").asString()).isEqualTo("40.00");
        assertThat(a.body().get("fee").isString()).isTrue();
        assertThat(a.body().get("explanation").get("steps").size()).isPositive();
    }

    @Test
    void theDsuToIseeToNurseryContributionFlowAgreesWithTheLibrary() throws Exception {
        Answer isee = post("/isee", json.writeValueAsString(dsu()), null);
        assertThat(isee.status()).isEqualTo(200);
        DsuResult expected = DsuCalculator.compute(dsu(), Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(isee.body().get("iseeFinal").asString()).isEqualTo(expected.iseeFinal().toBigDecimal().toPlainString());

        Household h = Household.of("H", LocalDate.of(2021, 11, 19), Member.declarant(38, WorkStatus.WORKS),
                Member.child(1).withId("C").attendingNursery());
        IseeAttestation att = IseeAttestation.of(expected.iseeFinal(), expected.scale(), expected.ise());
        String request = "{\"household\":" + json.writeValueAsString(h) + ",\"attestation\":" + json.writeValueAsString(att)
                + ",\"serviceYear\":\"2021/22\"}";
        Answer nido = post("/nido", request, null);
        assertThat(nido.status()).isEqualTo(200);
        Euro library = NurseryContribution.decide(h, FattoreFamiglia.rescale(h, att), ServiceYear.parse("2021/22")).total();
        assertThat(nido.body().get("decisions").get(0).get("amount").asString()).isEqualTo(library.toBigDecimal().toPlainString());
    }

    @Test
    void badInputIsA400ProblemNamingTheJsonPath() throws Exception {
        String body = json.writeValueAsString(dsu()).replace("\"age\":1,", "\"age\":1.9,");
        Answer a = post("/isee", body, "en");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body().get("type").asString()).isEqualTo("urn:fsr:problem:fsr-input-invalid");
        assertThat(a.body().get("title").asString()).isEqualTo("Invalid input");
        assertThat(a.body().get("status").asInt()).isEqualTo(400);
        assertThat(a.body().get("instance").asString()).isEqualTo("/isee");
        assertThat(a.body().get("violations").get(0).get("field").asString()).isEqualTo("$.members[1].age");
        assertThat(a.body().get("violations").get(0).get("message").asString()).contains("whole number");
        assertThat(a.body().toString()).doesNotContain("Exception").doesNotContain("at it.fsr");
        // in Italian by default
        Answer it = post("/isee", body, null);
        assertThat(it.body().get("violations").get(0).get("message").asString()).doesNotContain("whole number");
        // an ISEE that is not an amount and units written as text: every problem at once
        Answer u = post("/tariffa", "{\"id\":\"u\",\"isee\":\"abc\",\"iseeFf\":null,\"units\":\"1\",\"resident\":null,\"rank\":null,"
                + "\"disabled\":null}", "en");
        assertThat(u.status()).isEqualTo(400);
        assertThat(u.body().get("violations").size()).isGreaterThanOrEqualTo(2);
        // JSON that is not JSON
        Answer m = post("/tariffa", "{\"id\":", "en");
        assertThat(m.status()).isEqualTo(400);
        assertThat(m.body().get("type").asString()).isEqualTo("urn:fsr:problem:fsr-json-malformed");
    }

    @Test
    void aServiceYearWithNoActLoadedIsA500ProblemSayingSo() throws Exception {
        Household h = Household.of("H", LocalDate.of(2021, 11, 19), Member.declarant(38, WorkStatus.WORKS),
                Member.child(1).withId("C").attendingNursery());
        String request = "{\"household\":" + json.writeValueAsString(h) + ",\"attestation\":"
                + json.writeValueAsString(IseeAttestation.of(Euro.parse("9000.00"), new BigDecimal("1.57"))) + ",\"serviceYear\":\"2030/31\"}";
        Answer a = post("/nido", request, "en");
        assertThat(a.status()).isEqualTo(500);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body().get("type").asString()).isEqualTo("urn:fsr:problem:fsr-param-missing");
        assertThat(a.body().get("detail").asString()).contains("2030/31");
    }

    @Test
    void concurrentCallsGiveTheSameAnswers() throws Exception {
        String dsu = json.writeValueAsString(dsu());
        String user = "{\"id\":\"u1\",\"isee\":\"15000.00\",\"iseeFf\":null,\"units\":10,\"resident\":null,\"rank\":null,\"disabled\":null}";
        JsonNode isee = post("/isee", dsu, null).body();
        JsonNode fee = post("/tariffa", user, null).body();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean even = i % 2 == 0;
                calls.add(pool.submit(() -> even ? post("/isee", dsu, null).body().equals(isee) : post("/tariffa", user, null).body().equals(fee)));
            }
            for (Future<Boolean> f : calls) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** springdoc describes an amount as the string fsr writes (before: three booleans, from {@code isZero()} and the rest). */
    @Test
    void springdocDescribesAnAmountAsADecimalString() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + environment.getProperty("local.server.port")
                + "/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode fee = json.readTree(r.body()).get("components").get("schemas").get("Charge").get("properties").get("fee");
        assertThat(fee.get("type").asString()).isEqualTo("string");
        assertThat(fee.get("format").asString()).isEqualTo("decimal");
        assertThat(r.body()).doesNotContain("\"zero\"");
    }
}
