package it.fsr.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vendor's service over HTTP: results, bad input as 400, a period with no act loaded as 500, many threads. */
class ServiceTest {
    private static FsrService service;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String FAMILY = """
            {"household": {"id": "F2", "date": "2021-11-19", "widowed": false, "housing": "NORMAL", "members": [
              {"id": "a", "relationship": "DECLARANT", "age": 35, "birthDate": null, "student": null, "disability": "NONE",
               "work": "WORKS", "twinGroup": null, "nursery": false},
              {"id": "Anna", "relationship": "CHILD", "age": 2, "birthDate": null, "student": null, "disability": "NONE",
               "work": null, "twinGroup": null, "nursery": true},
              {"id": "Luca", "relationship": "CHILD", "age": 7, "birthDate": null, "student": null, "disability": "NONE",
               "work": null, "twinGroup": null, "nursery": false}]},
             "attestation": {"isee": "10256.41", "scale": 2.34, "ise": "24000.00"},
             "serviceYear": "YEAR"}""";

    @BeforeAll
    static void start() throws Exception {
        service = FsrService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(service.address() + path))
                .timeout(java.time.Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aValidRequestGetsTheContributionPerChild() throws Exception {
        HttpResponse<String> r = post("/nido", FAMILY.replace("YEAR", "2021/22"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = FsrService.MAPPER.readTree(r.body());
        assertThat(body.path("decisions").get(0).path("memberId").asText()).isEqualTo("Anna");
        assertThat(body.path("decisions").get(0).path("amount").asText()).isEqualTo("471.43");
    }

    @Test
    void badInputIs400WithEveryViolationAndItsCode() throws Exception {
        HttpResponse<String> r = post("/nido", FAMILY.replace("YEAR", "2021/22").replace("\"10256.41\"", "\"10.256,41\"")
                .replace("\"widowed\": false, ", ""));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = FsrService.MAPPER.readTree(r.body());
        assertThat(body.path("code").asText()).isEqualTo("FSR-INPUT-INVALID");
        List<String> fields = new ArrayList<>();
        body.path("violations").forEach(v -> fields.add(v.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("$.household.widowed", "$.attestation.isee");
        assertThat(post("/nido", "{not json").statusCode()).isEqualTo(400);
    }

    @Test
    void aServiceYearWithNoActLoadedIs500() throws Exception {
        HttpResponse<String> r = post("/nido", FAMILY.replace("YEAR", "2026/27"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(FsrService.MAPPER.readTree(r.body()).path("code").asText()).isEqualTo("FSR-PARAM-MISSING");
    }

    @Test
    void sixteenThreadsGetTheSameAnswers() throws Exception {
        String body = FAMILY.replace("YEAR", "2021/22");
        String expected = post("/nido", body).body();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            calls.add(CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(service.address() + "/nido"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            assertThat(c.get().body()).isEqualTo(expected);
        }
    }
}
