package it.fsr.inps.attestazione;

import java.math.BigDecimal;

/**
 * One line of {@link Attestazione#verifica}: a figure as INPS printed it and as fsr recomputes it from the
 * attestation's own figures, whether they agree, and the article.
 *
 * @param indicatore  the indicator ({@code ordinario}, {@code minorenni RSS***… (ISEEMinAttr)}…)
 * @param voce        the figure (ISR, ISP, ISE, scala, ISEE, …)
 * @param stampato    as printed
 * @param ricalcolato as fsr recomputes it (for a bound, the bound)
 * @param concorda    whether they agree (to the cent; for a bound, within it)
 * @param regola      how fsr recomputes it
 * @param fonte       the act
 */
public record RigaVerifica(String indicatore, String voce, BigDecimal stampato, BigDecimal ricalcolato, boolean concorda, String regola,
        String fonte) {
    @Override
    public String toString() {
        return "RigaVerifica[" + voce + ", " + (concorda ? "concorda" : "differisce") + "]";
    }
}
