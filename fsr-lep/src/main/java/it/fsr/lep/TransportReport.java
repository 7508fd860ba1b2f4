package it.fsr.lep;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Rate;
import java.math.BigDecimal;

/**
 * One Comune's transport of pupils with disabilities against the year's target coverage.
 *
 * @param id              the Comune
 * @param enrolled        pupils with disabilities enrolled (infanzia, primaria, secondaria di I grado)
 * @param transported     of them, those transported
 * @param coveragePercent transported / enrolled × 100 to 2 decimals (half-up, display)
 * @param target          the year's target coverage; empty in a year with no published target (2022–2024)
 * @param usersNeeded     max(0, ceil(target × enrolled) − transported); empty with no target
 * @param explanation     the steps
 */
public record TransportReport(String id, long enrolled, long transported, BigDecimal coveragePercent, java.util.Optional<Rate> target,
        java.util.OptionalLong usersNeeded, Explanation explanation) {
}
