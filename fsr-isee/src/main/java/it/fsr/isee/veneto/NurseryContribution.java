package it.fsr.isee.veneto;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violations;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Veneto one-off contribution for each child attending a 0–3 service recognised by the Region (DGR
 * Veneto 1609 of 19/11/2021; later editions DGR 1277/2022, 1046/2023 and November 2024 as dated
 * parameters, each for its own service year).
 *
 * <p><b>Whom it pays</b>: the act grants the contribution "per minore" attending the service, so the
 * unit of grant is the child: a household with two children at the nido gets two contributions (the same
 * amount, from the household's rescaled ISEE); a household with no child attending gets none, excluded
 * with the reason {@link ContributionDecision.Exclusion#NO_CHILD_ATTENDING}. Which children attend is an
 * input ({@link Member#attendingNursery()}), never inferred from age.
 *
 * <p><b>When</b>: the edition is the one of the <em>service year</em> the attendance falls in
 * ({@link ServiceYear}), not of the application date (which only gives the ages). A service year with
 * no known edition is a {@link it.fsr.core.parameter.MissingParameterException} naming the parameter to
 * load: no edition is carried into a year it does not cover.
 *
 * <p><b>Amount</b>: rescaled ISEE ≤ low ({@code ff.nursery.iseeLow}) → max ({@code ff.nursery.max}); between
 * low and high ({@code ff.nursery.iseeHigh}) it decreases linearly,
 * {@code max − (ISEE_FF − low) × (max − min) / (high − low)}, rounded half-up to the cent; at high → min
 * ({@code ff.nursery.min}); above high → no access (an exclusion, not a zero). Access also needs a national ISEE
 * not above {@code ff.nursery.nationalIseeCap} (of the household that includes the child). The figures are the
 * service year's edition, from the parameters. Stateless and thread-safe.
 */
public final class NurseryContribution {

    /** The rule's values of one edition, resolved once for its service year. */
    public record Rule(Euro low, Euro high, Euro max, Euro min, Euro nationalCap, String source, ServiceYear serviceYear) {
        /**
         * The edition for {@code year}: each value must be in force over the whole service year.
         *
         * @throws it.fsr.core.parameter.MissingParameterException naming the parameter to load when no
         *     edition covers the service year
         */
        public static Rule forServiceYear(ParameterSet parameters, ServiceYear year) {
            DatedValue<Euro> max = dated(parameters, FattoreFamigliaParameters.NURSERY_MAX, year);
            return new Rule(dated(parameters, FattoreFamigliaParameters.NURSERY_ISEE_LOW, year).value(),
                    dated(parameters, FattoreFamigliaParameters.NURSERY_ISEE_HIGH, year).value(), max.value(),
                    dated(parameters, FattoreFamigliaParameters.NURSERY_MIN, year).value(),
                    dated(parameters, FattoreFamigliaParameters.NURSERY_NATIONAL_ISEE_CAP, year).value(), max.source(), year);
        }

        /** The default edition for {@code year}. */
        public static Rule forServiceYear(ServiceYear year) {
            return forServiceYear(FattoreFamigliaParameters.defaults(), year);
        }

        private static DatedValue<Euro> dated(ParameterSet parameters, it.fsr.core.parameter.ParameterKey<Euro> key, ServiceYear year) {
            return parameters.datedForWindow(key, year.start(), year.end(), "anno educativo " + year);
        }

        /**
         * Why the children of a household get no contribution, or null when they get it — the one ladder of
         * the act's conditions, for one child and for a batch alike: no child attending a 0–3 service; a
         * national ISEE above the access cap; a rescaled ISEE above the upper threshold.
         *
         * @param attending        how many of the household's members attend a recognised 0–3 service
         * @param nationalIseeCents the household's national ISEE
         * @param rescaledCents     its rescaled ISEE
         */
        public ContributionDecision.Exclusion exclusion(int attending, long nationalIseeCents, long rescaledCents) {
            if (attending == 0) {
                return ContributionDecision.Exclusion.NO_CHILD_ATTENDING;
            }
            if (nationalIseeCents > nationalCap.cents()) {
                return ContributionDecision.Exclusion.NATIONAL_ISEE_ABOVE_CAP;
            }
            if (rescaledCents > high.cents()) {
                return ContributionDecision.Exclusion.RESCALED_ISEE_ABOVE_THRESHOLD;
            }
            return null;
        }

        /**
         * The contribution per child at a rescaled ISEE within [0, high], in cents: the maximum up to the
         * lower threshold, then linear down to the minimum at the upper one, rounded half-up once.
         */
        public long amountCents(long iseeFfCents) {
            if (iseeFfCents <= low.cents()) {
                return max.cents();
            }
            long span = high.cents() - low.cents();
            long drop = max.cents() - min.cents();
            // max − (x − low)·drop/span, rounded half-up on the result: with q, r the quotient and remainder
            // of (x − low)·drop / span, the result is max − q, less one cent when 2r > span
            long q;
            long r;
            long x = iseeFfCents - low.cents();
            if (Math.multiplyHigh(x, drop) == 0 && x * drop >= 0) {
                q = x * drop / span;
                r = x * drop % span;
            } else {
                BigInteger[] qr = BigInteger.valueOf(x).multiply(BigInteger.valueOf(drop)).divideAndRemainder(BigInteger.valueOf(span));
                q = qr[0].longValueExact();
                r = qr[1].longValueExact();
            }
            long result = max.cents() - q;
            if (2 * r > span) {
                result -= 1;
            }
            return result;
        }
    }

    private NurseryContribution() {
    }

    /** Every child's contribution, with the default edition of {@code serviceYear}. */
    public static HouseholdContributions decide(Household household, RescaledIsee rescaled, ServiceYear serviceYear) {
        return decide(household, rescaled, Rule.forServiceYear(serviceYear));
    }

    /**
     * Every child's contribution under a resolved rule: one decision per member attending a 0–3 service,
     * or one exclusion for the household when none attends.
     *
     * @throws it.fsr.core.validation.ValidationException when {@code r} is not the rescaled ISEE of {@code h}
     */
    public static HouseholdContributions decide(Household household, RescaledIsee rescaled, Rule rule) {
        Violations v = new Violations();
        v.check(household.id().equals(rescaled.householdId()), "rescaledIsee.householdId", rescaled.householdId(), "is not household " + household.id());
        v.throwIfAny();
        int attending = 0;
        for (Member m : household.members()) {
            attending += m.nursery() ? 1 : 0;
        }
        List<ContributionDecision> out = new ArrayList<>();
        if (rule.exclusion(attending, rescaled.nationalIsee().cents(), rescaled.rescaled().cents()) == ContributionDecision.Exclusion.NO_CHILD_ATTENDING) {
            List<Step> steps = List.of(Messages.step("nursery.noChild", null, "", rule.source()));
            out.add(new ContributionDecision(household.id(), null, false, Euro.ZERO,
                    Optional.of(ContributionDecision.Exclusion.NO_CHILD_ATTENDING), Explanation.of(steps)));
        }
        for (int i = 0; i < household.size(); i++) {
            if (household.members().get(i).nursery()) {
                out.add(decideChild(household.id(), household.memberId(i), rescaled.rescaled(), rescaled.nationalIsee(), rule));
            }
        }
        return new HouseholdContributions(household.id(), rescaled.rescaled(), out);
    }

    /**
     * One child's contribution for a rescaled and a national ISEE under a resolved rule.
     *
     * @param householdId the household
     * @param memberId    the child
     * @throws it.fsr.core.validation.ValidationException for a negative ISEE
     */
    public static ContributionDecision decideChild(String householdId, String memberId, Euro iseeFf, Euro nationalIsee, Rule rule) {
        Violations v = new Violations();
        v.check(!iseeFf.isNegative(), "iseeFf", iseeFf, "must not be negative");
        v.check(!nationalIsee.isNegative(), "isee", nationalIsee, "must not be negative");
        v.throwIfAny();
        List<Step> steps = new ArrayList<>();
        steps.add(Messages.step("nursery.edition", null, "", rule.source(), rule.serviceYear()));
        ContributionDecision.Exclusion x = rule.exclusion(1, nationalIsee.cents(), iseeFf.cents());
        if (x == ContributionDecision.Exclusion.NATIONAL_ISEE_ABOVE_CAP) {
            steps.add(Messages.step("nursery.nationalCap", null, "", rule.source(), nationalIsee, rule.nationalCap()));
            return new ContributionDecision(householdId, memberId, false, Euro.ZERO, Optional.of(x), Explanation.of(steps));
        }
        if (x == ContributionDecision.Exclusion.RESCALED_ISEE_ABOVE_THRESHOLD) {
            steps.add(Messages.step("nursery.aboveHigh", null, "", rule.source(), iseeFf, rule.high()));
            return new ContributionDecision(householdId, memberId, false, Euro.ZERO, Optional.of(x), Explanation.of(steps));
        }
        Euro amount = Euro.ofCents(rule.amountCents(iseeFf.cents()));
        if (!iseeFf.isGreaterThan(rule.low())) {
            steps.add(Messages.step("nursery.max", amount, "", rule.source(), iseeFf, rule.low()));
        } else {
            steps.add(Messages.step("nursery.linear", amount, rule.max() + " − (" + iseeFf + " − " + rule.low() + ") × ("
                    + rule.max() + " − " + rule.min() + ") / (" + rule.high() + " − " + rule.low() + ")", rule.source()));
        }
        return new ContributionDecision(householdId, memberId, true, amount, Optional.empty(), Explanation.of(steps));
    }
}
