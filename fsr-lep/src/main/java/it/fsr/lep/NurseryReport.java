package it.fsr.lep;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Rate;
import java.math.BigDecimal;

/**
 * One Comune's (or bacino's) nursery coverage against the year's threshold and the LEP.
 *
 * @param id                     the Comune or bacino
 * @param children               children aged 3–36 months
 * @param places                 places (public and private)
 * @param coveragePercent        places / children × 100 to 2 decimals (half-up, display); zero with no children
 * @param threshold              the year's threshold (28.88% 2022–2024, 33% from 2025)
 * @param belowThreshold         whether coverage &lt; threshold (exactly): the Comune gets resources
 * @param placesNeededThreshold  max(0, ceil(threshold × children) − places)
 * @param placesNeededLep        max(0, ceil(33% × children) − places)
 * @param explanation            the steps
 */
public record NurseryReport(String id, long children, long places, BigDecimal coveragePercent, Rate threshold,
        boolean belowThreshold, long placesNeededThreshold, long placesNeededLep, Explanation explanation) {
}
