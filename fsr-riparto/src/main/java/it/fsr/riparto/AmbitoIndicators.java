package it.fsr.riparto;

import java.util.Objects;

/**
 * One Ambito's figures for the region → Ambiti split (DGR XII/4793/2025, criteria quoted in the Avviso
 * FSR 2025, Premessa).
 *
 * @param ambito          the Ambito's name (unique)
 * @param population      ISTAT resident population at 1 January of the previous year
 * @param places          places in active social units at 31/12 of the previous year (AFAM)
 * @param homeCareUsers   users of home-care services for elderly, disabled and minors
 * @param fosterMinors    minors in foster care
 * @param cofinancedUnits units co-financed by the FSR, Centri Ricreativi Diurni excluded
 * @param activeUnits     active units at 31/12, Centri Ricreativi Diurni excluded
 */
public record AmbitoIndicators(String ambito, long population, long places, long homeCareUsers, long fosterMinors,
        long cofinancedUnits, long activeUnits) {
    /** Checks the name for null (ranges are checked by the riparto, all at once). */
    public AmbitoIndicators {
        it.fsr.core.validation.ValidationException.requireNonNull(ambito, "ambito");
    }
}
