package it.fsr.isee.veneto;

import it.fsr.core.money.Euro;
import it.fsr.core.parallel.Parts;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.IseeAttestation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Fattore Famiglia and the nursery contribution of a whole region's households in one call: for each
 * household the FF scale ({@link FattoreFamigliaScale}), the rescaled ISEE ({@link FattoreFamiglia}, with the
 * cap option asked) and, when a service year is given, the contribution of each child attending a 0–3
 * service ({@link NurseryContribution}) — the same rules, read once over a view of the columns, the
 * parameters resolved once per date; no explanation is built unless one household's is asked
 * ({@link Result#detail(int)}). The households are cut into slices over the threads asked for; the result
 * is the same for every number of threads. Stateless and thread-safe; the input is not modified.
 */
public final class FattoreFamigliaBatch {
    private static final ContributionDecision.Exclusion[] EXCLUSIONS = ContributionDecision.Exclusion.values();

    /**
     * What to compute.
     *
     * @param parameters  the Fattore Famiglia table and the contribution's editions
     * @param serviceYear the service year whose edition prices the children, or null for the scale and the
     *                    rescaled ISEE only
     * @param cap         the in-melius cap of the rescaled ISEE
     * @param threads     at least 1
     */
    public record Options(ParameterSet parameters, ServiceYear serviceYear, FattoreFamiglia.Cap cap, int threads) {
        /** Checks the values. */
        public Options {
            it.fsr.core.validation.ValidationException.requireNonNull(parameters, "parameters");
            it.fsr.core.validation.ValidationException.requireNonNull(cap, "cap");
            if (threads < 1) {
                throw ValidationException.of("threads", threads, "must be at least 1");
            }
        }

        /** The contribution of {@code serviceYear} with the default parameters, capped in melius, on one thread. */
        public static Options contribution(ServiceYear serviceYear) {
            return new Options(FattoreFamigliaParameters.defaults(), it.fsr.core.validation.ValidationException.requireNonNull(serviceYear, "serviceYear"),
                    FattoreFamiglia.Cap.IN_MELIUS, 1);
        }

        /** The rescaled ISEE only, with the default parameters, capped in melius, on one thread. */
        public static Options rescaleOnly() {
            return new Options(FattoreFamigliaParameters.defaults(), null, FattoreFamiglia.Cap.IN_MELIUS, 1);
        }

        /** With these parameters. */
        public Options withParameters(ParameterSet parameters) {
            return new Options(parameters, serviceYear, cap, threads);
        }

        /** With this cap option. */
        public Options withCap(FattoreFamiglia.Cap c) {
            return new Options(parameters, serviceYear, c, threads);
        }

        /** On this many threads. */
        public Options withThreads(int n) {
            return new Options(parameters, serviceYear, cap, n);
        }
    }

    /**
     * One household's figures.
     *
     * @param householdId       the household
     * @param nationalScale     the national scale (as attested)
     * @param ffScale           the Fattore Famiglia scale
     * @param isee              the national ISEE
     * @param iseeFf            the rescaled ISEE
     * @param capApplied        whether the in-melius cap replaced the rescaled figure by the national ISEE
     * @param childrenAttending how many of its members attend a 0–3 service
     * @param perChild          each attending child's contribution, when granted
     * @param householdTotal    Σ of its children's contributions
     * @param exclusion         why no child of it is granted, when excluded
     */
    public record Row(String householdId, BigDecimal nationalScale, BigDecimal ffScale, Euro isee, Euro iseeFf, boolean capApplied,
            int childrenAttending, Optional<Euro> perChild, Euro householdTotal, Optional<ContributionDecision.Exclusion> exclusion) {
        /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
        @Override
        public String toString() {
            return "Row[…]";
        }

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
        /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
        @Override
        public String toString() {
            return "ChildRow[…]";
        }

    }

    /**
     * The batch's figures, held column by column (a few arrays for a million households, instead of a
     * million objects), handed out value by value: no array is reachable.
     */
    public static final class Result {
        private final HouseholdColumns columns;
        private final Options options;
        private final NurseryContribution.Rule rule;
        private final long[] ffHundredths;
        /** The decimals the scale is written with: those of the weights summed, as {@link FattoreFamigliaScale} writes it. */
        private final byte[] ffDigits;
        private final BigDecimal[] ffExact;
        private final long[] iseeFfCents;
        private final boolean[] capApplied;
        private final long[] contributionCents;
        private final byte[] exclusion;
        private final int[] attending;
        private int[] childHousehold = new int[16];
        private String[] childMember = new String[16];
        private int children;

        private Result(HouseholdColumns c, Options o, NurseryContribution.Rule rule) {
            int n = c.size();
            this.columns = c;
            this.options = o;
            this.rule = rule;
            ffHundredths = new long[n];
            ffDigits = new byte[n];
            ffExact = new BigDecimal[n];
            iseeFfCents = new long[n];
            capApplied = new boolean[n];
            contributionCents = new long[n];
            exclusion = new byte[n];
            attending = new int[n];
        }

        private void addChild(int household, String memberId) {
            if (children == childHousehold.length) {
                childHousehold = Arrays.copyOf(childHousehold, children * 2);
                childMember = Arrays.copyOf(childMember, children * 2);
            }
            childHousehold[children] = household;
            childMember[children] = memberId;
            children++;
        }

        /** How many households. */
        public int size() {
            return iseeFfCents.length;
        }

        /** Household i's identifier. */
        public String householdId(int i) {
            return columns.id(i);
        }

        /** Household i's national scale, as attested. */
        public BigDecimal nationalScale(int i) {
            return columns.scale(i);
        }

        /** Household i's national ISEE, in cents. */
        public long iseeCents(int i) {
            return columns.iseeCents(i);
        }

        /** Household i's Fattore Famiglia scale, written with the decimals of its weights (as {@link FattoreFamigliaScale}). */
        public BigDecimal ffScale(int i) {
            return ffExact[i] != null ? ffExact[i] : BigDecimal.valueOf(ffHundredths[i], 2).setScale(ffDigits[i], RoundingMode.UNNECESSARY);
        }

        /** The rescaled ISEE of household i, in cents. */
        public long iseeFfCents(int i) {
            return iseeFfCents[i];
        }

        /** Whether the in-melius cap applied to household i: the rescaled figure was above the national ISEE. */
        public boolean capApplied(int i) {
            return capApplied[i];
        }

        /** Whether contributions were asked (a service year was given). */
        public boolean priced() {
            return rule != null;
        }

        /** How many members of household i attend a 0–3 service. */
        public int childrenAttending(int i) {
            return attending[i];
        }

        /** Whether household i's children are granted the contribution (false when no contribution was asked). */
        public boolean granted(int i) {
            return rule != null && exclusion[i] < 0;
        }

        /** Why household i's children are not granted it; empty when granted or not asked. */
        public Optional<ContributionDecision.Exclusion> exclusion(int i) {
            return rule != null && exclusion[i] >= 0 ? Optional.of(EXCLUSIONS[exclusion[i]]) : Optional.empty();
        }

        /** The contribution of each attending child of household i, when granted. */
        private Optional<Euro> contribution(int i) {
            return granted(i) ? Optional.of(Euro.ofCents(contributionCents[i])) : Optional.empty();
        }

        /** The contribution of each attending child of household i in cents, 0 when not granted. */
        public long contributionCents(int i) {
            return granted(i) ? contributionCents[i] : 0;
        }

        /** Σ of household i's children's contributions. */
        private Euro householdTotal(int i) {
            return Euro.ofCents(contributionCents(i) * attending[i]);
        }

        /** How many children attend a 0–3 service, over all households. */
        public int childCount() {
            return children;
        }

        /** The household of child k (children are in household order, then member order). */
        public int childHousehold(int k) {
            return childHousehold[check(k)];
        }

        /** Child k's contribution. */
        public ChildRow child(int k) {
            int h = childHousehold[check(k)];
            return new ChildRow(columns.id(h), childMember[k], contribution(h), exclusion(h));
        }

        private int check(int k) {
            if (k < 0 || k >= children) {
                throw new IndexOutOfBoundsException("child " + k + " of " + children);
            }
            return k;
        }

        /** Household i's figures as one value. */
        public Row row(int i) {
            return new Row(householdId(i), nationalScale(i), ffScale(i), Euro.ofCents(iseeCents(i)), Euro.ofCents(iseeFfCents[i]), capApplied[i],
                    attending[i], contribution(i), householdTotal(i), exclusion(i));
        }

        /** Σ of every child's contribution, to the cent. */
        public Euro totalContributions() {
            long sum = 0;
            for (int i = 0; i < size(); i++) {
                sum = Math.addExact(sum, contributionCents(i) * attending[i]);
            }
            return Euro.ofCents(sum);
        }

        /**
         * Household i's rescaled ISEE and (when contributions were asked) its children's decisions, each with
         * its explanation, computed again by the same rules: equal to what {@link FattoreFamiglia#rescale} and
         * {@link NurseryContribution#decide} give that household.
         */
        public Detail detail(int i) {
            Household h = columns.household(i);
            IseeAttestation a = columns.attestation(i);
            RescaledIsee r = FattoreFamiglia.rescale(h, a, options.parameters(), options.cap());
            return new Detail(r, rule == null ? Optional.empty() : Optional.of(NurseryContribution.decide(h, r, rule)));
        }
    }

    /**
     * One household's figures with their explanations.
     *
     * @param rescaled      the rescaled ISEE
     * @param contributions its children's decisions, when contributions were asked
     */
    public record Detail(RescaledIsee rescaled, Optional<HouseholdContributions> contributions) {
        /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
        @Override
        public String toString() {
            return "Detail[…]";
        }

    }

    private FattoreFamigliaBatch() {
    }

    /**
     * Every household of the columns.
     *
     * @throws it.fsr.core.parameter.MissingParameterException when no edition covers the service year asked
     */
    public static Result run(HouseholdColumns columns, Options options) {
        NurseryContribution.Rule rule = options.serviceYear() == null ? null
                : NurseryContribution.Rule.forServiceYear(options.parameters(), options.serviceYear());
        Result r = new Result(columns, options, rule);
        Parts.slices(columns.size(), options.threads(), (from, to) -> slice(columns, options, rule, r, from, to));
        HouseholdColumns.Cursor cursor = columns.cursor();
        for (int i = 0; i < columns.size(); i++) {
            if (r.attending[i] > 0) {
                cursor.moveTo(i);
                for (int m = 0; m < cursor.size(); m++) {
                    if (cursor.nursery(m)) {
                        r.addChild(i, cursor.memberId(m));
                    }
                }
            }
        }
        return r;
    }

    /** Sums a scale in hundredths; one instance per slice, so no lambda is allocated per household. */
    private static final class HundredthsSum implements FattoreFamigliaScale.Sink {
        FattoreFamigliaScale.Table table;
        long total;
        int digits;

        @Override
        public void add(int component, long count, Object detail) {
            total += table.hundredths(component) * count;
            digits = Math.max(digits, table.digits(component));
        }
    }

    /** Households [from, to) on the calling thread: each slice writes only its own indices. */
    private static void slice(HouseholdColumns columns, Options o, NurseryContribution.Rule rule, Result r, int from, int to) {
        Map<LocalDate, FattoreFamigliaScale.Table> tables = new HashMap<>();
        HundredthsSum sum = new HundredthsSum();
        HouseholdColumns.Cursor h = columns.cursor();
        LocalDate lastDate = null;
        FattoreFamigliaScale.Table t = null;
        for (int i = from; i < to; i++) {
            h.moveTo(i);
            LocalDate date = columns.date(i);
            if (!date.equals(lastDate)) {
                lastDate = date;
                t = tables.computeIfAbsent(date, d -> FattoreFamigliaScale.Table.of(o.parameters(), d));
            }
            BigDecimal ff;
            if (t.centesimal) {
                sum.table = t;
                sum.total = 0;
                sum.digits = 0;
                FattoreFamigliaScale.components(h, t, sum);
                r.ffHundredths[i] = sum.total;
                r.ffDigits[i] = (byte) sum.digits;
                ff = BigDecimal.valueOf(sum.total, 2);
            } else {
                FattoreFamigliaScale.Table table = t;
                BigDecimal[] exact = {BigDecimal.ZERO};
                FattoreFamigliaScale.components(h, t, (component, count, detail) -> exact[0] = exact[0].add(table.weight(component)
                        .multiply(BigDecimal.valueOf(count))));
                r.ffExact[i] = exact[0];
                ff = exact[0];
            }
            long isee = columns.iseeCents(i);
            long uncapped = IseeAttestation.rescaledCents(columns.iseCents(i), isee, columns.scale(i), ff);
            boolean bites = FattoreFamiglia.bites(o.cap(), uncapped, isee);
            long rescaled = bites ? isee : uncapped;
            r.iseeFfCents[i] = rescaled;
            r.capApplied[i] = bites;
            int attending = 0;
            for (int m = 0; m < h.size(); m++) {
                if (h.nursery(m)) {
                    attending++;
                }
            }
            r.attending[i] = attending;
            if (rule == null) {
                r.exclusion[i] = -1;
                continue;
            }
            ContributionDecision.Exclusion x = rule.exclusion(attending, isee, rescaled);
            r.exclusion[i] = x == null ? -1 : (byte) x.ordinal();
            if (x == null) {
                r.contributionCents[i] = rule.amountCents(rescaled);
            }
        }
    }
}
