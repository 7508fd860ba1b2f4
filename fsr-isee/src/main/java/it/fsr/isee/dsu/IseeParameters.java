package it.fsr.isee.dsu;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The parameters of the national ISEE (DPCM 5 dicembre 2013 n. 159, as amended by D.L. 42/2016 art.
 * 2-sexies, conv. L. 89/2016), with their dates and sources.
 *
 * <p>The separate ISEE of L. 199/2025 c. 208 for five INPS benefits (from 2026) is meant to be a second
 * parameter set built the same way, not a fork of the code; municipal services keep these values.
 */
public final class IseeParameters {

    /** Scale parameter of a household of 1…5 members (index 0 = one member). */
    static final List<ParameterKey<BigDecimal>> SCALE_BY_SIZE = List.of(
            key("isee.scale.size1", "scale parameter, 1 member"), key("isee.scale.size2", "scale parameter, 2 members"),
            key("isee.scale.size3", "scale parameter, 3 members"), key("isee.scale.size4", "scale parameter, 4 members"),
            key("isee.scale.size5", "scale parameter, 5 members"));
    /** Added for each member beyond five. */
    static final ParameterKey<BigDecimal> SCALE_EXTRA_MEMBER = key("isee.scale.extraMember", "added per member beyond five");
    /** Maggiorazione a): three children. */
    static final ParameterKey<BigDecimal> THREE_CHILDREN = key("isee.magg.threeChildren", "maggiorazione: three children");
    /** Maggiorazione a): four children. */
    static final ParameterKey<BigDecimal> FOUR_CHILDREN = key("isee.magg.fourChildren", "maggiorazione: four children");
    /** Maggiorazione a): five or more children. */
    static final ParameterKey<BigDecimal> FIVE_CHILDREN = key("isee.magg.fiveChildren", "maggiorazione: five or more children");
    /** Maggiorazione b): minor children, both parents (or the only one) working ≥ 6 months. */
    static final ParameterKey<BigDecimal> WORKING_PARENTS = key("isee.magg.workingParents", "maggiorazione: minor children, working parents");
    /** Maggiorazione b) raised when a child is under three. */
    static final ParameterKey<BigDecimal> WORKING_PARENTS_UNDER_THREE =
            key("isee.magg.workingParentsUnderThree", "maggiorazione: working parents, a child under three");
    /** +0.5 for each member with medium, severe or not-self-sufficient disability. */
    static final ParameterKey<BigDecimal> DISABLED_MEMBER = key("isee.magg.disabledMember", "per member with disability");
    /** Added for a member in residential care or a convivenza counted in the nucleus (INPS instructions for the DSU: "la scala di equivalenza si incrementa di una unità"). */
    static final ParameterKey<BigDecimal> RESIDENTIAL_MEMBER = key("isee.magg.residentialMember", "per member in residential care");
    /** Maggiorazione a) of the 2026 family ISEE: two children. */
    static final ParameterKey<BigDecimal> FAMILY_TWO_CHILDREN = key("isee.family2026.twoChildren", "2026 family ISEE: two children");
    /** Maggiorazione a) of the 2026 family ISEE: three children. */
    static final ParameterKey<BigDecimal> FAMILY_THREE_CHILDREN = key("isee.family2026.threeChildren", "2026 family ISEE: three children");
    /** Maggiorazione a) of the 2026 family ISEE: four children. */
    static final ParameterKey<BigDecimal> FAMILY_FOUR_CHILDREN = key("isee.family2026.fourChildren", "2026 family ISEE: four children");
    /** Maggiorazione a) of the 2026 family ISEE: five or more children. */
    static final ParameterKey<BigDecimal> FAMILY_FIVE_CHILDREN = key("isee.family2026.fiveChildren", "2026 family ISEE: five or more children");
    /** ISE = ISR + this share of ISP. */
    static final ParameterKey<Rate> ASSETS_SHARE = ParameterKey.of("isee.ise.assetsShare", Rate.class, "share of ISP in the ISE");
    /** Employee income: deduction rate. */
    static final ParameterKey<Rate> EMPLOYEE_DEDUCTION_RATE = ParameterKey.of("isee.isr.employeeDeductionRate", Rate.class, "employee income deduction rate");
    /** Employee income: deduction cap. */
    static final ParameterKey<Euro> EMPLOYEE_DEDUCTION_CAP = ParameterKey.of("isee.isr.employeeDeductionCap", Euro.class, "employee income deduction cap");
    /** Pensions: deduction rate. */
    static final ParameterKey<Rate> PENSION_DEDUCTION_RATE = ParameterKey.of("isee.isr.pensionDeductionRate", Rate.class, "pension deduction rate");
    /** Pensions: deduction cap. */
    static final ParameterKey<Euro> PENSION_DEDUCTION_CAP = ParameterKey.of("isee.isr.pensionDeductionCap", Euro.class, "pension deduction cap");
    /** Rent: deduction cap. */
    static final ParameterKey<Euro> RENT_CAP = ParameterKey.of("isee.isr.rentCap", Euro.class, "rent deduction cap");
    /** Rent: cap increase per child after the second. */
    static final ParameterKey<Euro> RENT_CAP_PER_CHILD = ParameterKey.of("isee.isr.rentCapPerChild", Euro.class, "rent cap increase per child after the second");
    /** Main home: value ignored up to this. */
    static final ParameterKey<Euro> HOME_ALLOWANCE = ParameterKey.of("isee.isp.homeAllowance", Euro.class, "main home allowance");
    /** Main home: allowance increase per child after the second. */
    static final ParameterKey<Euro> HOME_ALLOWANCE_PER_CHILD = ParameterKey.of("isee.isp.homeAllowancePerChild", Euro.class, "home allowance per child after the second");
    /** Main home: share of the excess that counts. */
    static final ParameterKey<BigDecimal> HOME_EXCESS_SHARE = key("isee.isp.homeExcessShare", "share of the home's excess value that counts (2/3 as numerator/3)");
    /** Financial assets: base allowance. */
    static final ParameterKey<Euro> FINANCIAL_ALLOWANCE = ParameterKey.of("isee.isp.financialAllowance", Euro.class, "financial assets allowance");
    /** Financial assets: allowance per member after the first. */
    static final ParameterKey<Euro> FINANCIAL_ALLOWANCE_PER_MEMBER = ParameterKey.of("isee.isp.financialAllowancePerMember", Euro.class, "allowance per member after the first");
    /** Financial assets: allowance cap. */
    static final ParameterKey<Euro> FINANCIAL_ALLOWANCE_CAP = ParameterKey.of("isee.isp.financialAllowanceCap", Euro.class, "financial allowance cap");

