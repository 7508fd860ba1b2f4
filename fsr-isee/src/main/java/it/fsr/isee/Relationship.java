package it.fsr.isee;

/**
 * A member's relationship to the declarant of the DSU, the one vocabulary of the nucleus for the national
 * ISEE and for the rules that read an attestation's household (the Fattore Famiglia's first member is the
 * declarant): DPCM 159/2013 art. 3, and art. 7 for the non-cohabiting parent.
 */
public enum Relationship implements it.fsr.core.explain.Coded {
    /** The declarant. */
    DECLARANT("declarant", "head", "dichiarante", "capofamiglia"),
    /** Spouse or partner (unione civile, convivenza registered as a nucleus). */
    SPOUSE("spouse", "partner", "coniuge"),
    /** A child of the declarant or spouse. */
    CHILD("child", "figlio", "figlia"),
    /** Any other member. */
    OTHER("other", "altro"),
    /** Genitore non convivente: a parent outside the minor's nucleus, for the minorenni and università ISEE (art. 7, art. 8). */
    NON_COHABITING_PARENT("gnc", "genitore_non_convivente");

    private final String code;
    private final java.util.List<String> aliases;

    Relationship(String code, String... aliases) {
        this.code = code;
        this.aliases = java.util.List.of(aliases);
    }

    /** The code written in a member file. */
    @Override
    public String code() {
        return code;
    }

    /** The other spellings read: the Fattore Famiglia files' {@code head} and {@code partner}, the Italian words. */
    @Override
    public java.util.List<String> aliases() {
        return aliases;
    }
}
