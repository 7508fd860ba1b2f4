package it.fsr.isee.veneto;

import it.fsr.isee.IseeAttestation;
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
 * the ages. {@link #rescale(HouseholdColumns, ParameterSet, int)} gives the scale and the rescaled ISEE only
 * (no service year, no contribution). The columnar forms split the households over the threads asked for;
 * the result is the same for every number of threads (a property test). Stateless and thread-safe; the
 * input is not modified.
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
        /** The decimals the scale is written with: those of the weights summed, as {@link FattoreFamigliaScale} writes it. */
        private final byte[] ffDigits;
        private final BigDecimal[] ffExact;
        private final boolean[] capApplied;
        /** Whether contributions were computed (a service year was given). */
        private final boolean priced;
        private final long[] iseeFfCents;
        private final long[] contributionCents;
        private final byte[] exclusion;
        private final int[] attending;
        private int[] childHousehold = new int[16];
        private String[] childMember = new String[16];
        private int children;

        private Result(int n, boolean priced) {
            this.priced = priced;
            this.ids = new String[n];
            this.scales = new BigDecimal[n];
            this.iseeCents = new long[n];
            this.ffHundredths = new long[n];
            this.ffDigits = new byte[n];
            this.ffExact = new BigDecimal[n];
            this.capApplied = new boolean[n];
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
        }

        /** Records household i's children attending, in member order, after the households were priced. */
        private void collectChildren(int i, HouseholdView h) {
            for (int m = 0; m < h.size(); m++) {
                if (h.nursery(m)) {
                    addChild(i, h.memberId(m));
                }
            }
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

        /** Whether household i's children are granted the contribution (false when no contribution was asked). */
        public boolean granted(int i) {
            return priced && exclusion[i] < 0;
        }

        /** Why household i's children are not granted it, when excluded; empty when granted or not asked. */
        public Optional<ContributionDecision.Exclusion> exclusion(int i) {
            return priced && exclusion[i] >= 0 ? Optional.of(EXCLUSIONS[exclusion[i]]) : Optional.empty();
        }

        /** Whether the in-melius cap applied to household i: the rescaled figure was above the national ISEE. */
        public boolean capApplied(int i) {
            return capApplied[i];
        }

        /** Household i's identifier. */
        public String householdId(int i) {
            return ids[i];
        }

        /** Household i's national scale, as attested. */
        public BigDecimal nationalScale(int i) {
            return scales[i];
        }

        /** Household i's national ISEE, in cents. */
        public long iseeCents(int i) {
            return iseeCents[i];
        }

        /** Household i's Fattore Famiglia scale, written with the decimals of its weights (as {@link FattoreFamigliaScale}). */
        public BigDecimal ffScale(int i) {
            return ffExact[i] != null ? ffExact[i] : BigDecimal.valueOf(ffHundredths[i], 2).setScale(ffDigits[i], RoundingMode.UNNECESSARY);
        }

        /** The household of child k. */
        public int childHousehold(int k) {
            return childHousehold[k];
        }

        /** The member id of child k. */
        public String childMember(int k) {
            return childMember[k];
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
            return new ChildRow(ids[h], childMember[k], granted(h) ? Optional.of(Euro.ofCents(contributionCents[h])) : Optional.empty(),
                    exclusion(h));
        }

        /** Household i's figures. */
        public Row row(int i) {
            return new Row(ids[i], scales[i], ffScale(i), Euro.ofCents(iseeCents[i]), Euro.ofCents(iseeFfCents[i]), attending[i],
                    granted(i) ? Optional.of(Euro.ofCents(contributionCents[i])) : Optional.empty(), Euro.ofCents(householdTotalCents(i)),
                    exclusion(i));
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
        int digits;

        @Override
        public void add(int component, long count, Object detail) {
            total += table.hundredths(component) * count;
            digits = Math.max(digits, table.digits(component));
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

        Run(ParameterSet p, NurseryContribution.Rule rule) {
            this.parameters = p;
            this.rule = rule;
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
                sum.digits = 0;
                FattoreFamigliaScale.components(h, t, sum);
                long f = sum.total;
                r.ffHundredths[i] = f;
                r.ffDigits[i] = (byte) sum.digits;
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
            r.capApplied[i] = uncapped > isee;
            int attending = 0;
            for (int m = 0; m < h.size(); m++) {
                if (h.nursery(m)) {
                    attending++;
                }
            }
            r.attending[i] = attending;
            if (rule == null) {
                r.exclusion[i] = -1;
            } else if (attending == 0) {
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
        Run run = new Run(p, NurseryContribution.Rule.forServiceYear(p, serviceYear));
        Result r = new Result(cases.size(), true);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Household h = c.household();
            IseeAttestation a = c.attestation();
            r.ids[i] = h.id();
            r.scales[i] = a.scale();
            HouseholdView view = HouseholdView.of(h);
            run.price(r, i, view, h.date(), a.ise().map(Euro::cents).orElse(-1L), a.isee().cents(), a.scale());
            r.collectChildren(i, view);
        }
        return r;
    }

    /** Every household of the columns with the default parameters: the fastest form, for whole regions. */
    public static Result run(HouseholdColumns columns, ServiceYear serviceYear) {
        return run(columns, FattoreFamigliaParameters.defaults(), serviceYear);
    }

    /** Every household of the columns with the given parameters, on one thread. */
    public static Result run(HouseholdColumns columns, ParameterSet p, ServiceYear serviceYear) {
        return run(columns, p, serviceYear, 1);
    }

    /**
     * Every household of the columns with the given parameters, split over {@code threads} threads (the same
     * result for every number of threads).
     *
     * @throws it.fsr.core.parameter.MissingParameterException when no edition covers the service year
     * @throws it.fsr.core.validation.ValidationException when {@code threads < 1}
     */
    public static Result run(HouseholdColumns columns, ParameterSet p, ServiceYear serviceYear, int threads) {
        return columnar(columns, p, NurseryContribution.Rule.forServiceYear(p, java.util.Objects.requireNonNull(serviceYear, "serviceYear")),
                threads);
    }

    /**
     * The Fattore Famiglia scale and the rescaled ISEE of every household of the columns, without a
     * contribution (no service year): {@link Result#granted(int)} is false and {@link Result#exclusion(int)}
     * empty for every household.
     */
    public static Result rescale(HouseholdColumns columns, ParameterSet p, int threads) {
        return columnar(columns, p, null, threads);
    }

    private static Result columnar(HouseholdColumns columns, ParameterSet p, NurseryContribution.Rule rule, int threads) {
        if (threads < 1) {
            throw it.fsr.core.validation.ValidationException.of("threads", threads, "must be at least 1");
        }
        int n = columns.size();
        Result r = new Result(n, rule != null);
        int parts = Math.max(1, Math.min(threads, n));
        if (parts == 1) {
            slice(columns, p, rule, r, 0, n);
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parts, task -> {
                Thread t = new Thread(task, "fsr-ff-batch");
                t.setDaemon(true);
                return t;
            });
            try {
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                for (int k = 0; k < parts; k++) {
                    int from = (int) ((long) n * k / parts);
                    int to = (int) ((long) n * (k + 1) / parts);
                    done.add(pool.submit(() -> slice(columns, p, rule, r, from, to)));
                }
                for (java.util.concurrent.Future<?> f : done) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pricing the households", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        HouseholdColumns.Cursor cursor = columns.cursor();
        for (int i = 0; i < n; i++) {
            if (r.attending[i] > 0) {
                cursor.moveTo(i);
                r.collectChildren(i, cursor);
            }
        }
        return r;
    }

    /** Households [from, to) on the calling thread: each slice writes only its own indices. */
    private static void slice(HouseholdColumns columns, ParameterSet p, NurseryContribution.Rule rule, Result r, int from, int to) {
        Run run = new Run(p, rule);
        HouseholdColumns.Cursor cursor = columns.cursor();
        for (int i = from; i < to; i++) {
            cursor.moveTo(i);
            r.ids[i] = columns.id(i);
            r.scales[i] = columns.scale(i);
            run.price(r, i, cursor, columns.date(i), columns.iseCents(i), columns.iseeCents(i), columns.scale(i));
        }
    }
}
