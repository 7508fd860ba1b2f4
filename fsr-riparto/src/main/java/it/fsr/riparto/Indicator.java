package it.fsr.riparto;

/**
 * The activity indicators of the WEIGHTED rule (Avviso FSR 2025 §3 "Indicatori di attività"): for
 * asili nido, Centri di Aggregazione Giovanile and Centri Ricreativi Diurni. A yes/no indicator counts
 * 1 or 0. Three are computed, not read: {@link #NET_COST} (costs − revenues − investments),
 * {@link #PERSONNEL_COST} (the unit's personnel cost) and {@link #COUNTED_COST} (the CRD cost with
 * personnel ≤ 60% and general costs ≤ 40%).
 */
public enum Indicator {
    /** Nido: total costs net of revenues and investments (computed: the unit's deficit). */
    NET_COST(ServiceType.PRIMA_INFANZIA, false),
    /** Nido: children attending. */
    CHILDREN_ATTENDING(ServiceType.PRIMA_INFANZIA, false),
    /** Nido: children under one year present (yes/no). */
    CHILDREN_UNDER_ONE(ServiceType.PRIMA_INFANZIA, true),
    /** Nido: children with disabilities present (yes/no). */
    CHILDREN_WITH_DISABILITIES(ServiceType.PRIMA_INFANZIA, true),
    /** Nido: open 10 hours a day or more (yes/no). */
    OPEN_10_HOURS(ServiceType.PRIMA_INFANZIA, true),
    /** Nido: users' payments above 20% of total costs (yes/no). */
    USER_PAYMENTS_OVER_20_PERCENT(ServiceType.PRIMA_INFANZIA, true),
    /** CAG: hours of activity with the young. */
    ACTIVITY_HOURS(ServiceType.CAG, false),
    /** CAG: yearly hours of employed socio-educational staff (a religious manager excluded). */
    STAFF_HOURS(ServiceType.CAG, false),
    /** CAG: number of qualified operators. */
    QUALIFIED_OPERATORS(ServiceType.CAG, false),
    /** CAG: personnel cost, volunteers excluded (computed: the unit's {@code personnelCost}). */
    PERSONNEL_COST(ServiceType.CAG, false),
    /** CAG: users of all age bands (yes/no). */
    ALL_AGE_BANDS(ServiceType.CAG, true),
    /** CAG: evening opening (yes/no). */
    EVENING_OPENING(ServiceType.CAG, true),
    /** CRD: counted cost (computed from personnel and general costs, net of investments). */
    COUNTED_COST(ServiceType.CRD, false),
    /** CRD: users per shift. */
    USERS_PER_SHIFT(ServiceType.CRD, false),
    /** CRD: canteen (yes/no). */
    CANTEEN(ServiceType.CRD, true),
    /** CRD: open more than 3 weeks (yes/no). */
    OPEN_OVER_3_WEEKS(ServiceType.CRD, true),
    /** CRD: open more than 5 hours a day (yes/no). */
    OPEN_OVER_5_HOURS(ServiceType.CRD, true);

    private final ServiceType type;
    private final boolean yesNo;

    Indicator(ServiceType type, boolean yesNo) {
        this.type = type;
        this.yesNo = yesNo;
    }

    /** The service type whose set this indicator belongs to. */
    public ServiceType serviceType() {
        return type;
    }

    /** Whether the indicator is yes/no (1 or 0). */
    public boolean isYesNo() {
        return yesNo;
    }

    /** Whether fsr computes it from the unit's costs instead of reading it. */
    public boolean isComputed() {
        return this == NET_COST || this == COUNTED_COST || this == PERSONNEL_COST;
    }
}
