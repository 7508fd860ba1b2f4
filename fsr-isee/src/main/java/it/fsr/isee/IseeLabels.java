package it.fsr.isee;

import it.fsr.core.explain.EnumLabels;
import it.fsr.core.explain.MessageCatalog;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The Italian and English names of the national ISEE's enums — {@link Relationship}, {@link Disability},
 * {@link Variant}, {@link Purpose} — as explanations and reports print them:
 * {@code IseeLabels.LABELS.text(Relationship.CHILD, Locale.ITALIAN)} is {@code figlio}.
 */
public final class IseeLabels {
    static final MessageCatalog CATALOG = MessageCatalog.of(locale -> ResourceBundle.getBundle("it.fsr.isee.messages", locale));

    /** The labels. */
    public static final EnumLabels LABELS = EnumLabels.of(CATALOG, Map.of(Relationship.class, "enum.relationship",
            Disability.class, "enum.disability", Variant.class, "enum.variant", Purpose.class, "enum.purpose"));

    private IseeLabels() {
    }
}
