package it.fsr.isee.veneto;

import it.fsr.core.explain.EnumLabels;
import java.util.Map;

/**
 * The Italian and English names of the Veneto rules' enums — {@link WorkStatus}, {@link Housing},
 * {@link ContributionDecision.Exclusion} — as explanations and reports print them.
 */
public final class VenetoLabels {
    /** The labels. */
    public static final EnumLabels LABELS = EnumLabels.of(Messages.CATALOG, Map.of(WorkStatus.class, "enum.work",
            Housing.class, "enum.housing", ContributionDecision.Exclusion.class, "enum.exclusion"));

    private VenetoLabels() {
    }
}
