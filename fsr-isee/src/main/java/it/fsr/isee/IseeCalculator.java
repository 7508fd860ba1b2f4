package it.fsr.isee;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The national ISEE from its indicators (DPCM 159/2013): ISE = ISR + 20% × ISP (art. 2 c. 3), ISEE =
 * ISE / scale (art. 2 c. 2), and ISR / ISP from income and assets (artt. 4–5).
 *
 * <p>Rounding: ISE and ISEE are rounded half-up to the cent, once each; the 20% of ISP and the 2/3 of
 * the home's excess value are exact until then. Disability benefits are never added back to income
 * (D.L. 42/2016 art. 2-sexies; Consiglio di Stato 838, 841, 842/2016): this class has no input for
 * them. Stateless and thread-safe.
 */
public final class IseeCalculator {

    /**
     * The result of an ISEE computation.
     *
     * @param isr         the income indicator
     * @param isp         the assets indicator
     * @param ise         ISR + 20% ISP
     * @param scale       the national scale
     * @param isee        ISE / scale
     * @param explanation the steps
     */
    public record Result(Euro isr, Euro isp, Euro ise, BigDecimal scale, Euro isee, Explanation explanation) {
    }

    private IseeCalculator() {
    }

    /** ISEE = ISE / scale, half-up to the cent. */
    public static Euro isee(Euro ise, BigDecimal scale) {
        return Euro.of(ise.toBigDecimal().divide(scale, 2, RoundingMode.HALF_UP));
    }

    /** ISE = ISR + share × ISP, half-up to the cent. */
    public static Euro ise(Euro isr, Euro isp, Rate assetsShare) {
        return isr.plus(isp.multiply(assetsShare, RoundingMode.HALF_UP));
    }

    /**
     * ISR, ISP, ISE and ISEE of a household from its income and assets, with the parameters in force
     * on the household's date and the national scale computed from the household.
     *
     * @throws it.fsr.core.validation.ValidationException naming every negative amount
     * @deprecated household totals cannot apply the decree's caps per earner (€3,000) and per member
     *             (€1,000): a couple earning €15,000 each gets 8,496.24 here and 7,368.42 by the decree. Use
     *             {@link it.fsr.isee.dsu.DsuCalculator}, which works member by member.
     */
    @Deprecated(since = "0.1.0")
    public static Result compute(Household h, IncomeAndAssets in, ParameterSet p) {
        Violations v = new Violations();
        v.check(!in.employeeIncome().isNegative(), "employeeIncome", in.employeeIncome(), "must not be negative");
        v.check(!in.pensionIncome().isNegative(), "pensionIncome", in.pensionIncome(), "must not be negative");
        v.check(!in.rentPaid().isNegative(), "rentPaid", in.rentPaid(), "must not be negative");
        v.check(!in.homeValue().isNegative(), "homeValue", in.homeValue(), "must not be negative");
        v.check(!in.mortgage().isNegative(), "mortgage", in.mortgage(), "must not be negative");
        v.check(!in.otherRealEstate().isNegative(), "otherRealEstate", in.otherRealEstate(), "must not be negative");
        v.check(!in.financialAssets().isNegative(), "financialAssets", in.financialAssets(), "must not be negative");
        v.throwIfAny();
        LocalDate d = h.date();
        List<Step> steps = new ArrayList<>();
        long childrenAfterSecond = Math.max(0, h.children().size() - 2L);
        Euro employee = in.employeeIncome().minus(in.employeeIncome().multiply(p.valueOn(IseeParameters.EMPLOYEE_DEDUCTION_RATE, d),
                RoundingMode.HALF_UP).min(p.valueOn(IseeParameters.EMPLOYEE_DEDUCTION_CAP, d)));
        Euro pension = in.pensionIncome().minus(in.pensionIncome().multiply(p.valueOn(IseeParameters.PENSION_DEDUCTION_RATE, d),
                RoundingMode.HALF_UP).min(p.valueOn(IseeParameters.PENSION_DEDUCTION_CAP, d)));
        Euro rentCap = p.valueOn(IseeParameters.RENT_CAP, d).plus(p.valueOn(IseeParameters.RENT_CAP_PER_CHILD, d).times(childrenAfterSecond));
        Euro rent = in.rentPaid().min(rentCap);
        Euro isr = employee.plus(pension).plus(in.otherIncome()).minus(rent).atLeastZero();
        steps.add(Messages.step("isee.isr", isr, employee + " + " + pension + " + " + in.otherIncome() + " − " + rent,
                "DPCM 159/2013 art. 4", employee, pension, rent));
        Euro homeAllowance = p.valueOn(IseeParameters.HOME_ALLOWANCE, d)
                .plus(p.valueOn(IseeParameters.HOME_ALLOWANCE_PER_CHILD, d).times(childrenAfterSecond));
        Euro homeNet = in.homeValue().minus(in.mortgage()).atLeastZero();
        BigDecimal excess = homeNet.minus(homeAllowance).atLeastZero().toBigDecimal()
                .multiply(p.valueOn(IseeParameters.HOME_EXCESS_SHARE, d)).divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_UP);
        Euro financialAllowance = p.valueOn(IseeParameters.FINANCIAL_ALLOWANCE, d)
                .plus(p.valueOn(IseeParameters.FINANCIAL_ALLOWANCE_PER_MEMBER, d).times(h.size() - 1L))
                .min(p.valueOn(IseeParameters.FINANCIAL_ALLOWANCE_CAP, d));
        Euro financial = in.financialAssets().minus(financialAllowance).atLeastZero();
        Euro isp = Euro.of(excess.add(in.otherRealEstate().toBigDecimal()).add(financial.toBigDecimal()), RoundingMode.HALF_UP);
        steps.add(Messages.step("isee.isp", isp, "2/3 × massimo(0, " + homeNet + " − " + homeAllowance + ") + " + in.otherRealEstate()
                + " + max(0, " + in.financialAssets() + " − " + financialAllowance + ")", "DPCM 159/2013 art. 5"));
        Rate share = p.valueOn(IseeParameters.ASSETS_SHARE, d);
        Euro ise = ise(isr, isp, share);
        steps.add(Messages.step("isee.ise", ise, isr + " + " + share + " × " + isp, "DPCM 159/2013 art. 2 c. 3"));
        ScaleResult scale = NationalScale.of(h, p);
        Euro isee = isee(ise, scale.value());
        steps.add(Messages.step("isee.isee", isee, ise + " / " + scale.value().toPlainString(), "DPCM 159/2013 art. 2 c. 2")
                .withChildren(scale.explanation().steps()));
        return new Result(isr, isp, ise, scale.value(), isee, Explanation.of(steps));
    }
}
