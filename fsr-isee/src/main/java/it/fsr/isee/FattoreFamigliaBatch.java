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
        private final List<Case> cases;
        private final long[] ffHundredths;
        private final BigDecimal[] ffExact;
        private final long[] iseeFfCents;
        private final long[] contributionCents;
        private final byte[] exclusion;

        private Result(List<Case> cases) {
            int n = cases.size();
            this.cases = cases;
            this.ffHundredths = new long[n];
            this.ffExact = new BigDecimal[n];
            this.iseeFfCents = new long[n];
            this.contributionCents = new long[n];
            this.exclusion = new byte[n];
        }

        /** How many households. */
        public int size() {
            return cases.size();
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
            Case c = cases.get(i);
            BigDecimal ff = ffExact[i] != null ? ffExact[i] : BigDecimal.valueOf(ffHundredths[i], 2);
            return new Row(c.household().id(), c.attestation().scale(), ff, c.attestation().isee(), Euro.ofCents(iseeFfCents[i]),
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

    private FattoreFamigliaBatch() {
    }

    /** Every household with the default parameters, the contribution rule in force on {@code ruleDate}. */
    public static Result run(List<Case> cases, LocalDate ruleDate) {
        return run(cases, FattoreFamigliaParameters.defaults(), ruleDate);
    }

    /** Every household with the given parameters. */
    public static Result run(List<Case> cases, ParameterSet p, LocalDate ruleDate) {
        NurseryContribution.Rule rule = NurseryContribution.Rule.on(p, ruleDate);
        long cap = rule.nationalCap().cents();
        long high = rule.high().cents();
        Map<LocalDate, FattoreFamigliaScale.Table> tables = new HashMap<>();
        Result r = new Result(List.copyOf(cases));
        HundredthsSum sum = new HundredthsSum();
        BigDecimal[] ffBig = new BigDecimal[1];
        LocalDate lastDate = null;
        FattoreFamigliaScale.Table t = null;
        for (int i = 0; i < r.size(); i++) {
            Case c = r.cases.get(i);
            Household h = c.household();
            if (!h.date().equals(lastDate)) {
                lastDate = h.date();
                t = tables.computeIfAbsent(lastDate, d -> FattoreFamigliaScale.Table.of(p, d));
            }
            FattoreFamigliaScale.Table table = t;
            IseeAttestation a = c.attestation();
            long ise = a.iseOrReconstructed().cents();
            long uncapped;
            if (table.centesimal) {
                if (sum.table != table) {
                    sum.table = table;
                }
                sum.total = 0;
                FattoreFamigliaScale.components(h, table, sum);
                long f = sum.total;
                r.ffHundredths[i] = f;
                // ISE / (ff / 100) in cents, half-up: floor((ise·200 + ff) / (2·ff))
                uncapped = Math.floorDiv(Math.addExact(Math.multiplyExact(ise, 200L), f), 2 * f);
            } else {
                ffBig[0] = BigDecimal.ZERO;
                FattoreFamigliaScale.components(h, table,
                        (component, count, detail) -> ffBig[0] = ffBig[0].add(table.weight(component).multiply(BigDecimal.valueOf(count))));
                r.ffExact[i] = ffBig[0];
                uncapped = BigDecimal.valueOf(ise).divide(ffBig[0], 0, RoundingMode.HALF_UP).longValueExact();
            }
            long isee = a.isee().cents();
            long rescaled = Math.min(uncapped, isee);
            r.iseeFfCents[i] = rescaled;
            if (isee > cap) {
                r.exclusion[i] = (byte) ContributionDecision.Exclusion.NATIONAL_ISEE_ABOVE_CAP.ordinal();
            } else if (rescaled > high) {
                r.exclusion[i] = (byte) ContributionDecision.Exclusion.RESCALED_ISEE_ABOVE_THRESHOLD.ordinal();
            } else {
                r.exclusion[i] = -1;
                r.contributionCents[i] = rule.amountCents(rescaled);
            }
        }
        return r;
    }
}
