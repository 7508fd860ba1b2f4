package it.fsr.isee.dsu;

/**
 * How the genitore non convivente enters the minorenni or università ISEE (DPCM 159/2013 art. 7 c. 1).
 * The case is a fact the DSU declares; fsr never assumes one.
 */
public enum GncCase {
    /** None of the exceptions: the parent is attracted into the minor's nucleus. */
    ATTRACTED("attracted", Effect.ATTRACTED),
    /** Married to another person (art. 7 c. 1 lett. a): a componente aggiuntiva instead. */
    MARRIED_OTHER("married_other", Effect.COMPONENTE_AGGIUNTIVA),
    /** Has children with another person (art. 7 c. 1 lett. b): a componente aggiuntiva instead. */
    CHILDREN_OTHER("children_other", Effect.COMPONENTE_AGGIUNTIVA),
    /** A court set maintenance payments for the children (lett. c): ignored. */
    MAINTENANCE_ORDERED("maintenance_ordered", Effect.IGNORED),
    /** Excluded from parental authority or removed from the home (lett. d): ignored. */
    EXCLUDED("excluded", Effect.IGNORED),
    /** Estrangement ascertained by the authorities (lett. e): ignored. */
    ESTRANGED("estranged", Effect.IGNORED);

    /** What the case does to the nucleus. */
    public enum Effect {
        /** A member of the nucleus. */
        ATTRACTED,
        /** Outside the nucleus, adding a componente aggiuntiva. */
        COMPONENTE_AGGIUNTIVA,
        /** Outside the nucleus, without effect. */
        IGNORED
    }

    private final String code;
    private final Effect effect;

    GncCase(String code, Effect effect) {
        this.code = code;
        this.effect = effect;
    }

    /** The code written in a member file. */
    public String code() {
        return code;
    }

    /** The effect on the nucleus. */
    public Effect effect() {
        return effect;
    }
}
