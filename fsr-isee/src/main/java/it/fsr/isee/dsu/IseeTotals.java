package it.fsr.isee.dsu;

import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Purpose;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ISEE's rules over totals, for a reader that has the totals and not the DSU (an INPS attestation's
 * "modalità di calcolo"): the same rules {@link DsuCalculator} applies, read once in {@link IseeRule}. Stateless.
 */
public final class IseeTotals {
    private IseeTotals() {
    }

    /**
     * ISE = ISR + the dated share of the ISP (20%, DPCM 159/2013 art. 2 c. 3), half-up to the cent: the rule of
     * {@link DsuCalculator}.
     *
     * @param date       the DSU's date (chooses the dated share)
     * @param purpose    the parameter set's purpose
     * @param parameters the parameters (e.g. {@link DsuParameters#defaults()})
     */
    public static Euro ise(Euro isr, Euro isp, LocalDate date, Purpose purpose, ParameterSet parameters) {
        ValidationException.requireNonNull(isr, "isr");
        ValidationException.requireNonNull(isp, "isp");
        return Euro.ofCents(IseeRule.ise(isr.cents(), isp.cents(), rules(date, purpose, parameters)));
    }

    /** The act of the ISP's share in the ISE on {@code date}, for an explanation. */
    public static String iseSource(LocalDate date, Purpose purpose, ParameterSet parameters) {
        return rules(date, purpose, parameters).dated(IseeParameters.ASSETS_SHARE).source();
    }

    /** ISEE = ISE / scale, half-up to the cent (DPCM 159/2013 art. 2 c. 2): {@link IseeAttestation#iseeOf}. */
    public static Euro isee(Euro ise, BigDecimal scale) {
        return IseeAttestation.iseeOf(ise, scale);
    }

    /**
     * The franchigia of the financial assets for a nucleus of {@code nucleusSize} members of whom {@code children}
     * are children (DPCM 159/2013 art. 5 c. 4): the rule of {@link DsuCalculator}.
     */
    public static Euro financialAllowance(int nucleusSize, int children, LocalDate date, Purpose purpose, ParameterSet parameters) {
        if (nucleusSize < 1 || children < 0 || children >= nucleusSize) {
            throw ValidationException.of("nucleusSize", nucleusSize + "/" + children, "is not a nucleus (at least one member, fewer children than members)");
        }
        return Euro.ofCents(IseeRule.financialAllowance(rules(date, purpose, parameters), nucleusSize, children));
    }

    /** The act of the financial franchigia on {@code date}, for an explanation. */
    public static String financialAllowanceSource(LocalDate date, Purpose purpose, ParameterSet parameters) {
        return rules(date, purpose, parameters).dated(IseeParameters.FINANCIAL_ALLOWANCE).source();
    }

    /**
     * The government and postal bonds excluded from the ISP per nucleus on {@code date} (zero before the exclusion:
     * L. 213/2023 art. 1 c. 183, DSUs from 3 April 2025), for a reader that must know whether a figure mixes them in.
     */
    public static Euro bondExclusion(LocalDate date, Purpose purpose, ParameterSet parameters) {
        return Euro.ofCents(rules(date, purpose, parameters).bondExclusion);
    }

    private static IseeRule.Rules rules(LocalDate date, Purpose purpose, ParameterSet parameters) {
        ValidationException.requireNonNull(date, "date");
        ValidationException.requireNonNull(purpose, "purpose");
        ValidationException.requireNonNull(parameters, "parameters");
        return IseeRule.Rules.of(parameters, date, purpose);
    }
}
