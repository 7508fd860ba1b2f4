package it.fsr.isee;

import it.fsr.core.money.Euro;
import java.util.Objects;

/**
 * A household's income and assets before the ISEE's deductions and allowances (DPCM 159/2013 artt.
 * 4–5), for computing ISR and ISP when no attestation is at hand. Amounts are household totals.
 *
 * @deprecated totals cannot carry the per-earner and per-member caps of art. 4; use {@link
 *             it.fsr.isee.dsu.Dsu} and {@link it.fsr.isee.dsu.DsuCalculator}.
 * @param employeeIncome  employee income
 * @param pensionIncome   pensions
 * @param otherIncome     other income (already net of its own deductions)
 * @param rentPaid        rent paid for the main home
 * @param homeValue       value of the main home for IMU purposes (0 if renting)
 * @param mortgage        residual mortgage on the main home
 * @param otherRealEstate other real estate, as counted by the decree
 * @param financialAssets movable (financial) assets
 */
@Deprecated(since = "0.1.0")
public record IncomeAndAssets(Euro employeeIncome, Euro pensionIncome, Euro otherIncome, Euro rentPaid, Euro homeValue,
        Euro mortgage, Euro otherRealEstate, Euro financialAssets) {
    /** Checks for nulls. */
    public IncomeAndAssets {
        Objects.requireNonNull(employeeIncome, "employeeIncome");
        Objects.requireNonNull(pensionIncome, "pensionIncome");
        Objects.requireNonNull(otherIncome, "otherIncome");
        Objects.requireNonNull(rentPaid, "rentPaid");
        Objects.requireNonNull(homeValue, "homeValue");
        Objects.requireNonNull(mortgage, "mortgage");
        Objects.requireNonNull(otherRealEstate, "otherRealEstate");
        Objects.requireNonNull(financialAssets, "financialAssets");
    }

    /** All zero. */
    public static IncomeAndAssets none() {
        return new IncomeAndAssets(Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO);
    }

    /** With employee income. */
    public IncomeAndAssets withEmployeeIncome(Euro e) {
        return new IncomeAndAssets(e, pensionIncome, otherIncome, rentPaid, homeValue, mortgage, otherRealEstate, financialAssets);
    }

    /** With other income. */
    public IncomeAndAssets withOtherIncome(Euro e) {
        return new IncomeAndAssets(employeeIncome, pensionIncome, e, rentPaid, homeValue, mortgage, otherRealEstate, financialAssets);
    }

    /** With rent paid. */
    public IncomeAndAssets withRent(Euro e) {
        return new IncomeAndAssets(employeeIncome, pensionIncome, otherIncome, e, homeValue, mortgage, otherRealEstate, financialAssets);
    }

    /** With the main home and its mortgage. */
    public IncomeAndAssets withHome(Euro value, Euro residualMortgage) {
        return new IncomeAndAssets(employeeIncome, pensionIncome, otherIncome, rentPaid, value, residualMortgage, otherRealEstate, financialAssets);
    }

    /** With financial assets. */
    public IncomeAndAssets withFinancialAssets(Euro e) {
        return new IncomeAndAssets(employeeIncome, pensionIncome, otherIncome, rentPaid, homeValue, mortgage, otherRealEstate, e);
    }
}
