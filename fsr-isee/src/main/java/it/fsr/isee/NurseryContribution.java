package it.fsr.isee;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violations;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Veneto one-off contribution for a child attending a 0–3 service (DGR Veneto 1609 of 19/11/2021,
 * seed 004; later editions DGR 1277/2022, 1046/2023 and November 2024 as dated parameters).
 *
 * <p>Rule: rescaled ISEE ≤ low (€3,000.00) → max (€600.00); between low and high (€15,000.00) it
 * decreases linearly, {@code max − (ISEE_FF − low) × (max − min) / (high − low)}, rounded half-up to the
 * cent; at high → min (€200.00); above high → no access (an exclusion, not a zero). Access also needs a
 * national ISEE ≤ €20,000.00. The parameters in force on the given date (the start of the service
 * year, or the application date) apply. Stateless and thread-safe.
 */
public final class NurseryContribution {

    /** The rule's values in force on one date, resolved once. */
    public record Rule(Euro low, Euro high, Euro max, Euro min, Euro nationalCap, String source) {
        /** Resolves the rule in force on {@code date}. */
        public static Rule on(ParameterSet p, LocalDate date) {
            DatedValue<Euro> max = p.parameter(FattoreFamigliaParameters.NURSERY_MAX).on(date);
            return new Rule(p.valueOn(FattoreFamigliaParameters.NURSERY_ISEE_LOW, date),
                    p.valueOn(FattoreFamigliaParameters.NURSERY_ISEE_HIGH, date), max.value(),
                    p.valueOn(FattoreFamigliaParameters.NURSERY_MIN, date),
                    p.valueOn(FattoreFamigliaParameters.NURSERY_NATIONAL_ISEE_CAP, date), max.source());
        }

        /**
         * The contribution in cents for a rescaled ISEE in cents, or -1 when the rescaled ISEE is above
         * the upper threshold (no access). The lean form of {@link NurseryContribution#decide} for
         * batches: no explanation, no allocation; the national-ISEE cap is the caller's to check.
         *
         * @throws IllegalArgumentException for a negative ISEE
         */
        public long contributionCents(long iseeFfCents) {
            if (iseeFfCents < 0) {
                throw new IllegalArgumentException("negative ISEE: " + iseeFfCents);
            }
            return iseeFfCents > high.cents() ? -1 : amountCents(iseeFfCents);
        }

        /** The amount at a rescaled ISEE within [0, high], in cents. */
        long amountCents(long iseeFfCents) {
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

    /** The contribution for a rescaled ISEE, with the default parameters in force on {@code date}. */
    public static ContributionDecision decide(RescaledIsee r, LocalDate date) {
        return decide(r, Rule.on(FattoreFamigliaParameters.defaults(), date));
    }

    /** The contribution under a resolved rule. */
    public static ContributionDecision decide(RescaledIsee r, Rule rule) {
        return decide(r.householdId(), r.rescaled(), r.nationalIsee(), rule);
    }

    /**
     * The contribution for a rescaled and a national ISEE under a resolved rule.
     *
     * @throws it.fsr.core.validation.ValidationException for a negative ISEE
     */
    public static ContributionDecision decide(String householdId, Euro iseeFf, Euro nationalIsee, Rule rule) {
        Violations v = new Violations();
        v.check(!iseeFf.isNegative(), "iseeFf", iseeFf, "must not be negative");
        v.check(!nationalIsee.isNegative(), "isee", nationalIsee, "must not be negative");
        v.throwIfAny();
        List<Step> steps = new ArrayList<>();
        if (nationalIsee.isGreaterThan(rule.nationalCap())) {
            steps.add(Messages.step("nursery.nationalCap", null, "ISEE " + nationalIsee + " > " + rule.nationalCap(), rule.source(),
                    nationalIsee, rule.nationalCap()));
            return new ContributionDecision(householdId, false, Euro.ZERO,
                    Optional.of(ContributionDecision.Exclusion.NATIONAL_ISEE_ABOVE_CAP), Explanation.of(steps));
        }
        if (iseeFf.isGreaterThan(rule.high())) {
            steps.add(Messages.step("nursery.aboveHigh", null, "ISEE_FF " + iseeFf + " > " + rule.high(), rule.source(), iseeFf, rule.high()));
            return new ContributionDecision(householdId, false, Euro.ZERO,
                    Optional.of(ContributionDecision.Exclusion.RESCALED_ISEE_ABOVE_THRESHOLD), Explanation.of(steps));
        }
        Euro amount = Euro.ofCents(rule.amountCents(iseeFf.cents()));
        if (!iseeFf.isGreaterThan(rule.low())) {
            steps.add(Messages.step("nursery.max", amount, "ISEE_FF " + iseeFf + " ≤ " + rule.low(), rule.source(), rule.low()));
        } else {
            steps.add(Messages.step("nursery.linear", amount, rule.max() + " − (" + iseeFf + " − " + rule.low() + ") × ("
                    + rule.max() + " − " + rule.min() + ") / (" + rule.high() + " − " + rule.low() + ")", rule.source()));
        }
        return new ContributionDecision(householdId, true, amount, Optional.empty(), Explanation.of(steps));
    }
}
