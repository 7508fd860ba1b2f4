package it.fsr.isee.compartecipazione;

import it.fsr.core.explain.EnumLabels;
import java.util.Map;

/**
 * The Italian and English names of the compartecipazione's enums — {@link Schedule.Kind},
 * {@link Charge.Status} — as explanations and reports print them.
 */
public final class CompartecipazioneLabels {
    /** The labels. */
    public static final EnumLabels LABELS = EnumLabels.of(Schedule.MESSAGES, Map.of(Schedule.Kind.class, "kind",
            Charge.Status.class, "enum.status"));

    private CompartecipazioneLabels() {
    }
}
