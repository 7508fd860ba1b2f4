package it.fsr.isee.dsu;

import it.fsr.isee.Relationship;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.MissingParameterException;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violations;
import it.fsr.isee.IseeAttestation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The national ISEE from a DSU, member by member, in the variant a service asks for (DPCM 5 dicembre
 * 2013 n. 159 and its allegati, as amended).
 *
 * <ul>
 * <li><b>ISR (art. 4)</b>: each member's income (IRPEF, substitute-tax and exempt income, public benefits
 * not in IRPEF income other than disability ones, maintenance received) minus, from that member's own
 * income and never beyond it ("fino a concorrenza"), in this order: maintenance paid, disability
 * expenses (at most €5,000), agricultural income of IVA-registered farmers, and 20% of employee income
 * (at most €3,000 <i>per earner</i>) or 20% of pensions and benefits (at most €1,000 <i>per member</i>).
 * Reading (scelta di fsr, art. 4 c. 3: the two 20% deductions are alternative for a member who
 * has both, and the larger applies. Then the reddito figurativo of financial assets other than deposits
 * (as printed, or base × dated rate; a household line: no member's deductions reach it), minus the rent
 * (at most €7,000 + €500 per cohabiting child after the second), at least 0.</li>
 * <li><b>ISP (art. 5)</b>: the main home net of its mortgage (not below 0) counts for 2/3 of what exceeds
 * €52,500 + €2,500 per cohabiting child after the second (2026 family ISEE: €91,500, €120,000 in a
 * metropolitan capoluogo, + €2,500 per child after the first); other real estate as declared (net);
 * deposits at the greater of balances and average balances; government and postal bonds beyond the
 * €50,000 exclusion (DSUs from 3/4/2025); financial assets beyond the franchigia €6,000 + €2,000 per
 * member after the first, at most €10,000.</li>
 * <li><b>ISE = ISR + 20% ISP; ISEE = ISE / scale</b> (art. 2), the scale of {@link NationalScale} on the
 * nucleus counted. ISR, ISP, ISE and ISEE are each rounded half-up to the cent once.</li>
 * <li><b>Variants</b>: minorenni and università attract the non-cohabiting parent or add a componente
 * aggiuntiva (art. 7; all. 2 c. 2 [open: the same formula as c. 1, divisor the minor's nucleus scale]);
 * sociosanitario and residenze take the nucleo ristretto (art. 6 c. 2), which the DSU must already be;
 * residenze adds one componente aggiuntiva per child outside the nucleus (all. 2 c. 1: 20% × (ISE_child /
 * scale_child − €9,000) / scale of the beneficiary's nucleus, half-up to the cent; none for an exempt
 * child) and counts donated real estate (art. 6 c. 3).</li>
 * <li><b>Purposes</b>: {@link Purpose}. The bonus nido subtracts AUU / scale, half-up to the cent, never
 * below 0.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class DsuCalculator {
    private static final String ART4 = "DPCM 159/2013 art. 4";
    private static final String ART5 = "DPCM 159/2013 art. 5";
    private static final int EXACT = 10;

    private DsuCalculator() {
    }

    /** The ISEE with the default parameters. */
    public static DsuResult compute(Dsu dsu, Variant variant, Purpose purpose) {
        return compute(dsu, variant, purpose, DsuParameters.defaults());
    }

    /**
     * The ISEE of {@code dsu} in {@code variant} for {@code purpose}.
     *
     * @throws it.fsr.core.validation.ValidationException listing every problem of the DSU for this variant and purpose
     */
    public static DsuResult compute(Dsu dsu, Variant variant, Purpose purpose, ParameterSet p) {
        validate(dsu, variant, purpose, p).throwIfAny();
        LocalDate date = dsu.date();
        List<Step> steps = new ArrayList<>();
        List<DsuMember> nucleus = new ArrayList<>();
        for (DsuMember m : dsu.members()) {
            if (m.relationship() != Relationship.NON_COHABITING_PARENT) {
                nucleus.add(m);
            } else if (m.gncCase().effect() == GncCase.Effect.ATTRACTED) {
                nucleus.add(m);
                steps.add(DsuMessages.step("dsu.gnc.attracted", m.id(), m.gncCase().code(), "DPCM 159/2013 art. 7 c. 1", m.id()));
            } else {
                steps.add(DsuMessages.step("dsu.gnc.outside", m.id(), m.gncCase().code(), "DPCM 159/2013 art. 7 c. 1", m.id()));
            }
        }
        int children = (int) nucleus.stream().filter(m -> m.relationship() == Relationship.CHILD).count();
        steps.add(DsuMessages.step("dsu.nucleus", nucleus.size(), String.join(", ", nucleus.stream().map(DsuMember::id).toList()),
                variant.ristretto() ? "DPCM 159/2013 art. 6 c. 2" : "DPCM 159/2013 art. 3", variant.code()));

        DatedValue<Integer> lag = p.parameter(DsuParameters.REFERENCE_LAG).on(date);
        steps.add(DsuMessages.step("dsu.reference", date.getYear() - lag.value(), "t − " + lag.value(), lag.source()));
        // ISR
        List<MemberLine> lines = new ArrayList<>();
        List<Step> memberSteps = new ArrayList<>();
        BigDecimal sumNet = BigDecimal.ZERO;
        for (DsuMember m : nucleus) {
            MemberLine line = memberLine(m, p, date);
            lines.add(line);
            sumNet = sumNet.add(line.net());
            memberSteps.add(DsuMessages.step("dsu.member", line.net(), line.income().toPlainString() + " − "
                    + line.deductions().toPlainString(), ART4, m.id()).withChildren(deductionSteps(line, p, date)));
        }
        Euro figurative = figurativeIncome(dsu, p, date);
        Euro rentCap = p.valueOn(IseeParameters.RENT_CAP, date)
                .plus(p.valueOn(IseeParameters.RENT_CAP_PER_CHILD, date).times(Math.max(0, children - 2)));
        Euro rent = dsu.rent().min(rentCap);
        BigDecimal isrExact = sumNet.add(figurative.toBigDecimal()).subtract(rent.toBigDecimal()).max(BigDecimal.ZERO);
        Euro isr = Euro.of(isrExact, RoundingMode.HALF_UP);
        List<Step> isrChildren = new ArrayList<>(memberSteps);
        isrChildren.add(DsuMessages.step("dsu.figurative", figurative, dsu.figurativeIncome() != null ? "DSU" : FIGURATIVE_RULE,
                ART4 + " c. 2"));
        isrChildren.add(DsuMessages.step("dsu.rent", rent, "minimo(" + dsu.rent() + ", " + rentCap + ")", ART4 + " c. 4 lett. a)", rentCap));
        steps.add(DsuMessages.step("dsu.isr", isr, sumNet.toPlainString() + " + " + figurative + " − " + rent, ART4)
                .withChildren(isrChildren));

        // ISP
        List<Step> ispSteps = new ArrayList<>();
        Euro homeNet = dsu.homeValue().minus(dsu.homeMortgage()).atLeastZero();
        if (dsu.homeMortgage().isGreaterThan(dsu.homeValue())) {
            ispSteps.add(DsuMessages.step("dsu.home.mortgageAbove", Euro.ZERO, dsu.homeMortgage() + " > " + dsu.homeValue(), ART5 + " c. 2"));
        }
        boolean family = familyRules(purpose, p, date);
        Euro homeAllowance;
        String homeSource;
        if (family) {
            DatedValue<Euro> base = p.parameter(Boolean.TRUE.equals(dsu.capoluogoMetropolitano())
                    ? DsuParameters.FAMILY_HOME_ALLOWANCE_METRO : DsuParameters.FAMILY_HOME_ALLOWANCE).on(date);
            homeAllowance = base.value().plus(p.valueOn(DsuParameters.FAMILY_HOME_PER_CHILD, date).times(Math.max(0, children - 1)));
            homeSource = base.source();
        } else {
            homeAllowance = p.valueOn(IseeParameters.HOME_ALLOWANCE, date)
                    .plus(p.valueOn(IseeParameters.HOME_ALLOWANCE_PER_CHILD, date).times(Math.max(0, children - 2)));
            homeSource = ART5 + " c. 2";
        }
        BigDecimal homeCounted = homeNet.minus(homeAllowance).atLeastZero().toBigDecimal()
                .multiply(p.valueOn(IseeParameters.HOME_EXCESS_SHARE, date)).divide(BigDecimal.valueOf(3), EXACT, RoundingMode.HALF_UP);
        ispSteps.add(DsuMessages.step("dsu.home", homeCounted.setScale(2, RoundingMode.HALF_UP),
                "2/3 × massimo(0, " + homeNet + " − " + homeAllowance + ")", homeSource, homeAllowance));
        ispSteps.add(DsuMessages.step("dsu.otherRealEstate", dsu.otherRealEstate(), "", ART5 + " c. 2"));
        Euro donations = Euro.ZERO;
        if (dsu.donations().isPositive()) {
            if (variant == Variant.RESIDENZE) {
                donations = dsu.donations();
                ispSteps.add(DsuMessages.step("dsu.donations", donations, "", "DPCM 159/2013 art. 6 c. 3 lett. c)"));
            } else {
                ispSteps.add(DsuMessages.step("dsu.donations.notCounted", Euro.ZERO, dsu.donations().toString(),
                        "DPCM 159/2013 art. 6 c. 3 lett. c)", variant.code()));
            }
        }
        Euro deposits = dsu.depositsBalance().max(dsu.depositsAverage());
        ispSteps.add(DsuMessages.step("dsu.deposits", deposits, "massimo(" + dsu.depositsBalance() + ", " + dsu.depositsAverage() + ")",
                ART5 + " c. 4"));
        DatedValue<Euro> exclusion = p.parameter(DsuParameters.BOND_EXCLUSION).on(date);
        Euro bonds = dsu.governmentBonds().minus(exclusion.value()).atLeastZero();
        ispSteps.add(DsuMessages.step("dsu.bonds", bonds, "massimo(0, " + dsu.governmentBonds() + " − " + exclusion.value() + ")",
                exclusion.source(), exclusion.value()));
        Euro financial = deposits.plus(dsu.otherFinancial()).plus(bonds);
        Euro franchigia = p.valueOn(IseeParameters.FINANCIAL_ALLOWANCE, date)
                .plus(p.valueOn(IseeParameters.FINANCIAL_ALLOWANCE_PER_MEMBER, date).times(nucleus.size() - 1L))
                .min(p.valueOn(IseeParameters.FINANCIAL_ALLOWANCE_CAP, date))
                .plus(p.valueOn(DsuParameters.FINANCIAL_ALLOWANCE_PER_CHILD, date).times(Math.max(0, children - 2)));
        Euro financialCounted = financial.minus(franchigia).atLeastZero();
        ispSteps.add(DsuMessages.step("dsu.financial", financialCounted, "massimo(0, " + financial + " − " + franchigia + ")",
                ART5 + " c. 4", franchigia));
        Euro isp = Euro.of(homeCounted.add(dsu.otherRealEstate().toBigDecimal()).add(donations.toBigDecimal())
                .add(financialCounted.toBigDecimal()), RoundingMode.HALF_UP);
        steps.add(DsuMessages.step("dsu.isp", isp, "", ART5).withChildren(ispSteps));

        // ISE, scale, ISEE
        Rate share = p.valueOn(IseeParameters.ASSETS_SHARE, date);
        Euro ise = DsuCalculator.ise(isr, isp, share);
        steps.add(DsuMessages.step("dsu.ise", ise, isr + " + " + share + " × " + isp, "DPCM 159/2013 art. 2 c. 3"));
        ScaleResult scale = NationalScale.of(scaleFacts(nucleus), p, date,
                family ? NationalScale.ChildrenRule.FAMILY_2026 : NationalScale.ChildrenRule.ORDINARY);
        Euro isee = IseeAttestation.iseeOf(ise, scale.value());
        steps.add(DsuMessages.step("dsu.isee", isee, ise + " / " + scale.value().toPlainString(), "DPCM 159/2013 art. 2 c. 2")
                .withChildren(scale.explanation().steps()));

        // Componenti aggiuntive
        Euro ca = Euro.ZERO;
        Map<String, DsuMember> gncById = new HashMap<>();
        dsu.members().stream().filter(m -> m.relationship() == Relationship.NON_COHABITING_PARENT).forEach(m -> gncById.put(m.id(), m));
        for (OutsidePerson o : dsu.outside()) {
            if (o.exemption() != OutsidePerson.Exemption.NONE) {
                steps.add(DsuMessages.step("dsu.ca.exempt." + o.exemption().name(), Euro.ZERO, "", "DPCM 159/2013 all. 2 c. 1", o.id()));
                continue;
            }
            Euro one = componenteAggiuntiva(o.ise(), o.scale(), scale.value(), p, date);
            ca = ca.plus(one);
            steps.add(DsuMessages.step("dsu.ca", one, "0,2 × massimo(0, " + o.ise() + " / " + o.scale().toPlainString() + " − "
                    + p.valueOn(DsuParameters.CA_THRESHOLD, date) + ") / " + scale.value().toPlainString(),
                    gncById.containsKey(o.id()) ? "DPCM 159/2013 art. 7 c. 1 e all. 2 c. 2" : "DPCM 159/2013 art. 6 c. 3 e all. 2 c. 1",
                    o.id()));
        }
        Euro auu = Euro.ZERO;
        if (purpose == Purpose.BONUS_NIDO) {
            auu = Euro.of(dsu.assegnoUnico().toBigDecimal().divide(scale.value(), 2, RoundingMode.HALF_UP));
            steps.add(DsuMessages.step("dsu.auu", auu, dsu.assegnoUnico() + " / " + scale.value().toPlainString(),
                    "circolare INPS 60/2025"));
        }
        Euro fin = isee.plus(ca).minus(auu).atLeastZero();
        steps.add(DsuMessages.step("dsu.final", fin, isee + " + " + ca + (purpose == Purpose.BONUS_NIDO ? " − " + auu : ""),
                "DPCM 159/2013 artt. 2, 6, 7, 8", variant.code()).withChildren(List.of(DsuMessages.step("dsu.purpose." + purpose.name(),
                        purpose.code(), "", purpose == Purpose.ORDINARIO ? "DPCM 159/2013" : purpose == Purpose.FAMIGLIA_2026
                                ? "L. 199/2025 art. 1 c. 208" : "circolare INPS 60/2025"))));
        return new DsuResult(dsu.id(), variant, purpose, nucleus.stream().map(DsuMember::id).toList(), lines, figurative, rent, isr,
                isp, ise, scale.value(), isee, ca, auu, fin, Explanation.of(steps));
    }

    /** ISE = ISR + share × ISP, half-up to the cent (DPCM 159/2013 art. 2 c. 3). */
    static Euro ise(Euro isr, Euro isp, Rate assetsShare) {
        return isr.plus(isp.multiply(assetsShare, RoundingMode.HALF_UP));
    }

    private static final String FIGURATIVE_RULE = "minimo(rendimento BTP decennali, tasso legale + 1) × patrimonio mobiliare diverso dai depositi";

    /**
     * One member's ISR line (art. 4): income, then each deduction up to what is left of it.
     * Exact: nothing is rounded here.
     */
    public static MemberLine memberLine(DsuMember m, ParameterSet p, LocalDate date) {
        BigDecimal employee = m.employeeIncome().toBigDecimal();
        BigDecimal pensionAndBenefits = m.pensionIncome().toBigDecimal().add(m.publicBenefits().toBigDecimal());
        BigDecimal income = employee.add(pensionAndBenefits).add(m.otherIncome().toBigDecimal())
                .add(m.maintenanceReceived().toBigDecimal());
        BigDecimal left = income;
        BigDecimal maintenance = m.maintenancePaid().toBigDecimal().min(left);
        left = left.subtract(maintenance);
        BigDecimal disability = m.disabilityExpenses().min(p.valueOn(DsuParameters.DISABILITY_EXPENSES_CAP, date)).toBigDecimal().min(left);
        left = left.subtract(disability);
        BigDecimal agricultural = m.agriculturalIncome().toBigDecimal().min(left);
        left = left.subtract(agricultural);
        BigDecimal employeeDed = employee.multiply(p.valueOn(IseeParameters.EMPLOYEE_DEDUCTION_RATE, date).fraction())
                .min(p.valueOn(IseeParameters.EMPLOYEE_DEDUCTION_CAP, date).toBigDecimal());
        BigDecimal pensionDed = pensionAndBenefits.multiply(p.valueOn(IseeParameters.PENSION_DEDUCTION_RATE, date).fraction())
                .min(p.valueOn(IseeParameters.PENSION_DEDUCTION_CAP, date).toBigDecimal());
        if (employeeDed.compareTo(pensionDed) >= 0) {
            pensionDed = BigDecimal.ZERO;
            employeeDed = employeeDed.min(left);
            left = left.subtract(employeeDed);
        } else {
            employeeDed = BigDecimal.ZERO;
            pensionDed = pensionDed.min(left);
            left = left.subtract(pensionDed);
        }
        return new MemberLine(m.id(), income, maintenance, disability, agricultural, employeeDed, pensionDed, left);
    }

    private static List<Step> deductionSteps(MemberLine l, ParameterSet p, LocalDate date) {
        List<Step> s = new ArrayList<>();
        s.add(DsuMessages.step("dsu.income", l.income(), "", ART4 + " c. 2"));
        if (l.maintenancePaid().signum() > 0) {
            s.add(DsuMessages.step("dsu.ded.maintenance", l.maintenancePaid(), "", ART4 + " c. 3"));
        }
        if (l.disabilityExpenses().signum() > 0) {
            s.add(DsuMessages.step("dsu.ded.disability", l.disabilityExpenses(), "", ART4 + " c. 3",
                    p.valueOn(DsuParameters.DISABILITY_EXPENSES_CAP, date)));
        }
        if (l.agriculturalIncome().signum() > 0) {
            s.add(DsuMessages.step("dsu.ded.agricultural", l.agriculturalIncome(), "", ART4 + " c. 3"));
        }
        if (l.employeeDeduction().signum() > 0) {
            s.add(DsuMessages.step("dsu.ded.employee", l.employeeDeduction(), "", ART4 + " c. 3",
                    p.valueOn(IseeParameters.EMPLOYEE_DEDUCTION_CAP, date)));
        }
        if (l.pensionDeduction().signum() > 0) {
            s.add(DsuMessages.step("dsu.ded.pension", l.pensionDeduction(), "", ART4 + " c. 3",
                    p.valueOn(IseeParameters.PENSION_DEDUCTION_CAP, date)));
        }
        return s;
    }

    /**
     * A componente aggiuntiva (DPCM 159/2013 all. 2): x = ISE / own scale, d = x − threshold (none if ≤ 0),
     * share × d / scale of the beneficiary's nucleus, half-up to the cent once.
     */
    public static Euro componenteAggiuntiva(Euro ise, BigDecimal ownScale, BigDecimal beneficiaryScale, ParameterSet p,
            LocalDate date) {
        BigDecimal x = ise.toBigDecimal().divide(ownScale, EXACT, RoundingMode.HALF_UP);
        BigDecimal d = x.subtract(p.valueOn(DsuParameters.CA_THRESHOLD, date).toBigDecimal());
        if (d.signum() <= 0) {
            return Euro.ZERO;
        }
        return Euro.of(d.multiply(p.valueOn(DsuParameters.CA_SHARE, date).fraction()).divide(beneficiaryScale, 2, RoundingMode.HALF_UP));
    }

    /** Whether the 2026 family rules apply: by purpose, then by the DSU's date within the bonus nido. */
    static boolean familyRules(Purpose purpose, ParameterSet p, LocalDate date) {
        if (purpose == Purpose.FAMIGLIA_2026) {
            return true;
        }
        return purpose == Purpose.BONUS_NIDO && optional(p, DsuParameters.FAMILY_HOME_ALLOWANCE, date) != null;
    }

    private static Euro figurativeIncome(Dsu dsu, ParameterSet p, LocalDate date) {
        if (dsu.figurativeIncome() != null) {
            return dsu.figurativeIncome();
        }
        Euro base = figurativeBase(dsu, p, date);
        if (base.isZero()) {
            return Euro.ZERO;
        }
        return base.multiply(p.valueOn(DsuParameters.FIGURATIVE_RATE, date), RoundingMode.HALF_UP);
    }

    /** Financial assets other than deposits and current accounts, the bonds beyond their exclusion. */
    private static Euro figurativeBase(Dsu dsu, ParameterSet p, LocalDate date) {
        return dsu.otherFinancial().plus(dsu.governmentBonds().minus(p.valueOn(DsuParameters.BOND_EXCLUSION, date)).atLeastZero());
    }

    /** The scale's facts of the nucleus counted. */
    static NationalScale.Facts scaleFacts(List<DsuMember> nucleus) {
        List<DsuMember> kids = nucleus.stream().filter(m -> m.relationship() == Relationship.CHILD).toList();
        int minors = (int) kids.stream().filter(m -> m.age() < 18).count();
        boolean underThree = kids.stream().anyMatch(m -> m.age() < 3);
        List<DsuMember> parents = nucleus.stream().filter(m -> m.relationship() == Relationship.DECLARANT
                || m.relationship() == Relationship.SPOUSE || m.relationship() == Relationship.NON_COHABITING_PARENT).toList();
        boolean allWorked = !parents.isEmpty() && parents.stream().allMatch(DsuMember::worked6Months);
        boolean singleNonWorkingWithMinorsOnly = parents.size() == 1 && nucleus.stream()
                .allMatch(m -> parents.contains(m) || m.relationship() == Relationship.CHILD && m.age() < 18);
        int residential = (int) nucleus.stream().filter(DsuMember::residential).count();
        return new NationalScale.Facts(nucleus.size(), kids.size(), minors, underThree,
                minors > 0 && (allWorked || singleNonWorkingWithMinorsOnly),
                nucleus.stream().map(DsuMember::disability).toList(), residential);
    }

    private static <T> T optional(ParameterSet p, ParameterKey<T> key, LocalDate date) {
        try {
            return p.valueOn(key, date);
        } catch (MissingParameterException e) {
            return null;
        }
    }

    /** Every problem of {@code dsu} for this variant and purpose (DPCM 159/2013; spec of the calculator's inputs). */
    public static Violations validate(Dsu dsu, Variant variant, Purpose purpose, ParameterSet p) {
        Violations v = new Violations();
        long declarants = dsu.members().stream().filter(m -> m.relationship() == Relationship.DECLARANT).count();
        if (declarants != 1) {
            v.add("relationship", dsu.id(), "a nucleus needs exactly one declarant (found " + declarants + ")");
        }
        Set<String> ids = new HashSet<>();
        Map<String, DsuMember> caGnc = new HashMap<>();
        for (DsuMember m : dsu.members()) {
            String f = "member " + m.id() + ": ";
            if (!ids.add(m.id())) {
                v.add("member_id", m.id(), "is a duplicate id");
            }
            v.check(m.age() >= 0 && m.age() <= 130, f + "age", m.age(), "must be between 0 and 130");
            negative(v, f + "employee_income", m.employeeIncome());
            negative(v, f + "pension_income", m.pensionIncome());
            negative(v, f + "other_income", m.otherIncome());
            negative(v, f + "public_benefits", m.publicBenefits());
            negative(v, f + "maintenance_received", m.maintenanceReceived());
            negative(v, f + "maintenance_paid", m.maintenancePaid());
            negative(v, f + "disability_expenses", m.disabilityExpenses());
            negative(v, f + "agricultural_income", m.agriculturalIncome());
            if (m.relationship() == Relationship.NON_COHABITING_PARENT) {
                if (!variant.admitsGnc()) {
                    v.add(f + "relationship", "gnc", "a non-cohabiting parent belongs only to the minorenni or universita ISEE");
                } else if (m.gncCase() == null) {
                    v.add(f + "gnc_case", "", "a value is required for a non-cohabiting parent (attracted, married_other, "
                            + "children_other, maintenance_ordered, excluded, estranged)");
                } else if (m.gncCase().effect() == GncCase.Effect.COMPONENTE_AGGIUNTIVA) {
                    caGnc.put(m.id(), m);
                }
            } else if (m.gncCase() != null) {
                v.add(f + "gnc_case", m.gncCase().code(), "applies only to a non-cohabiting parent (relationship gnc)");
            }
            if (variant.ristretto()) {
                boolean in = switch (m.relationship()) {
                    case DECLARANT, SPOUSE -> true;
                    case CHILD -> m.age() < 18 || Boolean.TRUE.equals(m.dependent());
                    default -> false;
                };
                if (m.relationship() == Relationship.CHILD && m.age() >= 18 && m.dependent() == null) {
                    v.add(f + "dependent", "", "a value is required (yes or no) for an adult child in the nucleo ristretto: "
                            + "fiscally dependent, unmarried and without children?");
                } else if (!in) {
                    v.add(f + "relationship", m.relationship().code(),
                            "is not in the nucleo ristretto of DPCM 159/2013 art. 6 c. 2: file the DSU without this member");
                }
            }
        }
        negative(v, "rent", dsu.rent());
        negative(v, "home_value", dsu.homeValue());
        negative(v, "home_mortgage", dsu.homeMortgage());
        negative(v, "other_real_estate", dsu.otherRealEstate());
        negative(v, "deposits_balance", dsu.depositsBalance());
        negative(v, "deposits_average", dsu.depositsAverage());
        negative(v, "other_financial", dsu.otherFinancial());
        negative(v, "government_bonds", dsu.governmentBonds());
        negative(v, "donations", dsu.donations());
        if (dsu.figurativeIncome() != null) {
            negative(v, "figurative_income", dsu.figurativeIncome());
        } else if (optional(p, DsuParameters.BOND_EXCLUSION, dsu.date()) != null
                && figurativeBase(dsu, p, dsu.date()).isPositive()
                && optional(p, DsuParameters.FIGURATIVE_RATE, dsu.date()) == null) {
            v.add("figurative_income", "", "no yield rate for the reddito figurativo on " + dsu.date()
                    + ": write the figurative income printed on the DSU");
        }
        boolean familyPurpose = purpose == Purpose.FAMIGLIA_2026;
        if (familyPurpose && optional(p, DsuParameters.FAMILY_HOME_ALLOWANCE, dsu.date()) == null) {
            v.add("date", dsu.date(), "the 2026 family ISEE applies to DSUs from 2026-01-01");
        }
        if ((familyPurpose || purpose == Purpose.BONUS_NIDO && familyRules(purpose, p, dsu.date()))
                && dsu.capoluogoMetropolitano() == null) {
            v.add("capoluogo_metropolitano", "", "a value is required (yes or no) for the 2026 family ISEE: "
                    + "is the home in the capoluogo of a Città metropolitana?");
        }
        if (purpose == Purpose.BONUS_NIDO) {
            if (dsu.assegnoUnico() == null) {
                v.add("auu", "", "the Assegno unico received is required for the bonus nido ISEE");
            } else {
                negative(v, "auu", dsu.assegnoUnico());
            }
        }
        Set<String> outsideIds = new HashSet<>();
        for (OutsidePerson o : dsu.outside()) {
            String f = "outside " + o.id() + ": ";
            if (!outsideIds.add(o.id())) {
                v.add("child_id", o.id(), "is a duplicate id");
            }
            if (variant == Variant.RESIDENZE) {
                if (ids.contains(o.id())) {
                    v.add("child_id", o.id(), "is a member of the nucleus: a componente aggiuntiva is for a child outside it");
                }
            } else if (variant.admitsGnc()) {
                if (!caGnc.containsKey(o.id())) {
                    v.add("child_id", o.id(), "is not a non-cohabiting parent of this DSU with a componente aggiuntiva");
                }
            } else {
                v.add("child_id", o.id(), "other persons' economic situations count only in the residenze, minorenni and universita ISEE");
            }
            negative(v, f + "ise", o.ise());
            v.check(o.scale().compareTo(BigDecimal.ONE) >= 0, f + "scale", o.scale().toPlainString(), "must be at least 1.00 (DPCM 159/2013 all. 1)");
        }
        for (String gnc : caGnc.keySet()) {
            if (!outsideIds.contains(gnc)) {
                v.add("member " + gnc + ": gnc_case", caGnc.get(gnc).gncCase().code(),
                        "the non-cohabiting parent's ISE and scale are required for the componente aggiuntiva");
            }
        }
        return v;
    }

    private static void negative(Violations v, String field, Euro value) {
        v.check(!value.isNegative(), field, value, "must not be negative");
    }
}
