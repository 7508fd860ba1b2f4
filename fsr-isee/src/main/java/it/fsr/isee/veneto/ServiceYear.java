package it.fsr.isee.veneto;

import it.fsr.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service (school) year of the 0–3 services, from 1 September to 31 August, written {@code 2021/22}.
 *
 * <p>The Veneto nursery contribution's edition is chosen by the service year the attendance falls in,
 * never by the date of the application: the Comuni collected the applications for the 2021/22 services
 * (DGR 1609/2021) in autumn 2022, within the 2022/23 year whose edition pays more. Immutable and
 * thread-safe.
 *
 * @param startYear the calendar year in which the service year starts (2021 for 2021/22)
 */
public record ServiceYear(int startYear) {
    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})\\s*");

    /** Checks the range. */
    public ServiceYear {
        if (startYear < 1900 || startYear > 9998) {
            throw ValidationException.of("serviceYear", startYear, "must start between 1900 and 9998");
        }
    }

    /** The service year starting on 1 September of {@code year}. */
    public static ServiceYear starting(int year) {
        return new ServiceYear(year);
    }

    /**
     * Parses {@code 2021/22}, {@code 2021/2022} or {@code 2021-22}.
     *
     * @throws ValidationException when the text is not two consecutive years
     */
    public static ServiceYear parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw ValidationException.of("serviceYear", text, "must be a service year such as 2021/22");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        int expected = m.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
        if (end != expected) {
            throw ValidationException.of("serviceYear", text, "must be two consecutive years, such as 2021/22");
        }
        return new ServiceYear(start);
    }

    /** 1 September of the start year. */
    public LocalDate start() {
        return LocalDate.of(startYear, 9, 1);
    }

    /** 31 August of the next year. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    /** {@code 2021/22}. */
    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
