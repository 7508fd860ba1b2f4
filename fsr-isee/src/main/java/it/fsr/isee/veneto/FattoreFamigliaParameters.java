package it.fsr.isee.veneto;

import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Fattore Famiglia equivalence scale (L.R. Veneto 20/2020 art. 3; the table quoted by F. Svigeli, "Il regolamento comunale dei servizi sociali e la rimodulazione dell'ISEE", the
 * DGR Veneto 1609/2021 edition of the Economics Living Lab method) and the Veneto nursery contribution
 * (DGR 1609/2021 and its later editions), every row a dated parameter read from a parameters file shipped with
 * the library ({@code fattore-famiglia-scala.csv}, {@code contributo-nido.csv}: one row per value, with its act).
 *
 * <p>Another edition of the table, or a new service year's contribution, is a parameters file laid over the
 * defaults with {@link ParameterSet#withOverlay(java.nio.file.Path)}: no code changes, no new release.
 */
public final class FattoreFamigliaParameters {
    /** First member. */
    static final ParameterKey<BigDecimal> FIRST_MEMBER = key("ff.firstMember", "first member");
    /** Single or single parent (extra). */
    static final ParameterKey<BigDecimal> SINGLE = key("ff.single", "single or single parent (extra)");
    /** Single parent with minor children (extra). */
    static final ParameterKey<BigDecimal> SINGLE_PARENT_MINORS = key("ff.singleParentMinors", "single parent with minor children (extra)");
    /** …and also widowed with minor children (extra). */
    static final ParameterKey<BigDecimal> WIDOWED = key("ff.widowed", "widowed single parent with minor children (extra)");
    /** Couple (instead of the first member). */
    static final ParameterKey<BigDecimal> COUPLE = key("ff.couple", "couple (instead of first member)");
    /** Child aged 0–5. */
    static final ParameterKey<BigDecimal> CHILD_0_5 = key("ff.child0to5", "child aged 0-5");
    /** Child aged 6–13. */
    static final ParameterKey<BigDecimal> CHILD_6_13 = key("ff.child6to13", "child aged 6-13");
    /** Child aged 14–18. */
    static final ParameterKey<BigDecimal> CHILD_14_18 = key("ff.child14to18", "child aged 14-18");
    /** Child student aged 19–26. */
    static final ParameterKey<BigDecimal> CHILD_STUDENT_19_26 = key("ff.childStudent19to26", "child student aged 19-26");
    /** Additional adult. */
    static final ParameterKey<BigDecimal> ADDITIONAL_ADULT = key("ff.additionalAdult", "additional adult");
    /** Young couple, head under 40 (extra). */
    static final ParameterKey<BigDecimal> YOUNG_COUPLE = key("ff.youngCouple", "young couple, head under 40 (extra)");
    /** Age under which a couple is young. */
    static final ParameterKey<Integer> YOUNG_COUPLE_AGE = ParameterKey.of("ff.youngCoupleAge", Integer.class, "head's age under which a couple is young");
    /** Twins up to this age. */
    static final ParameterKey<Integer> TWINS_MAX_AGE = ParameterKey.of("ff.twinsMaxAge", Integer.class, "twins counted up to this age");
    /**
     * Whether the parents' work rows apply per spouse ("scala x ogni coniuge": 0.1 for each working parent,
     * 0.2 for each unemployed one, a mixed couple 0.3), true by default; false is the literal reading
     * (only "both work" and "both unemployed", nothing for a mixed couple). A reading of fsr: the table
     * gives the weights "per ogni coniuge" and no row for a mixed couple.
     */
    static final ParameterKey<Boolean> WORK_ROWS_PER_SPOUSE =
            ParameterKey.of("ff.work.perSpouse", Boolean.class, "parents' work rows per spouse (mixed couple 0.3)");
    /** Twins: weight × (number of twins − 1). */
    static final ParameterKey<BigDecimal> TWINS = key("ff.twins", "twins: weight x (N twins - 1)");
    /** Both parents work: per spouse. */
    static final ParameterKey<BigDecimal> BOTH_WORK = key("ff.work.bothWork", "both parents work (per spouse)");
    /** Single parent works. */
    static final ParameterKey<BigDecimal> SINGLE_PARENT_WORKS = key("ff.work.singleParentWorks", "single parent works");
    /** Both parents unemployed: per spouse. */
    static final ParameterKey<BigDecimal> BOTH_UNEMPLOYED = key("ff.work.bothUnemployed", "both parents unemployed (per spouse)");
    /** Single parent not working. */
    static final ParameterKey<BigDecimal> SINGLE_PARENT_NOT_WORKING = key("ff.work.singleParentNotWorking", "single parent not working");
    /** Disability: medium. */
    static final ParameterKey<BigDecimal> DISABILITY_MEDIUM = key("ff.disability.medium", "disability: medium");
    /** Disability: severe. */
    static final ParameterKey<BigDecimal> DISABILITY_SEVERE = key("ff.disability.severe", "disability: severe");
    /** Disability: not self-sufficient. */
    static final ParameterKey<BigDecimal> DISABILITY_NOT_SELF_SUFFICIENT = key("ff.disability.notSelfSufficient", "disability: not self-sufficient");
    /** Disabled minor (extra). */
    static final ParameterKey<BigDecimal> DISABLED_MINOR = key("ff.disability.minor", "disabled minor (extra)");
    /** Roofless or houseless. */
    static final ParameterKey<BigDecimal> HOUSING_ROOFLESS = key("ff.housing.roofless", "severe housing exclusion: roofless or houseless");
    /** Insecure or inadequate housing. */
    static final ParameterKey<BigDecimal> HOUSING_INSECURE = key("ff.housing.insecure", "insecure or inadequate housing");

    /** Nursery contribution: rescaled ISEE at or below which the maximum is paid. */
    static final ParameterKey<Euro> NURSERY_ISEE_LOW = ParameterKey.of("ff.nursery.iseeLow", Euro.class, "nursery: rescaled ISEE of the maximum");
    /** Nursery contribution: rescaled ISEE of the minimum; above it, no access. */
    static final ParameterKey<Euro> NURSERY_ISEE_HIGH = ParameterKey.of("ff.nursery.iseeHigh", Euro.class, "nursery: rescaled ISEE of the minimum (no access above)");
    /** Nursery contribution: maximum. */
    static final ParameterKey<Euro> NURSERY_MAX = ParameterKey.of("ff.nursery.max", Euro.class, "nursery: maximum contribution");
    /** Nursery contribution: minimum. */
    static final ParameterKey<Euro> NURSERY_MIN = ParameterKey.of("ff.nursery.min", Euro.class, "nursery: minimum contribution");
    /** Nursery contribution: national ISEE above which there is no access. */
    static final ParameterKey<Euro> NURSERY_NATIONAL_ISEE_CAP =
            ParameterKey.of("ff.nursery.nationalIseeCap", Euro.class, "nursery: national ISEE above which no access");

    /**
     * Budget check: whether the edition funds the contributions in the chronological order of the applications (DGR
     * 1609/2021: "in ordine cronologico delle domande"); an edition without the row states no order, and none is assumed.
     */
    static final ParameterKey<Boolean> NURSERY_CHRONOLOGICAL =
            ParameterKey.of("ff.nursery.chronological", Boolean.class, "nursery: contributions funded in the chronological order of the applications");

    /** Every key of this catalogue, in the order of the table. */
    static final List<ParameterKey<?>> KEYS = List.of(
            FIRST_MEMBER,
            SINGLE,
            SINGLE_PARENT_MINORS,
            WIDOWED,
            COUPLE,
            CHILD_0_5,
            CHILD_6_13,
            CHILD_14_18,
            CHILD_STUDENT_19_26,
            ADDITIONAL_ADULT,
            YOUNG_COUPLE,
            YOUNG_COUPLE_AGE,
            TWINS_MAX_AGE,
            WORK_ROWS_PER_SPOUSE,
            TWINS,
            BOTH_WORK,
            SINGLE_PARENT_WORKS,
            BOTH_UNEMPLOYED,
            SINGLE_PARENT_NOT_WORKING,
            DISABILITY_MEDIUM,
            DISABILITY_SEVERE,
            DISABILITY_NOT_SELF_SUFFICIENT,
            DISABLED_MINOR,
            HOUSING_ROOFLESS,
            HOUSING_INSECURE,
            NURSERY_ISEE_LOW,
            NURSERY_ISEE_HIGH,
            NURSERY_MAX,
            NURSERY_MIN,
            NURSERY_NATIONAL_ISEE_CAP,
            NURSERY_CHRONOLOGICAL);

    /** The shipped values: the Fattore Famiglia table and the nursery contribution's editions, one file each. */
    private static final ParameterSet DEFAULTS =
            ParameterSet.fromResources(name -> FattoreFamigliaParameters.class.getResourceAsStream(name), KEYS, "fattore-famiglia-scala.csv", "contributo-nido.csv");

    private FattoreFamigliaParameters() {
    }

    private static ParameterKey<BigDecimal> key(String name, String description) {
        return ParameterKey.of(name, BigDecimal.class, description);
    }

    /** The defaults: the Fattore Famiglia table and the contribution's editions, as the shipped files give them. */
    public static ParameterSet defaults() {
        return DEFAULTS;
    }
}
