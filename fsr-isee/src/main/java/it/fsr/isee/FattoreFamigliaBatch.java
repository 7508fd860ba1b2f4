package it.fsr.isee;

import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rescales and prices a whole list of households in one call: FF scale, rescaled ISEE (in melius) and
 * the nursery contribution, with the same rules as {@link FattoreFamiglia} and
 * {@link NurseryContribution} — the property tests check that batch = one by one — but without building
 * explanations, and with the parameters resolved once per date.
 *
 * <p>Stateless and thread-safe; the input list is not modified.
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
     * @param householdId   the household
     * @param nationalScale the national scale (as attested)
     * @param ffScale       the Fattore Famiglia scale
     * @param isee          the national ISEE
     * @param iseeFf        the rescaled ISEE (in melius)
     * @param contribution  the contribution when granted
     * @param exclusion     why excluded, when excluded
     */
    public record Row(String householdId, BigDecimal nationalScale, BigDecimal ffScale, Euro isee, Euro iseeFf,
            Optional<Euro> contribution, Optional<ContributionDecision.Exclusion> exclusion) {
    }

    /**
     * The batch's figures, held column by column (a few arrays for a million households, instead of a
     * million objects); {@link #row(int)} gives one household's {@link Row}.
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

        private Result(int n) {
            this.ids = new String[n];
            this.scales = new BigDecimal[n];
            this.iseeCents = new long[n];
            this.ffHundredths = new long[n];
            this.ffExact = new BigDecimal[n];
            this.iseeFfCents = new long[n];
            this.contributionCents = new long[n];
            this.exclusion = new byte[n];
        }

        /** How many households. */
        public int size() {
            return ids.length;
        }

        /** The rescaled ISEE of household i, in cents. */
        public long iseeFfCents(int i) {
            return iseeFfCents[i];
        }

        /** The contribution of household i in cents (0 when excluded). */
        public long contributionCents(int i) {
            return contributionCents[i];
        }

        /** Whether household i is granted the contribution. */
        public boolean granted(int i) {
            return exclusion[i] < 0;
        }

        /** Σ of the contributions granted, to the cent. */
        public Euro totalContributions() {
            long sum = 0;
            for (long c : contributionCents) {
                sum = Math.addExact(sum, c);
            }
            return Euro.ofCents(sum);
        }

        /** Household i's figures. */
        public Row row(int i) {
            BigDecimal ff = ffExact[i] != null ? ffExact[i] : BigDecimal.valueOf(ffHundredths[i], 2);
            return new Row(ids[i], scales[i], ff, Euro.ofCents(iseeCents[i]), Euro.ofCents(iseeFfCents[i]),
                    exclusion[i] < 0 ? Optional.of(Euro.ofCents(contributionCents[i])) : Optional.empty(),
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

        Run(ParameterSet p, LocalDate ruleDate) {
            this.parameters = p;
            this.rule = NurseryContribution.Rule.on(p, ruleDate);
        }

        void price(Result r, int i, HouseholdView h, LocalDate date, long ise, long isee) {
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
                // ISE / (ff / 100) in cents, half-up: floor((ise·200 + ff) / (2·ff))
                uncapped = Math.floorDiv(Math.addExact(Math.multiplyExact(ise, 200L), f), 2 * f);
            } else {
                BigDecimal[] ff = {BigDecimal.ZERO};
                FattoreFamigliaScale.components(h, t, (component, count, detail) -> ff[0] = ff[0].add(t.weight(component).multiply(BigDecimal.valueOf(count))));
                r.ffExact[i] = ff[0];
                uncapped = BigDecimal.valueOf(ise).divide(ff[0], 0, RoundingMode.HALF_UP).longValueExact();
            }
            long rescaled = Math.min(uncapped, isee);
            r.iseeCents[i] = isee;
            r.iseeFfCents[i] = rescaled;
            if (isee > rule.nationalCap().cents()) {
                r.exclusion[i] = (byte) ContributionDecision.Exclusion.NATIONAL_ISEE_ABOVE_CAP.ordinal();
            } else if (rescaled > rule.high().cents()) {
                r.exclusion[i] = (byte) ContributionDecision.Exclusion.RESCALED_ISEE_ABOVE_THRESHOLD.ordinal();
            } else {
                r.exclusion[i] = -1;
                r.contributionCents[i] = rule.amountCents(rescaled);
            }
        }
    }

    private FattoreFamigliaBatch() {
    }

    /** Every household with the default parameters, the contribution rule in force on {@code ruleDate}. */
    public static Result run(List<Case> cases, LocalDate ruleDate) {
        return run(cases, FattoreFamigliaParameters.defaults(), ruleDate);
    }

    /** Every household with the given parameters. */
    public static Result run(List<Case> cases, ParameterSet p, LocalDate ruleDate) {
        Run run = new Run(p, ruleDate);
        Result r = new Result(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Household h = c.household();
            IseeAttestation a = c.attestation();
            r.ids[i] = h.id();
            r.scales[i] = a.scale();
            run.price(r, i, HouseholdView.of(h), h.date(), a.iseOrReconstructed().cents(), a.isee().cents());
        }
        return r;
    }

    /** Every household of the columns with the default parameters: the fastest form, for whole regions. */
    public static Result run(HouseholdColumns columns, LocalDate ruleDate) {
        return run(columns, FattoreFamigliaParameters.defaults(), ruleDate);
    }

    /** Every household of the columns with the given parameters. */
    public static Result run(HouseholdColumns columns, ParameterSet p, LocalDate ruleDate) {
        Run run = new Run(p, ruleDate);
        int n = columns.size();
        Result r = new Result(n);
        HouseholdColumns.Cursor cursor = columns.cursor();
        for (int i = 0; i < n; i++) {
            cursor.moveTo(i);
            r.ids[i] = columns.id(i);
            r.scales[i] = columns.scale(i);
            run.price(r, i, cursor, columns.date(i), columns.iseCents(i), columns.iseeCents(i));
        }
        return r;
    }
}