    /** Every key of this catalogue, with or without a shipped value. */
    static final List<ParameterKey<?>> KEYS = java.util.stream.Stream.concat(SCALE_BY_SIZE.stream(), java.util.stream.Stream.<ParameterKey<?>>of(SCALE_EXTRA_MEMBER, THREE_CHILDREN, FOUR_CHILDREN, FIVE_CHILDREN, WORKING_PARENTS, WORKING_PARENTS_UNDER_THREE, DISABLED_MEMBER, RESIDENTIAL_MEMBER, FAMILY_TWO_CHILDREN, FAMILY_THREE_CHILDREN, FAMILY_FOUR_CHILDREN, FAMILY_FIVE_CHILDREN, ASSETS_SHARE, EMPLOYEE_DEDUCTION_RATE, EMPLOYEE_DEDUCTION_CAP, PENSION_DEDUCTION_RATE, PENSION_DEDUCTION_CAP, RENT_CAP, RENT_CAP_PER_CHILD, HOME_ALLOWANCE, HOME_ALLOWANCE_PER_CHILD, HOME_EXCESS_SHARE, FINANCIAL_ALLOWANCE, FINANCIAL_ALLOWANCE_PER_MEMBER, FINANCIAL_ALLOWANCE_CAP)).toList();

    private static final ParameterSet DEFAULTS = ParameterSet.fromResources(name -> IseeParameters.class.getResourceAsStream(name), KEYS, "isee-nazionale.csv");

    private IseeParameters() {
    }

    private static ParameterKey<BigDecimal> key(String name, String description) {
        return ParameterKey.of(name, BigDecimal.class, description);
    }

    /** Maggiorazione a) for {@code k} children (3…5, five or more), ordinary ISEE. */
    static ParameterKey<BigDecimal> childrenKey(int k) {
        return k <= 3 ? THREE_CHILDREN : k == 4 ? FOUR_CHILDREN : FIVE_CHILDREN;
    }

    /** Maggiorazione a) for {@code k} children (2…5, five or more), 2026 family ISEE. */
    static ParameterKey<BigDecimal> familyChildrenKey(int k) {
        return k <= 2 ? FAMILY_TWO_CHILDREN : k == 3 ? FAMILY_THREE_CHILDREN : k == 4 ? FAMILY_FOUR_CHILDREN : FAMILY_FIVE_CHILDREN;
    }

    /** The defaults: DPCM 159/2013 as amended. */
    public static ParameterSet defaults() {
        return DEFAULTS;
    }
}
