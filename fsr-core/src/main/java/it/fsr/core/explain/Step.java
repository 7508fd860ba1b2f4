package it.fsr.core.explain;

import java.util.List;
import java.util.Objects;

/**
 * One step of a calculation: what was computed, its value, the rule or parameter used and its
 * source, and the sub-steps that led to it.
 *
 * @param label    what was computed (translatable)
 * @param value    the value (Euro, Rate, BigDecimal, text…), or null for a heading
 * @param rule     the rule or parameter used (a formula or a parameter name), or empty
 * @param source   the legal source (law, DGR, Avviso §), or empty
 * @param children the sub-steps
 */
public record Step(Label label, Object value, String rule, String source, List<Step> children) {
    /** Copies the children. */
    public Step {
        it.fsr.core.validation.ValidationException.requireNonNull(label, "label");
        rule = rule == null ? "" : rule;
        source = source == null ? "" : source;
        children = List.copyOf(children);
    }

    /** A leaf step. */
    public static Step of(Label label, Object value, String rule, String source) {
        return new Step(label, value, rule, source, List.of());
    }

    /** A copy with the given sub-steps. */
    public Step withChildren(List<Step> children) {
        return new Step(label, value, rule, source, children);
    }
}
