package it.fsr.isee.dsu;

/** A member's relationship to the declarant, as the DSU lists it (DPCM 159/2013 art. 3; art. 7 for the GNC). */
public enum DsuRelationship {
    /** The declarant. */
    DECLARANT("declarant"),
    /** Spouse or partner (unione civile, convivenza registered as a nucleus). */
    SPOUSE("spouse"),
    /** A child of the declarant or spouse. */
    CHILD("child"),
    /** Any other member. */
    OTHER("other"),
    /** Genitore non convivente: a parent outside the minor's nucleus, for the minorenni and università ISEE (art. 7, art. 8). */
    GNC("gnc");

    private final String code;

    DsuRelationship(String code) {
        this.code = code;
    }

    /** The code written in a member file. */
    public String code() {
        return code;
    }
}
