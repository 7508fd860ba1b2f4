package it.fsr.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Test support for the table-driven bad-input catalogues: each case is a call that must throw the
 * {@link ValidationException} with exactly the expected violations, in order (or, for a legal parameter
 * with no value for the period, the {@link it.fsr.core.parameter.MissingParameterException} with the one
 * expected violation).
 */
public final class BadInputCatalogue {
    private final AtomicInteger tried = new AtomicInteger();

    /**
     * One bad input.
     *
     * @param name     what is wrong
     * @param call     the call that must be refused
     * @param expected the violations, rendered as {@code field = value: message}
     */
    public record Case(String name, Runnable call, List<String> expected) {
    }

    /** A case. */
    public static Case c(String name, Runnable call, String... expected) {
        return new Case(name, call, List.of(expected));
    }

    /** One dynamic test per case. */
    public Stream<DynamicTest> tests(Stream<Case> cases) {
        return cases.map(k -> DynamicTest.dynamicTest(k.name(), () -> {
            tried.incrementAndGet();
            Throwable t = catchThrowable(k.call()::run);
            if (t instanceof it.fsr.core.parameter.MissingParameterException m) {
                assertThat(List.of(m.violation().text(java.util.Locale.ENGLISH))).as(k.name()).containsExactlyElementsOf(k.expected());
                return;
            }
            assertThat(t).as(k.name()).isInstanceOf(ValidationException.class);
            assertThat(((ValidationException) t).violations()).extracting(x -> x.text(java.util.Locale.ENGLISH)).containsExactlyElementsOf(k.expected());
            for (Violation v : ((ValidationException) t).violations()) {
                // every problem has a stable code of the catalog and an Italian message of its own
                assertThat(v.code()).as("code of %s", v).isNotEqualTo("FSR-INPUT").startsWith("FSR-");
                assertThat(v.message(java.util.Locale.ITALIAN)).as("Italian of %s", v).isNotEqualTo(v.message());
            }
        }));
    }

    /** How many cases ran. */
    public int tried() {
        return tried.get();
    }
}
