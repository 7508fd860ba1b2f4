package it.fsr.isee;

import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rescales and prices a whole list of households in one call: FF scale, rescaled ISEE (in melius) and
 * the nursery contribution of each child attending a 0–3 service, with the same rules as
 * {@link FattoreFamiglia} and {@link NurseryContribution} — the property tests check that batch = one by
 * one — but without building explanations, and with the parameters resolved once.
 *
 * <p>The contribution's edition is the one of the given {@link ServiceYear}; each household's date gives
 * the ages. Stateless and thread-safe; the input is not modified.
 */
public final class FattoreFamigliaBatch {

    /**
     * One household to price.
     *
     * @param household   the household
     * @param attestation its ISEE attestation
     */
    public record Case(Household household, IseeAttestation attestation) {
    }

    /**
     * One household's figures.
     *
     * @param householdId      the household
     * @param nationalScale    the national scale (as attested)
     * @param ffScale          the Fattore Famiglia scale
     * @param isee             the national ISEE
     * @param iseeFf           the rescaled ISEE (in melius)
     * @param childrenAttending how many of its members attend a 0–3 service
     * @param perChild         each attending child's contribution, when granted
     * @param householdTotal   Σ of its children's contributions
     * @param exclusion        why no child of it is granted, when excluded
     */
    public record Row(String householdId, BigDecimal nationalScale, BigDecimal ffScale, Euro isee, Euro iseeFf, int childrenAttending,
            Optional<Euro> perChild, Euro householdTotal, Optional<ContributionDecision.Exclusion> exclusion) {
    }

    /**
     * One child's contribution (the act's unit of grant).
     *
     * @param householdId the household
     * @param memberId    the child
     * @param amount      the contribution, when granted
     * @param exclusion   why excluded, when excluded
     */
    public record ChildRow(String householdId, String memberId, Optional<Euro> amount, Optional<ContributionDecision.Exclusion> exclusion) {
    }

    /**
     * The batch's figures, held column by column (a few arrays for a million households, instead of a
     * million objects); {@link #row(int)} gives one household's {@link Row}, {@link #child(int)} one
     * child's {@link ChildRow}.
     */
    public static final class Result {
        private static final ContributionDecision.Exclusion[] EXCLUSIONS = ContributionDecision.Exclusion.values();
        private final String[] ids;
        private final BigDecimal[] scales;
        private final long[] iseeCents;
        private final long[] ffHundredths;
        private final BigDecimal[] ffExact;
        private final long[] iseeFfCents;
        private final long[] contributionCents;
        private final byte[] exclusion;
        private final int[] attending;
        private int[] childHousehold = new int[16];
        private String[] childMember = new String[16];
        private int children;

        private Result(int n) {
            this.ids = new String[n];
            this.scales = new BigDecimal[n];
            this.iseeCents = new long[n];
            this.ffHundredths = new long[n];
            this.ffExact = new BigDecimal[n];
            this.iseeFfCents = new long[n];
            this.contributionCents = new long[n];
            this.exclusion = new byte[n];
            this.attending = new int[n];
        }

        private void addChild(int household, String memberId) {
            if (children == childHousehold.length) {
                childHousehold = Arrays.copyOf(childHousehold, children * 2);
                childMember = Arrays.copyOf(childMember, children * 2);
            }
            childHousehold[children] = household;
            childMember[children] = memberId;
            children++;
            attending[household]++;
        }

        /** How many households. */
        public int size() {
            return ids.length;
        }

        /** The rescaled ISEE of household i, in cents. */
        public long iseeFfCents(int i) {
            return iseeFfCents[i];
        }

        /** The contribution of each attending child of household i, in cents (0 when excluded). */
        public long contributionCents(int i) {
            return contributionCents[i];
        }

        /** How many members of household i attend a 0–3 service. */
        public int childrenAttending(int i) {
            return attending[i];
        }

        /** Σ of household i's children's contributions, in cents. */
        public long householdTotalCents(int i) {
            return contributionCents[i] * attending[i];
        }

        /** Whether household i's children are granted the contribution. */
        public boolean granted(int i) {
            return exclusion[i] < 0;
        }

