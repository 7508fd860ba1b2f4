package it.fsr.isee.dsu;

import java.math.BigDecimal;

/**
 * One member's line of the ISR (DPCM 159/2013 art. 4), exact (not yet rounded: the ISR is rounded once).
 * Each deduction is what was actually taken, never more than what was left of the member's income.
 *
 * @param memberId            the member
 * @param income              income counted: employee + pension + other + public benefits + maintenance received
 * @param maintenancePaid     maintenance paid, deducted
 * @param disabilityExpenses  disability expenses deducted (at most the cap)
 * @param agriculturalIncome  agricultural income deducted
 * @param employeeDeduction   20% of employee income, at most the per-earner cap
 * @param pensionDeduction    20% of pensions and benefits, at most the per-member cap
 * @param net                 income minus the deductions, at least 0
 */
public record MemberLine(String memberId, BigDecimal income, BigDecimal maintenancePaid, BigDecimal disabilityExpenses,
        BigDecimal agriculturalIncome, BigDecimal employeeDeduction, BigDecimal pensionDeduction, BigDecimal net) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "MemberLine[…]";
    }


    /** The sum of the deductions taken. */
    public BigDecimal deductions() {
        return maintenancePaid.add(disabilityExpenses).add(agriculturalIncome).add(employeeDeduction).add(pensionDeduction);
    }
}
