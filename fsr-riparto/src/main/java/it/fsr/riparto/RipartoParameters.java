package it.fsr.riparto;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import java.time.LocalDate;
import java.util.List;

/**
 * The parameters of the FSR riparto that the DGR and the Avviso set, with their dates and sources.
 *
 * <p>Defaults: DGR XII/4793 of 28/07/2025 ("Approvazione del piano di riparto e modalità di utilizzo
 * delle risorse del Fondo Sociale Regionale – annualità 2025") as quoted by the Avviso FSR 2025 of
 * Ambito n. 6 Monte Orfano, in force for the 2025 funding year. Another year's or region's values are
 * passed in with {@link ParameterSet#with}, not coded.
 */
public final class RipartoParameters {

    /** Cap of the fondo di riequilibrio/riserva, as a share of the year's FSR. */
    static final ParameterKey<Rate> MAX_RESERVE_RATE =
            ParameterKey.of("fsr.ambito.reserve.maxRate", Rate.class, "maximum reserve (fondo di riequilibrio/riserva)");
    /** Cap of the social and socio-economic inclusion actions, admin costs included. */
    static final ParameterKey<Rate> MAX_INCLUSION_RATE =
            ParameterKey.of("fsr.ambito.inclusion.maxRate", Rate.class, "maximum inclusion actions (admin costs included)");
    /** Cap of the administrative costs of the procedure. */
    static final ParameterKey<Rate> MAX_ADMIN_RATE =
            ParameterKey.of("fsr.ambito.admin.maxRate", Rate.class, "maximum administrative costs");
    /** Minimum contribution per unit: under it, nothing. */
    public static final ParameterKey<Euro> MINIMUM_CONTRIBUTION =
            ParameterKey.of("fsr.unit.minimumContribution", Euro.class, "minimum contribution per unit");
    /** Minimum per day of presence of resident users, residential minors. */
    static final ParameterKey<Euro> PER_DAY_RESIDENTIAL_MINORS =
            ParameterKey.of("fsr.perDay.residentialMinors", Euro.class, "minimum per day of presence, residential minors");
    /** Minimum per day of presence of resident users, CSE. */
    static final ParameterKey<Euro> PER_DAY_CSE =
            ParameterKey.of("fsr.perDay.cse", Euro.class, "minimum per day of presence, CSE");
    /** SAD: complementary costs eligible up to this share of the personnel cost. */
    static final ParameterKey<Rate> SAD_COMPLEMENTARY_CAP =
            ParameterKey.of("fsr.sad.complementaryCap", Rate.class, "SAD complementary costs cap (share of personnel cost)");
    /** CRD: personnel cost counted up to this share of the cost. */
    static final ParameterKey<Rate> CRD_PERSONNEL_CAP =
            ParameterKey.of("fsr.crd.personnelCap", Rate.class, "CRD personnel cost counted up to (share of cost)");
    /** CRD: general costs counted up to this share of the cost. */
    static final ParameterKey<Rate> CRD_GENERAL_CAP =
            ParameterKey.of("fsr.crd.generalCap", Rate.class, "CRD general costs counted up to (share of cost)");
    /** Region → Ambiti: per capita share. */
    static final ParameterKey<Rate> REGION_POPULATION =
            ParameterKey.of("fsr.region.population", Rate.class, "region to Ambiti: per capita (ISTAT population 1 January of the previous year)");
    /** Region → Ambiti: places in active social units (AFAM) at 31/12. */
    static final ParameterKey<Rate> REGION_PLACES =
            ParameterKey.of("fsr.region.places", Rate.class, "region to Ambiti: places in active units (criterion a)");
    /** Region → Ambiti: users of home-care services. */
    static final ParameterKey<Rate> REGION_HOME_CARE =
            ParameterKey.of("fsr.region.homeCareUsers", Rate.class, "region to Ambiti: home-care users (criterion b)");
    /** Region → Ambiti: minors in foster care. */
    static final ParameterKey<Rate> REGION_FOSTER =
            ParameterKey.of("fsr.region.fosterMinors", Rate.class, "region to Ambiti: minors in foster care (criterion c)");
    /** Region → Ambiti: co-financed / active units ratio, CRD excluded. */
    static final ParameterKey<Rate> REGION_COFINANCED =
            ParameterKey.of("fsr.region.cofinancedRatio", Rate.class, "region to Ambiti: co-financed / active units, CRD excluded");

    /** Every key of this catalogue, with or without a shipped value. */
    static final List<ParameterKey<?>> KEYS = List.of(
            MAX_RESERVE_RATE,
            MAX_INCLUSION_RATE,
            MAX_ADMIN_RATE,
            MINIMUM_CONTRIBUTION,
            PER_DAY_RESIDENTIAL_MINORS,
            PER_DAY_CSE,
            SAD_COMPLEMENTARY_CAP,
            CRD_PERSONNEL_CAP,
            CRD_GENERAL_CAP,
            REGION_POPULATION,
            REGION_PLACES,
            REGION_HOME_CARE,
            REGION_FOSTER,
            REGION_COFINANCED);

    private static final ParameterSet DEFAULTS = ParameterSet.fromResources(name -> RipartoParameters.class.getResourceAsStream(name), KEYS, "riparto.csv");

    private RipartoParameters() {
    }

    /** The defaults: DGR XII/4793/2025, in force from the 2025 funding year. */
    public static ParameterSet defaults() {
        return DEFAULTS;
    }
}
