package it.fsr.riparto;

/**
 * The fundable service types of the FSR by area, each with its allocation rule (Avviso FSR 2025 §4
 * "servizi finanziabili" and §3 "indicatori di attività"; DGR XII/4793/2025).
 */
public enum ServiceType {
    /** Affido di minori a comunità e famiglie: proportional to the Comuni's eligible spend. */
    AFFIDO(Area.MINORI, RuleKind.PROPORTIONAL, true),
    /** Assistenza domiciliare minori: proportional to the social and educational personnel cost. */
    ADM(Area.MINORI, RuleKind.PROPORTIONAL, true),
    /** Servizi prima infanzia (asilo nido, nido aziendale, micronido, nido famiglia, centro prima infanzia). */
    PRIMA_INFANZIA(Area.MINORI, RuleKind.WEIGHTED, false),
    /** Residenziali minori (comunità educativa, comunità familiare, alloggio per l'autonomia): €5.00 per day minimum. */
    RESIDENZIALE_MINORI(Area.MINORI, RuleKind.PER_DAY_MINIMUM, false),
    /** Centro ricreativo diurno. */
    CRD(Area.MINORI, RuleKind.WEIGHTED, false),
    /** Centro di aggregazione giovanile. */
    CAG(Area.MINORI, RuleKind.WEIGHTED, false),
    /** Servizio di assistenza domiciliare anziani. */
    SAD_ANZIANI(Area.ANZIANI, RuleKind.SAD_ELIGIBLE_SPEND, false),
    /** Alloggi protetti per anziani: proportional to the deficit. */
    ALLOGGI_PROTETTI(Area.ANZIANI, RuleKind.PROPORTIONAL, false),
    /**
     * Centro diurno anziani: the Avviso defers its criteria to the riparto; fsr's default is
     * proportional to the deficit (the rule of the other residential and day services).
     */
    CENTRO_DIURNO_ANZIANI(Area.ANZIANI, RuleKind.PROPORTIONAL, false),
    /** Servizio di assistenza domiciliare disabili. */
    SAD_DISABILI(Area.DISABILI, RuleKind.SAD_ELIGIBLE_SPEND, false),
    /** Centro socio educativo: €4.00 per day minimum. */
    CSE(Area.DISABILI, RuleKind.PER_DAY_MINIMUM, false),
    /** Servizio di formazione all'autonomia: residual. */
    SFA(Area.DISABILI, RuleKind.RESIDUAL, false),
    /** Comunità alloggio disabili: proportional to the deficit. */
    CA_DISABILI(Area.DISABILI, RuleKind.PROPORTIONAL, false);

    private final Area area;
    private final RuleKind rule;
    private final boolean byEligibleSpend;

    ServiceType(Area area, RuleKind rule, boolean byEligibleSpend) {
        this.area = area;
        this.rule = rule;
        this.byEligibleSpend = byEligibleSpend;
    }

    /** The area the type belongs to. */
    public Area area() {
        return area;
    }

    /** The allocation rule. */
    public RuleKind rule() {
        return rule;
    }

    /** For PROPORTIONAL types: whether the basis is a declared eligible spend (else the deficit). */
    public boolean isByEligibleSpend() {
        return byEligibleSpend;
    }
}
