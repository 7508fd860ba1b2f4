package it.fsr.isee.dsu;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import java.util.List;

/**
 * The parameters the DSU calculation adds to {@link IseeParameters}: per-member deductions, the bond
 * exclusion, the componente aggiuntiva, the 2026 family ISEE's home franchigia, the ISEE corrente
 * thresholds. Each is dated and cites its act. The yield rate of the reddito figurativo has no
 * default: a caller adds it per year with {@link ParameterSet#with}, or gives the figure printed on the
 * DSU.
 */
public final class DsuParameters {

    /** Health and assistance expenses for a member with disability: deducted up to this, per member (art. 4 c. 3). */
    static final ParameterKey<Euro> DISABILITY_EXPENSES_CAP = euro("isee.isr.disabilityExpensesCap", "disability expenses deduction cap per member");
    /** Government bonds, postal bonds and savings books excluded up to this per nucleus (DPCM 13/2025, DSUs from 3/4/2025). */
    static final ParameterKey<Euro> BOND_EXCLUSION = euro("isee.isp.bondExclusion", "government and postal bonds excluded per nucleus");
    /**
     * Financial franchigia: raised by this per cohabiting child after the second, on top of its cap
     * ({@code isee.isp.financialAllowanceCap}) (art. 5 c. 4, last sentence: "la predetta soglia è incrementata…", as published readings state it,
     * e.g. the pmi.it answer of 19/3/2024 on the franchigie); a caller who reads the text otherwise sets it to 0.
     */
    static final ParameterKey<Euro> FINANCIAL_ALLOWANCE_PER_CHILD = euro("isee.isp.financialAllowancePerChildAfterSecond",
            "financial allowance per child after the second");
    /** The yield rate of the reddito figurativo: min(10-year Treasury yield, legal rate + 1 point); no default. */
    static final ParameterKey<Rate> FIGURATIVE_RATE = ParameterKey.of("isee.isr.figurativeRate", Rate.class, "reddito figurativo yield rate");
    /** Componente aggiuntiva: the threshold subtracted from the person's equivalent ISE (all. 2). */
    static final ParameterKey<Euro> CA_THRESHOLD = euro("isee.ca.threshold", "componente aggiuntiva threshold");
    /** Componente aggiuntiva: the share of the excess (all. 2). */
    static final ParameterKey<Rate> CA_SHARE = ParameterKey.of("isee.ca.share", Rate.class, "componente aggiuntiva share");
    /** Università: own income that makes the student autonomous (adeguata capacità di reddito). */
    static final ParameterKey<Euro> UNIVERSITY_OWN_INCOME = euro("isee.university.ownIncome", "student's own income for autonomy");
    /** 2026 family ISEE: main-home franchigia. */
    static final ParameterKey<Euro> FAMILY_HOME_ALLOWANCE = euro("isee.family2026.homeAllowance", "2026 family ISEE: home franchigia");
    /** 2026 family ISEE: main-home franchigia in a capoluogo of a Città metropolitana. */
    static final ParameterKey<Euro> FAMILY_HOME_ALLOWANCE_METRO = euro("isee.family2026.homeAllowanceMetro",
            "2026 family ISEE: home franchigia in a metropolitan capoluogo");
    /** 2026 family ISEE: increase per cohabiting child after the first. */
    static final ParameterKey<Euro> FAMILY_HOME_PER_CHILD = euro("isee.family2026.homePerChildAfterFirst",
            "2026 family ISEE: home franchigia per child after the first");
    /** Years between the DSU and the year of its incomes and assets (t − 2) (the original art. 5 said t − 1 for real estate: a dated parameter). */
    static final ParameterKey<Integer> REFERENCE_LAG = ParameterKey.of("isee.referenceLag", Integer.class,
            "years between the DSU and its incomes and assets");
    /** ISEE corrente: the ISR change that allows it. */
    static final ParameterKey<Rate> CORRENTE_ISR_CHANGE = ParameterKey.of("isee.corrente.isrChange", Rate.class, "ISEE corrente: ISR change");
    /** ISEE corrente: the ISP change that allows it. */
    static final ParameterKey<Rate> CORRENTE_ISP_CHANGE = ParameterKey.of("isee.corrente.ispChange", Rate.class, "ISEE corrente: ISP change");

    /** ISEE corrente: whether the income case needs both a declared event and the ISR change (the text before D.L. 34/2019 art. 28-bis). */
    static final ParameterKey<Boolean> CORRENTE_EVENT_AND_ISR = ParameterKey.of("isee.corrente.eventAndIsrChange", Boolean.class,
            "ISEE corrente: event and ISR change both required");
    /** ISEE corrente: whether interrupted benefits outside IRPEF are an event. */
    static final ParameterKey<Boolean> CORRENTE_BENEFITS_EVENT = ParameterKey.of("isee.corrente.benefitsEvent", Boolean.class,
            "ISEE corrente: interrupted benefits are an event");
    /** ISEE corrente: months of validity of the income case from filing. */
    static final ParameterKey<Integer> CORRENTE_VALIDITY_MONTHS = ParameterKey.of("isee.corrente.validityMonths", Integer.class,
            "ISEE corrente: months of validity");

    /** Università: the years lived outside the family home before the first enrolment. */
    static final ParameterKey<Integer> UNIVERSITY_YEARS_AWAY = ParameterKey.of("isee.university.yearsAway", Integer.class,
            "università: years outside the family home");
    /** Università: the years of own income at the threshold. */
    static final ParameterKey<Integer> UNIVERSITY_INCOME_YEARS = ParameterKey.of("isee.university.incomeYears", Integer.class,
            "università: years of own income at the threshold");

    /** Every key of this catalogue, with or without a shipped value. */
    static final List<ParameterKey<?>> KEYS = List.of(
            DISABILITY_EXPENSES_CAP,
            BOND_EXCLUSION,
            FINANCIAL_ALLOWANCE_PER_CHILD,
            FIGURATIVE_RATE,
            CA_THRESHOLD,
            CA_SHARE,
            UNIVERSITY_OWN_INCOME,
            FAMILY_HOME_ALLOWANCE,
            FAMILY_HOME_ALLOWANCE_METRO,
            FAMILY_HOME_PER_CHILD,
            REFERENCE_LAG,
            CORRENTE_ISR_CHANGE,
            CORRENTE_ISP_CHANGE,
            CORRENTE_EVENT_AND_ISR,
            CORRENTE_BENEFITS_EVENT,
            CORRENTE_VALIDITY_MONTHS,
            UNIVERSITY_YEARS_AWAY,
            UNIVERSITY_INCOME_YEARS);

    private static final ParameterSet DEFAULTS =
            ParameterSet.union(IseeParameters.defaults(), ParameterSet.fromResources(name -> DsuParameters.class.getResourceAsStream(name), KEYS, "dsu.csv"));

    private DsuParameters() {
    }

    private static ParameterKey<Euro> euro(String name, String description) {
        return ParameterKey.of(name, Euro.class, description);
    }

    /** The national ISEE's parameters with the DSU's. */
    public static ParameterSet defaults() {
        return DEFAULTS;
    }
}
