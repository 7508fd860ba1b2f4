package it.fsr.lep;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One Comune's or Ambito's social workers against the ratios.
 *
 * @param id                   the Comune or Ambito
 * @param population           inhabitants
 * @param workers              social workers in full-time equivalents (exact)
 * @param inhabitantsPerWorker population / workers to 2 decimals (half-up, display only); empty with no worker
 * @param needed6500           whole workers needed for 1:6,500: ceil(P / 6,500)
 * @param needed5000           for 1:5,000
 * @param needed4000           for 1:4,000
 * @param gap6500              max(0, needed − workers), exact FTE
 * @param gap5000              likewise for 1:5,000
 * @param gap4000              likewise for 1:4,000
 * @param status               where it stands
 * @param contribution797      the c. 797 contribution, half-up to the cent
 * @param explanation          the steps
 */
public record SocialWorkerReport(String id, long population, BigDecimal workers, Optional<BigDecimal> inhabitantsPerWorker,
        long needed6500, long needed5000, long needed4000, BigDecimal gap6500, BigDecimal gap5000, BigDecimal gap4000,
        SocialWorkerStatus status, Euro contribution797, Explanation explanation) {
}
