package it.fsr.spring;

import it.fsr.core.explain.Languages;
import it.fsr.core.validation.FsrException;
import it.fsr.core.validation.Violation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * fsr's errors as RFC 9457 problem details ({@code application/problem+json}), whatever the controller:
 * <ul>
 *   <li>{@code type}: a stable URI per code, {@code urn:fsr:problem:fsr-input-invalid};</li>
 *   <li>{@code title}: what the code means, the same for every occurrence; {@code status}: 400 for a caller's mistake
 *       ({@code isInputProblem()}), 500 for an act the service has not loaded
 *       ({@link it.fsr.core.parameter.MissingParameterException}) or any other fault;</li>
 *   <li>{@code detail}: the message in the request's language (Italian, or English for an English
 *       {@code Accept-Language}); {@code instance}: the request's path;</li>
 *   <li>{@code code} and {@code violations}: each problem's code, field (a JSON path for a body) and message, at most
 *       {@value #MAX_VIOLATIONS} of them with {@code violationsNotShown} counting the rest, each message cut at
 *       {@value #MAX_MESSAGE} characters.</li>
 * </ul>
 * A request body Jackson cannot read is a 400 too, with fsr's violations when fsr refused it and a generic
 * {@code urn:fsr:problem:fsr-json-malformed} otherwise. Nothing of an exception's stack or class reaches the body.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FsrProblemAdvice {
    /** Violations listed in one problem. */
    public static final int MAX_VIOLATIONS = 100;
    /** Characters of one violation's message. */
    public static final int MAX_MESSAGE = 300;
    /** The media type of a problem document. */
    public static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    /** Creates the advice (the auto-configuration does). */
    public FsrProblemAdvice() {
    }

    /** An fsr error raised by a controller or by fsr inside it. */
    @ExceptionHandler(FsrException.class)
    public ResponseEntity<ProblemDetail> fsr(FsrException e, HttpServletRequest request) {
        return problem(e, request);
    }

    /** A body that could not be read: fsr's refusal inside it, or JSON that is not well-formed. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        FsrException fsr = find(e);
        if (fsr != null) {
            return problem(fsr, request);
        }
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setType(URI.create("urn:fsr:problem:fsr-json-malformed"));
        p.setTitle("Malformed JSON");
        p.setDetail(Languages.ENGLISH.equals(language(request)) ? "the body is not well-formed JSON of the expected document"
                : "il corpo della richiesta non è un JSON ben formato del documento atteso");
        p.setInstance(instance(request));
        p.setProperty("code", "FSR-JSON-MALFORMED");
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(PROBLEM).body(p);
    }

    /** The problem document of {@code e} for {@code request}. */
    public static ResponseEntity<ProblemDetail> problem(FsrException e, HttpServletRequest request) {
        HttpStatus status = e.isInputProblem() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        Locale language = language(request);
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create(it.fsr.json.FsrJson.problemType(e)));
        p.setTitle(it.fsr.json.FsrJson.problemTitle(e));
        String detail = e.message(language);
        p.setDetail(cut(detail.lines().findFirst().orElse(detail)));
        p.setInstance(instance(request));
        p.setProperty("code", e.code());
        List<Map<String, Object>> violations = new ArrayList<>();
        for (Violation v : e.violations()) {
            if (violations.size() == MAX_VIOLATIONS) {
                break;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", v.code());
            m.put("field", cut(v.field()));
            m.put("message", cut(v.message(language)));
            violations.add(m);
        }
        p.setProperty("violations", violations);
        if (e.violations().size() > MAX_VIOLATIONS) {
            p.setProperty("violationsNotShown", e.violations().size() - MAX_VIOLATIONS);
        }
        return ResponseEntity.status(status).contentType(PROBLEM).body(p);
    }

    private static Locale language(HttpServletRequest request) {
        return Languages.effective(request.getHeader("Accept-Language") == null ? null : request.getLocale());
    }

    private static URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "…";
    }

    private static FsrException find(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof FsrException f) {
                return f;
            }
        }
        return null;
    }
}
