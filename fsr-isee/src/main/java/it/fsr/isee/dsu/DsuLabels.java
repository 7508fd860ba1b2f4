package it.fsr.isee.dsu;

import it.fsr.core.explain.EnumLabels;
import java.util.Map;

/**
 * The Italian and English names of the DSU's enums — {@link Variant}, {@link DsuRelationship},
 * {@link Purpose} — as the explanations print them.
 */
public final class DsuLabels {
    /** The labels. */
    public static final EnumLabels LABELS = EnumLabels.of(DsuMessages.CATALOG, Map.of(Variant.class, "enum.variant",
            DsuRelationship.class, "enum.relationship", Purpose.class, "dsu.purpose"));

    private DsuLabels() {
    }
}
