package it.fsr.isee.tariff;

import it.fsr.core.money.Euro;

/** A fee as a function of an ISEE (national or Fattore Famiglia, as the Comune chooses). */
public sealed interface Tariff permits PiecewiseTariff, BracketTariff {
    /**
     * The fee for an ISEE, to the cent.
     *
     * @throws it.fsr.core.validation.ValidationException for a negative ISEE
     */
    Euro fee(Euro isee);
}
