package it.fsr.inps.attestazione;

import java.math.BigDecimal;

/**
 * How INPS computed one indicator ({@code ModalitaCalcolo…}): the totals of the ISR (DPCM 159/2013 art. 4), of the
 * ISP (art. 5), the ISE and the scale (all. 1) as printed. Personal data: {@link #toString()} names the type only.
 *
 * @param sommaRedditi          Σ the members' incomes
 * @param redditoFigurativo     the reddito figurativo of the financial assets
 * @param detrazioni            the deductions (rent, per-member deductions)
 * @param isr                   the ISR
 * @param patrimonioMobiliare   the financial assets
 * @param detrazioneMobiliare   their franchigia
 * @param patrimonioImmobiliare the real estate
 * @param detrazioneImmobiliare its deductions (mortgages, the main home's franchigia and the third of its excess)
 * @param isp                   the ISP
 * @param ise                   the ISE
 * @param parametroNucleo       the scale's parameter of the nucleus's size
 * @param maggiorazioni         the scale's maggiorazioni
 * @param scala                 the equivalence scale
 */
public record ModalitaCalcolo(BigDecimal sommaRedditi, BigDecimal redditoFigurativo, BigDecimal detrazioni, BigDecimal isr,
        BigDecimal patrimonioMobiliare, BigDecimal detrazioneMobiliare, BigDecimal patrimonioImmobiliare, BigDecimal detrazioneImmobiliare,
        BigDecimal isp, BigDecimal ise, BigDecimal parametroNucleo, BigDecimal maggiorazioni, BigDecimal scala) {
    /** Requires every figure. */
    public ModalitaCalcolo {
        for (BigDecimal b : new BigDecimal[] {sommaRedditi, redditoFigurativo, detrazioni, isr, patrimonioMobiliare, detrazioneMobiliare,
            patrimonioImmobiliare, detrazioneImmobiliare, isp, ise, parametroNucleo, maggiorazioni, scala}) {
            java.util.Objects.requireNonNull(b, "a figure of the modalità di calcolo");
        }
    }

    @Override
    public String toString() {
        return "ModalitaCalcolo[]";
    }
}
