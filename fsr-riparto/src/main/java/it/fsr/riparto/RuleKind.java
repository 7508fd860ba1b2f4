package it.fsr.riparto;

/** How a service type's budget is split among its units (Avviso FSR 2025 of Ambito 6 Monte Orfano, "Indicatori di attività"). */
public enum RuleKind {
    /** In proportion to eligible spend (affido, ADM) or to the deficit (alloggi protetti, CDA, CA disabili). */
    PROPORTIONAL,
    /** In proportion to the SAD eligible spend: personnel + complementary ≤ 60% − users' payments − other revenue. */
    SAD_ELIGIBLE_SPEND,
    /** In proportion to days of presence of resident users, with a minimum per day. */
    PER_DAY_MINIMUM,
    /** By weighted activity indicators (nido, CAG, CRD). */
    WEIGHTED,
    /** Only from what is left after the consolidated services, by deficit (SFA). */
    RESIDUAL
}