        /** Σ of every child's contribution, to the cent. */
        public Euro totalContributions() {
            long sum = 0;
            for (int i = 0; i < ids.length; i++) {
                sum = Math.addExact(sum, householdTotalCents(i));
            }
            return Euro.ofCents(sum);
        }

        /** How many children attend a 0–3 service, over all households. */
        public int childCount() {
            return children;
        }

        /** Child k's contribution, in the order of the households and of their members. */
        public ChildRow child(int k) {
            if (k < 0 || k >= children) {
                throw new IndexOutOfBoundsException("child " + k + " of " + children);
            }
            int h = childHousehold[k];
            return new ChildRow(ids[h], childMember[k], exclusion[h] < 0 ? Optional.of(Euro.ofCents(contributionCents[h])) : Optional.empty(),
                    exclusion[h] < 0 ? Optional.empty() : Optional.of(EXCLUSIONS[exclusion[h]]));
        }

        /** Household i's figures. */
        public Row row(int i) {
            BigDecimal ff = ffExact[i] != null ? ffExact[i] : BigDecimal.valueOf(ffHundredths[i], 2);
            return new Row(ids[i], scales[i], ff, Euro.ofCents(iseeCents[i]), Euro.ofCents(iseeFfCents[i]), attending[i],
                    exclusion[i] < 0 ? Optional.of(Euro.ofCents(contributionCents[i])) : Optional.empty(), Euro.ofCents(householdTotalCents(i)),
                    exclusion[i] < 0 ? Optional.empty() : Optional.of(EXCLUSIONS[exclusion[i]]));
        }

        /** Every household's figures, in input order. */
        public List<Row> rows() {
            List<Row> out = new ArrayList<>(size());
            for (int i = 0; i < size(); i++) {
                out.add(row(i));
            }
            return out;
        }
    }

    /** Sums a scale in hundredths; one instance per batch, so no lambda is allocated per household. */
    private static final class HundredthsSum implements FattoreFamigliaScale.Sink {
        FattoreFamigliaScale.Table table;
        long total;

        @Override
        public void add(int component, long count, Object detail) {
            total += table.hundredths(component) * count;
        }
    }

    /** The rule and the tables of one batch run, and the one computation per household. */
    private static final class Run {
        private final ParameterSet parameters;
        private final NurseryContribution.Rule rule;
        private final Map<LocalDate, FattoreFamigliaScale.Table> tables = new HashMap<>();
        private final HundredthsSum sum = new HundredthsSum();
        private LocalDate lastDate;
        private FattoreFamigliaScale.Table table;

        Run(ParameterSet p, ServiceYear serviceYear) {
            this.parameters = p;
            this.rule = NurseryContribution.Rule.forServiceYear(p, serviceYear);
        }

        /**
         * Prices household i.
         *
         * @param ise   the printed ISE in cents, or -1 when the attestation has none
         * @param isee  the national ISEE in cents
         * @param scale the national scale
         */
        void price(Result r, int i, HouseholdView h, LocalDate date, long ise, long isee, BigDecimal scale) {
            if (!date.equals(lastDate)) {
                lastDate = date;
                table = tables.computeIfAbsent(date, d -> FattoreFamigliaScale.Table.of(parameters, d));
            }
            FattoreFamigliaScale.Table t = table;
            long uncapped;
            if (t.centesimal) {
                sum.table = t;
                sum.total = 0;
                FattoreFamigliaScale.components(h, t, sum);
                long f = sum.total;
                r.ffHundredths[i] = f;
                uncapped = rescaledCents(ise, isee, scale, f);
            } else {
                BigDecimal[] ff = {BigDecimal.ZERO};
                FattoreFamigliaScale.components(h, t, (component, count, detail) -> ff[0] = ff[0].add(t.weight(component).multiply(BigDecimal.valueOf(count))));
                r.ffExact[i] = ff[0];
                uncapped = exactRescaledCents(ise, isee, scale, ff[0]);
            }
            long rescaled = Math.min(uncapped, isee);
            r.iseeCents[i] = isee;
            r.iseeFfCents[i] = rescaled;
            for (int m = 0; m < h.size(); m++) {
                if (h.nursery(m)) {
                    r.addChild(i, h.memberId(m));
                }
            }
            if (r.attending[i] == 0) {
                r.exclusion[i] = (byte) ContributionDecision.Exclusion.NO_CHILD_ATTENDING.ordinal();
            } else if (isee > rule.nationalCap().cents()) {
                r.exclusion[i] = (byte) ContributionDecision.Exclusion.NATIONAL_ISEE_ABOVE_CAP.ordinal();
            } else if (rescaled > rule.high().cents()) {
                r.exclusion[i] = (byte) ContributionDecision.Exclusion.RESCALED_ISEE_ABOVE_THRESHOLD.ordinal();
            } else {
                r.exclusion[i] = -1;
                r.contributionCents[i] = rule.amountCents(rescaled);
            }
        }
    }

