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

    private FattoreFamigliaBatch() {
    }

    /** Every household with the default parameters, the contribution rule in force on {@code ruleDate}. */
    public static List<Row> run(List<Case> cases, LocalDate ruleDate) {
        return run(cases, FattoreFamigliaParameters.defaults(), ruleDate);
    }

    /** Every household with the given parameters. */
    public static List<Row> run(List<Case> cases, ParameterSet p, LocalDate ruleDate) {
        NurseryContribution.Rule rule = NurseryContribution.Rule.on(p, ruleDate);
        Map<LocalDate, FattoreFamigliaScale.Table> tables = new HashMap<>();
        List<Row> out = new ArrayList<>(cases.size());
        for (Case c : cases) {
            Household h = c.household();
            FattoreFamigliaScale.Table t = tables.computeIfAbsent(h.date(), d -> FattoreFamigliaScale.Table.of(p, d));
            IseeAttestation a = c.attestation();
            long ise = a.iseOrReconstructed().cents();
            BigDecimal ffScale;
            long uncapped;
            if (t.centesimal) {
                long[] ff = {0};
                FattoreFamigliaScale.components(h, t, (key, count, detail) -> ff[0] += t.hundredths(key) * count);
                ffScale = BigDecimal.valueOf(ff[0], 2);
                // ISE / (ff / 100) in cents, half-up: floor((ise·200 + ff) / (2·ff))
                uncapped = Math.floorDiv(Math.addExact(Math.multiplyExact(ise, 200L), ff[0]), 2 * ff[0]);
            } else {
                BigDecimal[] ff = {BigDecimal.ZERO};
                FattoreFamigliaScale.components(h, t, (key, count, detail) -> ff[0] = ff[0].add(t.weight(key).multiply(BigDecimal.valueOf(count))));
                ffScale = ff[0];
                uncapped = BigDecimal.valueOf(ise).divide(ffScale, 0, RoundingMode.HALF_UP).longValueExact();
            }
            long rescaled = Math.min(uncapped, a.isee().cents());
            Optional<Euro> amount = Optional.empty();
            Optional<ContributionDecision.Exclusion> exclusion = Optional.empty();
            if (a.isee().cents() > rule.nationalCap().cents()) {
                exclusion = Optional.of(ContributionDecision.Exclusion.NATIONAL_ISEE_ABOVE_CAP);
            } else if (rescaled > rule.high().cents()) {
                exclusion = Optional.of(ContributionDecision.Exclusion.RESCALED_ISEE_ABOVE_THRESHOLD);
            } else {
                amount = Optional.of(Euro.ofCents(rule.amountCents(rescaled)));
            }
            out.add(new Row(h.id(), a.scale(), ffScale, a.isee(), Euro.ofCents(rescaled), amount, exclusion));
        }
        return out;
    }
}
