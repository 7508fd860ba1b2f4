package it.fsr.isee;

import it.fsr.core.explain.EnumLabels;
import it.fsr.isee.compartecipazione.Schedule;
import java.util.Map;

/**
 * The Italian and English names of the ISEE module's enums — {@link Relationship}, {@link Disability}, {@link WorkStatus}, {@link Housing},
 * {@link Schedule.Kind}, {@link Schedule.IseeVariant} — as the explanations print them:
 * {@code IseeLabels.LABELS.text(Relationship.CHILD, Locale.ITALIAN)} is {@code figlio}. The DSU's enums are
 * in {@link it.fsr.isee.dsu.DsuLabels}.
 */
public final class IseeLabels {
    /** The labels. */
    public static final EnumLabels LABELS = EnumLabels.of(Messages.CATALOG, Map.of(Relationship.class, "relationship",
            Disability.class, "enum.disability", WorkStatus.class, "enum.work", Housing.class, "enum.housing", Schedule.Kind.class, "kind",
            Schedule.IseeVariant.class, "compart.variant"));

    private IseeLabels() {
    }
}
