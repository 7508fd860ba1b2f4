package it.fsr.isee.veneto;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import java.math.BigDecimal;

/**
 * A household's ISEE rescaled by the Fattore Famiglia.
 *
 * @param householdId   the household
 * @param nationalIsee  the national ISEE
 * @param ise           the ISE as printed on the attestation, if it was
 * @param nationalScale the national scale
 * @param ffScale       the Fattore Famiglia scale
 * @param uncapped      ISE / FF scale (or ISEE × national scale / FF scale without the ISE), rounded once half-up to the cent
 * @param rescaled      the ISEE to use: min(national ISEE, uncapped) when capped in melius, else uncapped
 * @param capApplied    whether the in-melius cap bit (the FF reading would have been worse than the national ISEE)
 * @param explanation   the steps, each weight that applied included
 */
public record RescaledIsee(String householdId, Euro nationalIsee, java.util.Optional<Euro> ise, BigDecimal nationalScale, BigDecimal ffScale,
        Euro uncapped, Euro rescaled, boolean capApplied, Explanation explanation) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "RescaledIsee[…]";
    }

}
