package it.fsr.isee.veneto;

import it.fsr.isee.Relationship;
import it.fsr.isee.ScaleResult;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.ADDITIONAL_ADULT;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.BOTH_UNEMPLOYED;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.BOTH_WORK;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.CHILD_0_5;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.CHILD_14_18;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.CHILD_6_13;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.CHILD_STUDENT_19_26;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.COUPLE;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.DISABILITY_MEDIUM;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.DISABILITY_NOT_SELF_SUFFICIENT;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.DISABILITY_SEVERE;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.DISABLED_MINOR;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.FIRST_MEMBER;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.HOUSING_INSECURE;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.HOUSING_ROOFLESS;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.SINGLE;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.SINGLE_PARENT_MINORS;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.SINGLE_PARENT_NOT_WORKING;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.SINGLE_PARENT_WORKS;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.TWINS;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.WIDOWED;
import static it.fsr.isee.veneto.FattoreFamigliaParameters.YOUNG_COUPLE;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Fattore Famiglia equivalence scale of a household (L.R. Veneto 20/2020 art. 3; the table of the
 * Economics Living Lab method applied by DGR Veneto 1609/2021).
 *
 * <p><b>Reading adopted</b> (the table lists weights, not how they combine; each reading is also said in
 * the explanation):
 * <ul>
 *   <li>base: 2.0 for a couple (head and partner), else 1.0 for the first member;</li>
 *   <li>+0.6 "single o monogenitore": a household of one (the table's note: "maggiore peso alla persona che vive
 *       da sola"), or a head with no partner living with at least one child of theirs, of any age ("il caso di un
 *       genitore solo"); never a head without a partner who lives with other adults only (head 45 and another
 *       adult of 50: 1.0 + 0.3 = 1.3, not 1.9) nor a grandparent raising a grandchild (1.0 + 0.7 = 1.7, not 2.3);
 *       +0.4 more "con figli minori" when one of the head's children is a minor; +0.2 more when the single parent
 *       is widowed (the flag is valid only there). Other members in a single parent's home (a grandmother) do not
 *       remove these rows: they add their own weight. So adding a member lowers the scale only when the head
 *       stops living alone (1.6 → 1.3 with another adult);</li>
 *   <li>each child by age on the application date: 0–5 0.7, 6–13 0.6, 14–18 0.5, a student of 19–26 0.4;
 *       any other child counts as an additional adult, 0.3. A minor who is not the head's child (a
 *       grandchild, a minor in foster care, whom DPCM 159/2013 art. 3 counts in the foster family) weighs
 *       by the child rows for its age, never as an additional adult; every other member is an
 *       additional adult, 0.3;</li>
 *   <li>+0.4 for a young couple, the head under 40;</li>
 *   <li>twins up to age 10: 0.3 × (twins in the group − 1), per group;</li>
 *   <li>parents' work, in households with the head's minor children ("scala x ogni coniuge"): per
 *       spouse, 0.1 for each working parent and 0.2 for each unemployed one, so a couple where one works
 *       and one is unemployed gets 0.3, between both working (0.2) and both unemployed (0.4); a parent
 *       not working for another reason (homemaker, student) adds nothing. The literal reading — only the
 *       "both work" and "both unemployed" rows, nothing for a mixed couple — is the parameter
 *       {@link FattoreFamigliaParameters#WORK_ROWS_PER_SPOUSE} set to false. A single parent working
 *       0.2, not working (unemployed or otherwise) 0.4;</li>
 *   <li>each member's disability: medium 0.5, severe 0.85, not self-sufficient 1.2, +0.2 if a minor;</li>
 *   <li>housing: roofless or houseless 0.6; insecure or inadequate 0.3.</li>
 * </ul>
 * Every weight is a parameter in force on the household's date. Stateless and thread-safe.
 */
public final class FattoreFamigliaScale {
    /** Indexes of the table's rows in {@link Table#KEYS}. */
    static final int I_FIRST_MEMBER = 0;
    static final int I_SINGLE = 1;
    static final int I_SINGLE_PARENT_MINORS = 2;
    static final int I_WIDOWED = 3;
    static final int I_COUPLE = 4;
    static final int I_CHILD_0_5 = 5;
    static final int I_CHILD_6_13 = 6;
    static final int I_CHILD_14_18 = 7;
    static final int I_CHILD_STUDENT_19_26 = 8;
    static final int I_ADDITIONAL_ADULT = 9;
    static final int I_YOUNG_COUPLE = 10;
    static final int I_TWINS = 11;
    static final int I_BOTH_WORK = 12;
    static final int I_SINGLE_PARENT_WORKS = 13;
    static final int I_BOTH_UNEMPLOYED = 14;
    static final int I_SINGLE_PARENT_NOT_WORKING = 15;
    static final int I_DISABILITY_MEDIUM = 16;
    static final int I_DISABILITY_SEVERE = 17;
    static final int I_DISABILITY_NOT_SELF_SUFFICIENT = 18;
    static final int I_DISABLED_MINOR = 19;
    static final int I_HOUSING_ROOFLESS = 20;
    static final int I_HOUSING_INSECURE = 21;

    private FattoreFamigliaScale() {
    }

    /** The scale with the default table. */
    public static ScaleResult of(Household household) {
        return of(household, FattoreFamigliaParameters.defaults());
    }

    /** The scale with the given table, in force on the household's date. */
    public static ScaleResult of(Household household, ParameterSet parameters) {
        Table t = Table.of(parameters, household.date());
        List<Step> steps = new ArrayList<>();
        BigDecimal[] total = {BigDecimal.ZERO};
        components(household, t, (component, count, detail) -> {
            ParameterKey<BigDecimal> key = Table.KEYS.get(component);
            BigDecimal w = t.weight(key).multiply(BigDecimal.valueOf(count));
            total[0] = total[0].add(w);
            Object shown = detail instanceof Relationship r ? it.fsr.isee.IseeLabels.LABELS.label(r).orElseThrow() : detail;
            steps.add(Messages.step("component." + key.name(), w, count == 1 ? t.weight(key).toPlainString()
                    : t.weight(key) + " × " + count, t.source(key), shown));
        });
        steps.add(Messages.step("ff.total", total[0], "", ""));
        return new ScaleResult(total[0], Explanation.of(steps));
    }

    /** Receives each weight that applies: its key, how many times, and a detail for the explanation. */
    interface Sink {
        void add(int component, long count, Object detail);
    }

    /** Reports every component of the scale of {@code h} to {@code sink}: the one reading of the table. */
    static void components(Household household, Table t, Sink sink) {
        components(HouseholdView.of(household), t, sink);
    }

    /** Reports every component of the scale of the household {@code h} to {@code sink}: the one reading of the table. */
    static void components(HouseholdView household, Table t, Sink sink) {
        int n = household.size();
        int head = -1;
        int partner = -1;
        boolean hasChildren = false;
        boolean hasMinors = false;
        for (int i = 0; i < n; i++) {
            switch (household.relationship(i)) {
                case DECLARANT -> head = i;
                case SPOUSE -> partner = i;
                case CHILD -> {
                    hasChildren = true;
                    hasMinors |= household.age(i) < 18;
                }
                case OTHER -> { }
            }
        }
        boolean couple = partner >= 0;
        sink.add(couple ? I_COUPLE : I_FIRST_MEMBER, 1, "");
        if (!couple && (n == 1 || hasChildren)) { // lives alone, or is a parent alone with a child of theirs
            sink.add(I_SINGLE, 1, "");
            if (hasMinors) {
                sink.add(I_SINGLE_PARENT_MINORS, 1, "");
                if (household.widowed()) {
                    sink.add(I_WIDOWED, 1, "");
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int age = household.age(i);
            Relationship r = household.relationship(i);
            boolean minorNotChild = r == Relationship.OTHER && age < 18;
            if (r == Relationship.CHILD || minorNotChild) {
                if (age <= 5) {
                    sink.add(I_CHILD_0_5, 1, age);
                } else if (age <= 13) {
                    sink.add(I_CHILD_6_13, 1, age);
                } else if (age <= 18) {
                    sink.add(I_CHILD_14_18, 1, age);
                } else if (age <= 26 && household.student(i)) {
                    sink.add(I_CHILD_STUDENT_19_26, 1, age);
                } else {
                    sink.add(I_ADDITIONAL_ADULT, 1, age);
                }
            } else if (r == Relationship.OTHER) {
                sink.add(I_ADDITIONAL_ADULT, 1, age);
            }
        }
        if (couple && household.age(head) < t.youngCoupleAge) {
            sink.add(I_YOUNG_COUPLE, 1, household.age(head));
        }
        Map<String, Integer> twins = null;
        for (int i = 0; i < n; i++) {
            String group = household.twinGroup(i);
            if (group != null && !group.isBlank() && household.relationship(i) == Relationship.CHILD && household.age(i) <= t.twinsMaxAge) {
                if (twins == null) {
                    twins = new TreeMap<>();
                }
                twins.merge(group, 1, Integer::sum);
            }
        }
        if (twins != null) {
            twins.forEach((group, count) -> {
                if (count > 1) {
                    sink.add(I_TWINS, count - 1L, group);
                }
            });
        }
        if (hasMinors) {
            if (couple) {
                WorkStatus a = household.work(head);
                WorkStatus b = household.work(partner);
                if (t.workRowsPerSpouse) {
                    int working = (a == WorkStatus.WORKS ? 1 : 0) + (b == WorkStatus.WORKS ? 1 : 0);
                    int unemployed = (a == WorkStatus.UNEMPLOYED ? 1 : 0) + (b == WorkStatus.UNEMPLOYED ? 1 : 0);
                    if (working > 0) {
                        sink.add(I_BOTH_WORK, working, "");
                    }
                    if (unemployed > 0) {
                        sink.add(I_BOTH_UNEMPLOYED, unemployed, "");
                    }
                } else if (a == WorkStatus.WORKS && b == WorkStatus.WORKS) {
                    sink.add(I_BOTH_WORK, 2, "");
                } else if (a == WorkStatus.UNEMPLOYED && b == WorkStatus.UNEMPLOYED) {
                    sink.add(I_BOTH_UNEMPLOYED, 2, "");
                }
            } else {
                sink.add(household.work(head) == WorkStatus.WORKS ? I_SINGLE_PARENT_WORKS : I_SINGLE_PARENT_NOT_WORKING, 1, "");
            }
        }
        for (int i = 0; i < n; i++) {
            int k = switch (household.disability(i)) {
                case NONE -> -1;
                case MEDIUM -> I_DISABILITY_MEDIUM;
                case SEVERE -> I_DISABILITY_SEVERE;
                case NOT_SELF_SUFFICIENT -> I_DISABILITY_NOT_SELF_SUFFICIENT;
            };
            if (k >= 0) {
                sink.add(k, 1, household.relationship(i));
                if (household.age(i) < 18) {
                    sink.add(I_DISABLED_MINOR, 1, household.age(i));
                }
            }
        }
        switch (household.housing()) {
            case ROOFLESS, HOUSELESS -> sink.add(I_HOUSING_ROOFLESS, 1, household.housing());
            case INSECURE, INADEQUATE -> sink.add(I_HOUSING_INSECURE, 1, household.housing());
            default -> { }
        }
    }

    /** The table's values in force on one date, resolved once (a batch resolves it once for all). */
    static final class Table {
        static final List<ParameterKey<BigDecimal>> KEYS = List.of(FIRST_MEMBER, SINGLE, SINGLE_PARENT_MINORS, WIDOWED, COUPLE,
                CHILD_0_5, CHILD_6_13, CHILD_14_18, CHILD_STUDENT_19_26, ADDITIONAL_ADULT, YOUNG_COUPLE, TWINS, BOTH_WORK,
                SINGLE_PARENT_WORKS, BOTH_UNEMPLOYED, SINGLE_PARENT_NOT_WORKING, DISABILITY_MEDIUM, DISABILITY_SEVERE,
                DISABILITY_NOT_SELF_SUFFICIENT, DISABLED_MINOR, HOUSING_ROOFLESS, HOUSING_INSECURE);
        private final Map<String, DatedValue<BigDecimal>> weights = new java.util.HashMap<>();
        private final long[] hundredths = new long[KEYS.size()];
        private final int[] digits = new int[KEYS.size()];
        /** Whether every weight has at most two decimals, so that sums can be kept in hundredths. */
        final boolean centesimal;
        final int youngCoupleAge;
        final int twinsMaxAge;
        final boolean workRowsPerSpouse;

        private Table(ParameterSet parameters, LocalDate date) {
            for (ParameterKey<BigDecimal> k : KEYS) {
                weights.put(k.name(), parameters.parameter(k).on(date));
            }
            boolean all = true;
            for (int i = 0; i < KEYS.size(); i++) {
                digits[i] = Math.max(0, weight(KEYS.get(i)).scale());
                BigDecimal w = weight(KEYS.get(i)).movePointRight(2);
                if (w.stripTrailingZeros().scale() > 0) {
                    all = false;
                } else {
                    hundredths[i] = w.longValueExact();
                }
            }
            centesimal = all;
            youngCoupleAge = parameters.valueOn(FattoreFamigliaParameters.YOUNG_COUPLE_AGE, date);
            twinsMaxAge = parameters.valueOn(FattoreFamigliaParameters.TWINS_MAX_AGE, date);
            workRowsPerSpouse = parameters.valueOn(FattoreFamigliaParameters.WORK_ROWS_PER_SPOUSE, date);
        }

        static Table of(ParameterSet parameters, LocalDate date) {
            return new Table(parameters, date);
        }

        BigDecimal weight(ParameterKey<BigDecimal> k) {
            return weights.get(k.name()).value();
        }

        /** The weight in hundredths; only when {@link #centesimal}. */
        long hundredths(int component) {
            return hundredths[component];
        }

        /** The decimals the weight is written with (a sum is written with the most of its terms'). */
        int digits(int component) {
            return digits[component];
        }

        /** The weight of a component. */
        BigDecimal weight(int component) {
            return weight(KEYS.get(component));
        }

        String source(ParameterKey<BigDecimal> k) {
            return weights.get(k.name()).source();
        }
    }
}
