package it.fsr.riparto;

import it.fsr.core.explain.EnumLabels;
import java.util.Map;

/**
 * The Italian and English names of the riparto's enums — {@link Area}, {@link ServiceType},
 * {@link Indicator}, {@link ExclusionReason}, {@link RuleKind}, {@link UnitStatus} — as the reports print
 * them: {@code RipartoLabels.LABELS.text(ExclusionReason.NO_CUDES, Locale.ITALIAN)}.
 */
public final class RipartoLabels {
    /** The labels. */
    public static final EnumLabels LABELS = EnumLabels.of(AmbitoRiparto.MESSAGES, Map.of(Area.class, "area", ServiceType.class, "type",
            Indicator.class, "indicator", ExclusionReason.class, "reason", RuleKind.class, "rule", UnitStatus.class, "status"));

    private RipartoLabels() {
    }
}
