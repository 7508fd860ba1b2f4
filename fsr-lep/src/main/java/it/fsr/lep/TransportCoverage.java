package it.fsr.lep;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Transport to school of pupils with disabilities aged 3–14 (L. 234/2021 c. 174; the OpenCivitas/Sose page on the FSC LEP): coverage,
 * the users needed for the year's target coverage, and the unit-cost resources. Stateless and
 * thread-safe.
 */
public final class TransportCoverage {
    private TransportCoverage() {
    }

    /**
     * Assesses one Comune for a year.
     *
     * In a year with no published target coverage (2022–2024) the coverage is still assessed and the target
     * and the users needed are empty.
     *
     * @throws it.fsr.core.validation.ValidationException for negative counts or more transported than enrolled
     */
    public static TransportReport assess(String id, long enrolled, long transported, int year, ParameterSet parameters) {
        Violations v = new Violations();
        v.check(enrolled >= 0, "comuni[" + id + "].pupils_enrolled", enrolled, "must not be negative");
        v.check(transported >= 0, "comuni[" + id + "].pupils_transported", transported, "must not be negative");
        v.check(transported <= Math.max(0, enrolled), "comuni[" + id + "].pupils_transported", transported,
                "exceeds the pupils enrolled (" + enrolled + ")");
        v.throwIfAny();
        BigDecimal coverage = NurseryCoverage.percent(transported, enrolled);
        List<Step> steps = new ArrayList<>();
        steps.add(Messages.step("transport.coverage", coverage, transported + " / " + enrolled, "L. 234/2021 c. 174", transported, enrolled));
        it.fsr.core.parameter.DatedValue<Rate> dated;
        try {
            dated = parameters.datedForYear(LepParameters.TRANSPORT_TARGET, year);
        } catch (it.fsr.core.parameter.MissingParameterException noTarget) {
            return new TransportReport(id, enrolled, transported, coverage, java.util.Optional.empty(), java.util.OptionalLong.empty(),
                    Explanation.of(steps));
        }
        Rate target = dated.value();
        long needed = NurseryCoverage.needed(target, enrolled, transported);
        steps.add(Messages.step("transport.needed", BigDecimal.valueOf(needed), "⌈" + target + " × " + enrolled + "⌉ − " + transported,
                dated.source(), target));
        return new TransportReport(id, enrolled, transported, coverage, java.util.Optional.of(target), java.util.OptionalLong.of(needed),
                Explanation.of(steps));
    }

    /** The year's unit-cost rule: resources / the decree's Σ users. */
    public static UnitCost unitCost(int year, ParameterSet parameters) {
        return UnitCost.of(parameters.valueForYear(LepParameters.TRANSPORT_RESOURCES, year),
                parameters.datedForExactYear(LepParameters.TRANSPORT_USERS, year).value());
    }
}
