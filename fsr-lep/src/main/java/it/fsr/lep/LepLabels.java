package it.fsr.lep;

import it.fsr.core.explain.EnumLabels;
import java.util.Map;

/** The Italian and English names of the LEP module's enums ({@link SocialWorkerStatus}). */
public final class LepLabels {
    /** The labels. */
    public static final EnumLabels LABELS = EnumLabels.of(Messages.CATALOG, Map.of(SocialWorkerStatus.class, "enum.status"));

    private LepLabels() {
    }
}
