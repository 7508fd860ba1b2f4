package it.fsr.riparto;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterSet;

/** The parameters of the riparto in force for the funding year, read once. */
final class RipartoRules {
    final Rate maxReserve;
    final Rate maxInclusion;
    final Rate maxAdmin;
    final String reserveSource;
    final String inclusionSource;
    final Euro minimumContribution;
    final String minimumSource;
    final Euro perDayResidentialMinors;
    final Euro perDayCse;
    final String perDaySourceMinors;
    final String perDaySourceCse;
    final Rate sadComplementaryCap;
    final Rate crdPersonnelCap;
    final Rate crdGeneralCap;
    /** The Ambito's own act (its Avviso), which every step of the report cites. */
    final String avviso;

    private RipartoRules(ParameterSet set, int year, String avviso) {
        this.avviso = avviso;
        maxReserve = set.valueForYear(RipartoParameters.MAX_RESERVE_RATE, year);
        reserveSource = set.datedForYear(RipartoParameters.MAX_RESERVE_RATE, year).source();
        maxInclusion = set.valueForYear(RipartoParameters.MAX_INCLUSION_RATE, year);
        inclusionSource = set.datedForYear(RipartoParameters.MAX_INCLUSION_RATE, year).source();
        maxAdmin = set.valueForYear(RipartoParameters.MAX_ADMIN_RATE, year);
        minimumContribution = set.valueForYear(RipartoParameters.MINIMUM_CONTRIBUTION, year);
        minimumSource = set.datedForYear(RipartoParameters.MINIMUM_CONTRIBUTION, year).source();
        perDayResidentialMinors = set.valueForYear(RipartoParameters.PER_DAY_RESIDENTIAL_MINORS, year);
        perDaySourceMinors = set.datedForYear(RipartoParameters.PER_DAY_RESIDENTIAL_MINORS, year).source();
        perDayCse = set.valueForYear(RipartoParameters.PER_DAY_CSE, year);
        perDaySourceCse = set.datedForYear(RipartoParameters.PER_DAY_CSE, year).source();
        sadComplementaryCap = set.valueForYear(RipartoParameters.SAD_COMPLEMENTARY_CAP, year);
        crdPersonnelCap = set.valueForYear(RipartoParameters.CRD_PERSONNEL_CAP, year);
        crdGeneralCap = set.valueForYear(RipartoParameters.CRD_GENERAL_CAP, year);
    }

    static RipartoRules read(ParameterSet set, int year, String avviso) {
        return new RipartoRules(set, year, avviso);
    }

    /** The per-day minimum of a per-day type (€4.00 CSE, €5.00 residential minors). */
    Euro perDay(ServiceType type) {
        return type == ServiceType.CSE ? perDayCse : perDayResidentialMinors;
    }

    /** The source of the per-day minimum of a type. */
    String perDaySource(ServiceType type) {
        return type == ServiceType.CSE ? perDaySourceCse : perDaySourceMinors;
    }
}
