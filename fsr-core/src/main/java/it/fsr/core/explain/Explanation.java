package it.fsr.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The steps that produced a result, renderable as indented plain text or Markdown, in Italian (the
 * default, the language of the acts) or English.
 *
 * <p>Text form, one step a line, sub-steps indented by two spaces:
 * <pre>
 * Quota di riserva: € 21.121,53  [5% × budget]  (DGR XII/4793/2025, Avviso §5)
 * </pre>
 * Immutable and thread-safe; equal by value.
 */
public final class Explanation {
    private static final Explanation EMPTY = new Explanation(List.of(), true);
    private final List<Step> steps;

    /** The flag keeps reflection-based binders off a one-argument constructor (read JSON with fsr-jackson). */
    private Explanation(List<Step> steps, boolean copy) {
        this.steps = List.copyOf(steps);
    }

    /** An explanation of the given steps. */
    public static Explanation of(List<Step> steps) {
        return steps.isEmpty() ? EMPTY : new Explanation(steps, true);
    }

    /** An explanation of the given steps. */
    public static Explanation of(Step... steps) {
        return of(List.of(steps));
    }

    /** The top-level steps. */
    public List<Step> steps() {
        return steps;
    }

    /** Whether there is no step. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** This explanation followed by {@code other}'s steps. */
    public Explanation then(Explanation other) {
        List<Step> all = new ArrayList<>(steps);
        all.addAll(other.steps);
        return of(all);
    }

    /**
     * Equal when the steps are: the same labels (catalog, key and values), values, rules, sources and sub-steps. Two
     * computations of the same input give equal explanations, so results holding them are equal by value.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation e && steps.equals(e.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    /** Indented plain text in Italian. */
    public String toText() {
        return toText(Languages.ITALIAN);
    }

    /** Indented plain text in {@code locale}'s language (Italian or English). */
    public String toText(Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            text(sb, s, 0, locale);
        }
        return sb.toString();
    }

    /** A Markdown nested list in {@code locale}'s language. */
    public String toMarkdown(Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            markdown(sb, s, 0, locale);
        }
        return sb.toString();
    }

    private static void text(StringBuilder sb, Step s, int depth, Locale locale) {
        sb.append("  ".repeat(depth)).append(line(s, locale, false)).append('\n');
        for (Step c : s.children()) {
            text(sb, c, depth + 1, locale);
        }
    }

    private static void markdown(StringBuilder sb, Step s, int depth, Locale locale) {
        sb.append("  ".repeat(depth)).append("- ").append(line(s, locale, true)).append('\n');
        for (Step c : s.children()) {
            markdown(sb, c, depth + 1, locale);
        }
    }

    private static String line(Step s, Locale locale, boolean md) {
        // in Markdown every text is escaped (an id or a file's value is text, never markup)
        String label = s.label().render(locale);
        StringBuilder sb = new StringBuilder(md ? Markdown.escape(label) : label);
        if (s.value() != null) {
            String v = ValueFormat.format(s.value(), locale);
            sb.append(": ").append(md ? "**" + Markdown.escape(v) + "**" : v);
        }
        if (!s.rule().isEmpty()) {
            sb.append(md ? "  `" + s.rule().replace('`', '\'') + "`" : "  [" + s.rule() + "]");
        }
        if (!s.source().isEmpty()) {
            sb.append(md ? " — _" + Markdown.escape(s.source()) + "_" : "  (" + s.source() + ")");
        }
        return sb.toString();
    }

    /**
     * The number of steps, never their figures: an explanation of an ISEE or a fee is personal data and stays out of
     * logs; {@link #toText} renders it for the person it belongs to.
     */
    @Override
    public String toString() {
        return "Explanation[steps=" + steps().size() + "]";
    }
}
