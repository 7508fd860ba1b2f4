package it.fsr.core.csv;

import it.fsr.core.money.Euro;
import it.fsr.core.money.EuroFormat;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the properties inputs (a riparto scenario, a compartecipazione schedule) share: the line each key
 * is written on, so that a problem is told at {@code file:line: key}, and the one reader of an amount
 * (either dialect, {@link EuroFormat}) that records a violation instead of throwing. Stateless.
 */
public final class PropertiesText {
    private static final Pattern KEY = Pattern.compile("^\\s*([^#!=:\\s][^=:\\s]*)\\s*[=:].*");

    private PropertiesText() {
    }

    /**
     * The line (from 1) of each key; for a key written twice, the last line — the value
     * {@link Properties#load} keeps.
     */
    public static Map<String, Integer> keyLines(String text) {
        Map<String, Integer> out = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = KEY.matcher(lines[i].replace("\r", ""));
            if (m.matches()) {
                out.put(m.group(1), i + 1);
            }
        }
        return out;
    }

    /**
     * Every key written more than once, each named at its later lines with the line it was first written on:
     * {@link Properties#load} keeps the last value without a word, so a schedule or a scenario with a key twice is
     * refused rather than read one way.
     *
     * @param fileName the file's name, for {@code file:line: key}
     */
    public static java.util.List<it.fsr.core.validation.Violation> duplicateKeys(String fileName, String text) {
        Map<String, Integer> first = new HashMap<>();
        java.util.List<it.fsr.core.validation.Violation> out = new java.util.ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = KEY.matcher(lines[i].replace("\r", ""));
            if (m.matches()) {
                Integer before = first.putIfAbsent(m.group(1), i + 1);
                if (before != null) {
                    out.add(it.fsr.core.validation.Violation.coded("FSR-KEY-TWICE", fileName + ":" + (i + 1) + ": " + m.group(1), m.group(1), before));
                }
            }
        }
        return out;
    }

    /**
     * A percentage written with its sign ({@code 50%}, {@code 28,88%}), or null with a violation at {@code where}: a bare
     * number is refused — {@code 0,5} could be half or half a per cent, and read either way it moves money.
     */
    public static it.fsr.core.money.Rate percent(String text, String where, Violations v) {
        it.fsr.core.money.Rate r;
        try {
            r = it.fsr.core.money.Rate.parsePercent(text);
        } catch (ValidationException e) {
            v.add(e.violations().get(0).at(where).withValue(text));
            return null;
        }
        if (!text.strip().endsWith("%")) {
            v.add(it.fsr.core.validation.Violation.coded("FSR-PERCENT-SIGN", where, text.strip()));
            return null;
        }
        return r;
    }

    /** An amount written in either dialect, or null with a violation at {@code where} naming the text. */
    public static Euro amount(String text, String where, Violations v) {
        try {
            return EuroFormat.parse(text);
        } catch (ValidationException e) {
            v.add(e.violations().get(0).at(where).withValue(text));
            return null;
        }
    }

    /**
     * The amount of {@code key}, or null when blank (a violation when {@code required}) or bad; a negative
     * amount is a violation unless {@code allowNegative}. {@code at} places a key in the file.
     */
    public static Euro amount(Properties p, String key, boolean required, boolean allowNegative, Function<String, String> at,
            Violations v) {
        String s = p.getProperty(key);
        if (s == null || s.isBlank()) {
            if (required) {
                v.add(at.apply(key), "", "is required");
            }
            return null;
        }
        Euro e = amount(s, at.apply(key), v);
        if (e != null && !allowNegative && e.isNegative()) {
            v.add(at.apply(key), s, "must not be negative");
            return null;
        }
        return e;
    }
}
