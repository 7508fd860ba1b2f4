package it.fsr.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import it.fsr.core.validation.FsrException;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.RescaledIsee;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.jackson.FsrProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What a municipal software vendor writes around fsr: three JSON endpoints on the JDK's HTTP server, the
 * calculators called from a pool of threads, fsr's errors mapped to 400 or 500 by type.
 * <ul>
 *   <li>{@code POST /isee} — a {@link Dsu} → its ordinary ISEE ({@code DsuResult});</li>
 *   <li>{@code POST /nido} — {@link NurseryRequest} → the contribution per child ({@code HouseholdContributions});</li>
 *   <li>{@code POST /compartecipazione} — {@link ChargeRequest} → what the user pays ({@code Charge}).</li>
 * </ul>
 */
public final class FsrService implements AutoCloseable {
    /** The mapper every vendor has: stock, with the modules found on the path. */
    public static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    /** The body of {@code /nido}: the household, its attestation, the service year ({@code 2021/22}). */
    public record NurseryRequest(Household household, IseeAttestation attestation, String serviceYear) {
    }

    /** The body of {@code /compartecipazione}: the Comune's schedule and the user. */
    public record ChargeRequest(Schedule schedule, User user) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    private FsrService(HttpServer server) {
        this.server = server;
    }

    /** Starts the service on a free port of the loopback. */
    public static FsrService start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        FsrService service = new FsrService(server);
        server.createContext("/isee", ex -> service.handle(ex, in -> DsuCalculator.compute(MAPPER.readValue(in, Dsu.class),
                Variant.ORDINARIO, Purpose.ORDINARIO)));
        server.createContext("/nido", ex -> service.handle(ex, in -> {
            NurseryRequest r = MAPPER.readValue(in, NurseryRequest.class);
            RescaledIsee rescaled = FattoreFamiglia.rescale(r.household(), r.attestation());
            return NurseryContribution.decide(r.household(), rescaled, ServiceYear.parse(r.serviceYear()));
        }));
        server.createContext("/compartecipazione", ex -> service.handle(ex, in -> {
            ChargeRequest r = MAPPER.readValue(in, ChargeRequest.class);
            return r.schedule().charge(r.user());
        }));
        server.setExecutor(service.pool);
        server.start();
        return service;
    }

    /** The service's address, {@code http://127.0.0.1:port}. */
    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private interface Call {
        Object apply(InputStream body) throws IOException;
    }

    private void handle(HttpExchange ex, Call call) throws IOException {
        int status;
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            Object result = call.apply(in);
            status = 200;
            body = MAPPER.writeValueAsBytes(result);
        } catch (IOException | RuntimeException e) {
            status = FsrProblems.httpStatus(e);
            FsrException fsr = FsrProblems.find(e).orElse(null);
            // never an exception's message in a body: fsr's problem document, or a fixed one by status
            body = MAPPER.writeValueAsBytes(fsr != null ? fsr : Map.of("type", "about:blank", "status", status,
                    "title", status == 400 ? "Malformed JSON" : "Internal error"));
        }
        ex.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
