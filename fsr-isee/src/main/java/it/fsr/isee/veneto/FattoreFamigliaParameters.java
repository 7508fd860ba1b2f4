package it.fsr.isee.veneto;

import it.fsr.core.money.Euro;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.Parameter;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Fattore Famiglia equivalence scale (L.R. Veneto 20/2020 art. 3; the table quoted by F. Svigeli, "Il regolamento comunale dei servizi sociali e la rimodulazione dell'ISEE", the
 * DGR Veneto 1609/2021 edition of the Economics Living Lab method) and the Veneto nursery contribution
 * (DGR 1609/2021 and its later editions), every row a dated parameter.
 *
 * <p>Another edition of the table, or another region's contribution, is passed in with
 * {@link ParameterSet#with}: no code changes.
 */
public final class FattoreFamigliaParameters {
    private static final LocalDate LR20 = LocalDate.of(2020, 5, 28);
    private static final String TABLE = "L.R. Veneto 20/2020 art. 3; scala Fattore Famiglia come in DGR Veneto 1609/2021";

    /** First member. */
    public static final ParameterKey<BigDecimal> FIRST_MEMBER = key("ff.firstMember", "first member");
    /** Single or single parent (extra). */
    public static final ParameterKey<BigDecimal> SINGLE = key("ff.single", "single or single parent (extra)");
    /** Single parent with minor children (extra). */
    public static final ParameterKey<BigDecimal> SINGLE_PARENT_MINORS = key("ff.singleParentMinors", "single parent with minor children (extra)");
    /** …and also widowed with minor children (extra). */
    public static final ParameterKey<BigDecimal> WIDOWED = key("ff.widowed", "widowed single parent with minor children (extra)");
    /** Couple (instead of the first member). */
    public static final ParameterKey<BigDecimal> COUPLE = key("ff.couple", "couple (instead of first member)");
    /** Child aged 0–5. */
    public static final ParameterKey<BigDecimal> CHILD_0_5 = key("ff.child0to5", "child aged 0-5");
    /** Child aged 6–13. */
    public static final ParameterKey<BigDecimal> CHILD_6_13 = key("ff.child6to13", "child aged 6-13");
    /** Child aged 14–18. */
    public static final ParameterKey<BigDecimal> CHILD_14_18 = key("ff.child14to18", "child aged 14-18");
    /** Child student aged 19–26. */
    public static final ParameterKey<BigDecimal> CHILD_STUDENT_19_26 = key("ff.childStudent19to26", "child student aged 19-26");
    /** Additional adult. */
    public static final ParameterKey<BigDecimal> ADDITIONAL_ADULT = key("ff.additionalAdult", "additional adult");
    /** Young couple, head under 40 (extra). */
    public static final ParameterKey<BigDecimal> YOUNG_COUPLE = key("ff.youngCouple", "young couple, head under 40 (extra)");
    /** Age under which a couple is young. */
    public static final ParameterKey<Integer> YOUNG_COUPLE_AGE = ParameterKey.of("ff.youngCoupleAge", Integer.class, "head's age under which a couple is young");
    /** Twins up to this age. */
    public static final ParameterKey<Integer> TWINS_MAX_AGE = ParameterKey.of("ff.twinsMaxAge", Integer.class, "twins counted up to this age");
    /**
     * Whether the parents' work rows apply per spouse ("scala x ogni coniuge": 0.1 for each working parent,
     * 0.2 for each unemployed one, a mixed couple 0.3), true by default; false is the literal reading
     * (only "both work" and "both unemployed", nothing for a mixed couple). A reading of fsr: the table
     * gives the weights "per ogni coniuge" and no row for a mixed couple.
     */
    public static final ParameterKey<Boolean> WORK_ROWS_PER_SPOUSE =
            ParameterKey.of("ff.work.perSpouse", Boolean.class, "parents' work rows per spouse (mixed couple 0.3)");
    /** Twins: weight × (number of twins − 1). */
    public static final ParameterKey<BigDecimal> TWINS = key("ff.twins", "twins: weight x (N twins - 1)");
    /** Both parents work: per spouse. */
    public static final ParameterKey<BigDecimal> BOTH_WORK = key("ff.work.bothWork", "both parents work (per spouse)");
    /** Single parent works. */
    public static final ParameterKey<BigDecimal> SINGLE_PARENT_WORKS = key("ff.work.singleParentWorks", "single parent works");
    /** Both parents unemployed: per spouse. */
    public static final ParameterKey<BigDecimal> BOTH_UNEMPLOYED = key("ff.work.bothUnemployed", "both parents unemployed (per spouse)");
    /** Single parent not working. */
    public static final ParameterKey<BigDecimal> SINGLE_PARENT_NOT_WORKING = key("ff.work.singleParentNotWorking", "single parent not working");
    /** Disability: medium. */
    public static final ParameterKey<BigDecimal> DISABILITY_MEDIUM = key("ff.disability.medium", "disability: medium");
    /** Disability: severe. */
    public static final ParameterKey<BigDecimal> DISABILITY_SEVERE = key("ff.disability.severe", "disability: severe");
    /** Disability: not self-sufficient. */
    public static final ParameterKey<BigDecimal> DISABILITY_NOT_SELF_SUFFICIENT = key("ff.disability.notSelfSufficient", "disability: not self-sufficient");
    /** Disabled minor (extra). */
    public static final ParameterKey<BigDecimal> DISABLED_MINOR = key("ff.disability.minor", "disabled minor (extra)");
    /** Roofless or houseless. */
    public static final ParameterKey<BigDecimal> HOUSING_ROOFLESS = key("ff.housing.roofless", "severe housing exclusion: roofless or houseless");
    /** Insecure or inadequate housing. */
    public static final ParameterKey<BigDecimal> HOUSING_INSECURE = key("ff.housing.insecure", "insecure or inadequate housing");

    /** Nursery contribution: rescaled ISEE at or below which the maximum is paid. */
    public static final ParameterKey<Euro> NURSERY_ISEE_LOW = ParameterKey.of("ff.nursery.iseeLow", Euro.class, "nursery: rescaled ISEE of the maximum");
    /** Nursery contribution: rescaled ISEE of the minimum; above it, no access. */
    public static final ParameterKey<Euro> NURSERY_ISEE_HIGH = ParameterKey.of("ff.nursery.iseeHigh", Euro.class, "nursery: rescaled ISEE of the minimum (no access above)");
    /** Nursery contribution: maximum. */
    public static final ParameterKey<Euro> NURSERY_MAX = ParameterKey.of("ff.nursery.max", Euro.class, "nursery: maximum contribution");
    /** Nursery contribution: minimum. */
    public static final ParameterKey<Euro> NURSERY_MIN = ParameterKey.of("ff.nursery.min", Euro.class, "nursery: minimum contribution");
    /** Nursery contribution: national ISEE above which there is no access. */
    public static final ParameterKey<Euro> NURSERY_NATIONAL_ISEE_CAP =
            ParameterKey.of("ff.nursery.nationalIseeCap", Euro.class, "nursery: national ISEE above which no access");

    private static final ParameterSet DEFAULTS;

    static {
        List<Parameter<?>> l = new ArrayList<>();
        Object[][] table = {
            {FIRST_MEMBER, "1.0"}, {SINGLE, "0.6"}, {SINGLE_PARENT_MINORS, "0.4"}, {WIDOWED, "0.2"}, {COUPLE, "2.0"},
            {CHILD_0_5, "0.7"}, {CHILD_6_13, "0.6"}, {CHILD_14_18, "0.5"}, {CHILD_STUDENT_19_26, "0.4"}, {ADDITIONAL_ADULT, "0.3"},
            {YOUNG_COUPLE, "0.4"}, {TWINS, "0.3"}, {BOTH_WORK, "0.1"}, {SINGLE_PARENT_WORKS, "0.2"}, {BOTH_UNEMPLOYED, "0.2"},
            {SINGLE_PARENT_NOT_WORKING, "0.4"}, {DISABILITY_MEDIUM, "0.5"}, {DISABILITY_SEVERE, "0.85"},
            {DISABILITY_NOT_SELF_SUFFICIENT, "1.2"}, {DISABLED_MINOR, "0.2"}, {HOUSING_ROOFLESS, "0.6"}, {HOUSING_INSECURE, "0.3"}};
        for (Object[] row : table) {
            @SuppressWarnings("unchecked")
            ParameterKey<BigDecimal> k = (ParameterKey<BigDecimal>) row[0];
            l.add(Parameter.of(k, DatedValue.from(new BigDecimal((String) row[1]), LR20, TABLE)));
        }
        l.add(Parameter.of(YOUNG_COUPLE_AGE, DatedValue.from(40, LR20, TABLE)));
        l.add(Parameter.of(TWINS_MAX_AGE, DatedValue.from(10, LR20, TABLE)));
        l.add(Parameter.of(WORK_ROWS_PER_SPOUSE, DatedValue.from(true, LR20,
                "scelta di fsr: le righe sul lavoro dei genitori si leggono per ogni coniuge (L.R. Veneto 20/2020 art. 3, tabella)")));
        String d1609 = "DGR Veneto 1609 del 19/11/2021 (servizi 2021/22)";
        String d1277 = "DGR Veneto 1277 del 18/10/2022 (servizi 2022/23; soglie non ripetute, assunte 3.000/15.000 come nella DGR 1609/2021)";
        String d1046 = "DGR Veneto 1046 del 20/11/2023 (servizi 1/9/2023-31/8/2024)";
        String d2024 = "DGR Veneto di novembre 2024, 4.766.481 euro (servizi 1/9/2024-31/8/2025)";
        String[] sources = {d1609, d1277, d1046, d2024};
        long[][] editions = {{3000, 15000, 600, 200}, {3000, 15000, 800, 400}, {3000, 15000, 1300, 900}, {3000, 15000, 1300, 900}};
        List<List<DatedValue<Euro>>> values = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int e = 0; e < editions.length; e++) {
            ServiceYear year = ServiceYear.starting(2021 + e);
            for (int k = 0; k < 4; k++) {
                values.get(k).add(DatedValue.window(Euro.ofEuros(editions[e][k]), year.start(), year.end(), sources[e]));
            }
            values.get(4).add(DatedValue.window(Euro.ofEuros(20000), year.start(), year.end(), sources[e]
                    + (e == 0 ? ", come riassunta dai Comuni: ISEE nazionale del nucleo del minore" : "; soglia non ripetuta, assunta come nella DGR 1609/2021")));
        }
        l.add(Parameter.of(NURSERY_ISEE_LOW, values.get(0)));
        l.add(Parameter.of(NURSERY_ISEE_HIGH, values.get(1)));
        l.add(Parameter.of(NURSERY_MAX, values.get(2)));
        l.add(Parameter.of(NURSERY_MIN, values.get(3)));
        l.add(Parameter.of(NURSERY_NATIONAL_ISEE_CAP, values.get(4)));
        DEFAULTS = ParameterSet.of(l);
    }

    private FattoreFamigliaParameters() {
    }

    private static ParameterKey<BigDecimal> key(String name, String description) {
        return ParameterKey.of(name, BigDecimal.class, description);
    }

    /** The defaults: the Fattore Famiglia table and the DGR 1609/2021 contribution with its later editions. */
    public static ParameterSet defaults() {
        return DEFAULTS;
    }
}