    /**
     * ISE / (ff / 100), or ISEE × scale / (ff / 100) without the ISE, in cents, rounded once half-up —
     * in long arithmetic when the scale has at most two decimals and nothing overflows, else exactly.
     */
    static long rescaledCents(long ise, long isee, BigDecimal scale, long ffHundredths) {
        try {
            long numerator;
            if (ise >= 0) {
                numerator = Math.multiplyExact(ise, 100L);
            } else {
                if (scale.scale() > 2 && scale.stripTrailingZeros().scale() > 2) {
                    return exactRescaledCents(ise, isee, scale, BigDecimal.valueOf(ffHundredths, 2));
                }
                numerator = Math.multiplyExact(isee, scale.movePointRight(2).longValueExact());
            }
            // numerator / ff half-up: floor((2·numerator + ff) / (2·ff))
            return Math.floorDiv(Math.addExact(Math.multiplyExact(numerator, 2L), ffHundredths), 2 * ffHundredths);
        } catch (ArithmeticException overflow) {
            return exactRescaledCents(ise, isee, scale, BigDecimal.valueOf(ffHundredths, 2));
        }
    }

    private static long exactRescaledCents(long ise, long isee, BigDecimal scale, BigDecimal ff) {
        BigDecimal numerator = ise >= 0 ? BigDecimal.valueOf(ise) : BigDecimal.valueOf(isee).multiply(scale);
        return numerator.divide(ff, 0, RoundingMode.HALF_UP).longValueExact();
    }

    private FattoreFamigliaBatch() {
    }

    /** Every household with the default parameters, the contribution of the edition of {@code serviceYear}. */
    public static Result run(List<Case> cases, ServiceYear serviceYear) {
        return run(cases, FattoreFamigliaParameters.defaults(), serviceYear);
    }

    /**
     * Every household with the given parameters.
     *
     * @throws it.fsr.core.parameter.MissingParameterException when no edition covers the service year
     */
    public static Result run(List<Case> cases, ParameterSet p, ServiceYear serviceYear) {
        Run run = new Run(p, serviceYear);
        Result r = new Result(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Household h = c.household();
            IseeAttestation a = c.attestation();
            r.ids[i] = h.id();
            r.scales[i] = a.scale();
            run.price(r, i, HouseholdView.of(h), h.date(), a.ise().map(Euro::cents).orElse(-1L), a.isee().cents(), a.scale());
        }
        return r;
    }

    /** Every household of the columns with the default parameters: the fastest form, for whole regions. */
    public static Result run(HouseholdColumns columns, ServiceYear serviceYear) {
        return run(columns, FattoreFamigliaParameters.defaults(), serviceYear);
    }

    /** Every household of the columns with the given parameters. */
    public static Result run(HouseholdColumns columns, ParameterSet p, ServiceYear serviceYear) {
        Run run = new Run(p, serviceYear);
        int n = columns.size();
        Result r = new Result(n);
        HouseholdColumns.Cursor cursor = columns.cursor();
        for (int i = 0; i < n; i++) {
            cursor.moveTo(i);
            r.ids[i] = columns.id(i);
            r.scales[i] = columns.scale(i);
            run.price(r, i, cursor, columns.date(i), columns.iseCents(i), columns.iseeCents(i), columns.scale(i));
        }
        return r;
    }
}
