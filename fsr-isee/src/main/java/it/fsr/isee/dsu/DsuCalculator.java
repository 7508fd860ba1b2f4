package it.fsr.isee.dsu;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
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
 * 2013 n. 159 and its allegati, as amended), with each step explained and cited.
 *
 * <ul>
 * <li><b>ISR (art. 4)</b>: each member's income (IRPEF, substitute-tax and exempt income, public benefits
 * not in IRPEF income other than disability ones, maintenance received) minus, from that member's own
 * income and never beyond it ("fino a concorrenza"), in this order: maintenance paid, disability
 * expenses (capped), agricultural income of IVA-registered farmers, and the deduction of employee income
 * (capped <i>per earner</i>) or of pensions and benefits (capped <i>per member</i>): scelta di fsr on art.
 * 4 c. 3, the two are alternative for a member who has both, and the larger applies. Then the reddito
 * figurativo of financial assets other than deposits (as printed, or base × dated rate; a household line
 * no member's deductions reach), minus the rent (capped, raised per cohabiting child after the second),
 * at least 0.</li>
 * <li><b>ISP (art. 5)</b>: the main home net of its mortgage (not below 0) counts for its share of what
 * exceeds the franchigia (raised per cohabiting child after the second; the 2026 family ISEE has its own
 * franchigia, higher in a metropolitan capoluogo, raised per child after the first); other real estate
 * as declared (net); deposits at the greater of balances and average balances; government and postal
 * bonds beyond their exclusion (DSUs from 3/4/2025); financial assets beyond the franchigia (a base, a
 * step per member after the first, a cap, raised per child after the second).</li>
 * <li><b>ISE = ISR + share × ISP; ISEE = ISE / scale</b> (art. 2), the scale of all. 1 on the nucleus
 * counted. ISR, ISP, ISE and ISEE are each rounded half-up to the cent once.</li>
 * <li><b>Variants</b>: minorenni and università attract the non-cohabiting parent or add a componente
 * aggiuntiva (art. 7; all. 2 c. 2, scelta di fsr: the formula of c. 1 with the minor's nucleus scale as
 * divisor); sociosanitario and residenze take the nucleo ristretto (art. 6 c. 2), which the DSU must
 * already be; residenze adds one componente aggiuntiva per child outside the nucleus (all. 2 c. 1, none for
 * an exempt child) and counts donated real estate (art. 6 c. 3).</li>
 * <li><b>Purposes</b>: {@link Purpose}. The bonus nido subtracts AUU / scale, half-up to the cent, never
 * below 0 (circolare INPS 60/2025).</li>
 * </ul>
 * Every value a decree sets is a dated parameter ({@link DsuParameters}, {@link IseeParameters}). The
 * arithmetic is {@link IseeRule}'s, the same for one DSU and for a region's ({@link DsuBatch}).
 * Stateless and thread-safe.
 */
public final class DsuCalculator {
    private static final String ART4 = "DPCM 159/2013 art. 4";
    private static final String ART5 = "DPCM 159/2013 art. 5";
    private static final String FIGURATIVE_RULE = "minimo(rendimento BTP decennali, tasso legale + 1) × patrimonio mobiliare diverso dai depositi";

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
    public static DsuResult compute(Dsu dsu, Variant variant, Purpose purpose, ParameterSet parameters) {
        validate(dsu, variant, purpose, parameters).throwIfAny();
        DsuView view = new ObjectView(dsu);
        IseeRule.Rules rules = IseeRule.Rules.of(parameters, dsu.date(), purpose);
        Figures f = new Figures();
        IseeRule.compute(view, rules, variant, purpose, f);
        return result(view, rules, variant, purpose, f);
    }

    /** The result of the figures {@link IseeRule} computed for {@code dsu}, with its explanation. */
    static DsuResult result(DsuView dsu, IseeRule.Rules r, Variant variant, Purpose purpose, Figures f) {
        List<Step> steps = new ArrayList<>();
        List<String> nucleus = new ArrayList<>();
        for (int i = 0; i < dsu.size(); i++) {
            if (dsu.relationship(i) == Relationship.NON_COHABITING_PARENT) {
                GncCase c = dsu.gncCase(i);
                boolean check = IseeRule.countsForSingleParentCheck(dsu, i, variant);
                steps.add(DsuMessages.step(f.counted[i] ? "dsu.gnc.attracted" : check ? "dsu.gnc.singleParentCheck" : "dsu.gnc.outside",
                        dsu.memberId(i), c == null ? "" : c.code(),
                        check ? "DPCM 159/2013 all. 1 lett. b) e art. 7 c. 1" : "DPCM 159/2013 art. 7 c. 1", dsu.memberId(i)));
            }
            if (f.counted[i]) {
                nucleus.add(dsu.memberId(i));
            }
        }
        if (f.ownNucleus >= 0) {
            steps.add(DsuMessages.step("dsu.ownNucleus", dsu.memberId(f.ownNucleus), "", "DPCM 159/2013 art. 6 c. 2", dsu.memberId(f.ownNucleus)));
        }
        steps.add(DsuMessages.step("dsu.nucleus", nucleus.size(), String.join(", ", nucleus),
                variant.ristretto() ? "DPCM 159/2013 art. 6 c. 2" : "DPCM 159/2013 art. 3", variant.code()));
        DatedValue<?> lag = r.dated(DsuParameters.REFERENCE_LAG);
        steps.add(DsuMessages.step("dsu.reference", dsu.date().getYear() - r.referenceLag, "t − " + r.referenceLag, lag.source()));
        // ISR
        List<MemberLine> lines = new ArrayList<>();
        List<Step> isrChildren = new ArrayList<>();
        for (int i = 0; i < dsu.size(); i++) {
            if (!f.counted[i]) {
                continue;
            }
            MemberLine line = new MemberLine(dsu.memberId(i), r.isrEuro(f.income[i]), r.isrEuro(f.maintenance[i]),
                    r.isrEuro(f.disabilityExpenses[i]), r.isrEuro(f.agricultural[i]), r.isrEuro(f.employeeDeduction[i]),
                    r.isrEuro(f.pensionDeduction[i]), r.isrEuro(f.net[i]));
            lines.add(line);
            isrChildren.add(DsuMessages.step("dsu.member", line.net(), line.income().toPlainString() + " − " + line.deductions().toPlainString(),
                    ART4, dsu.memberId(i)).withChildren(deductionSteps(line, r)));
        }
        Euro figurative = Euro.ofCents(f.figurative);
        Euro rent = Euro.ofCents(f.rentDeduction);
        Euro rentCap = Euro.ofCents(f.rentCap);
        Euro isr = Euro.ofCents(f.isr);
        isrChildren.add(DsuMessages.step("dsu.figurative", figurative, dsu.figurativeIncome() >= 0 ? "DSU" : FIGURATIVE_RULE, ART4 + " c. 2"));
        isrChildren.add(DsuMessages.step("dsu.rent", rent, "minimo(" + Euro.ofCents(dsu.rent()) + ", " + rentCap + ")", ART4 + " c. 4 lett. a)",
                rentCap));
        steps.add(DsuMessages.step("dsu.isr", isr, r.isrEuro(f.sumNetUnits).toPlainString() + " + " + figurative + " − " + rent, ART4)
                .withChildren(isrChildren));
        // ISP
        List<Step> ispSteps = new ArrayList<>();
        Euro homeNet = Euro.ofCents(f.homeNet);
        Euro homeAllowance = Euro.ofCents(f.homeAllowance);
        if (dsu.homeMortgage() > dsu.homeValue()) {
            ispSteps.add(DsuMessages.step("dsu.home.mortgageAbove", Euro.ZERO, Euro.ofCents(dsu.homeMortgage()) + " > " + Euro.ofCents(dsu.homeValue()),
                    ART5 + " c. 2"));
        }
        BigDecimal homeCounted = BigDecimal.valueOf(f.homeCountedUnits).divide(BigDecimal.valueOf(r.homeShareDenominator() * 100), 2,
                RoundingMode.HALF_UP);
        DatedValue<?> homeSource = r.dated(r.family ? (dsu.capoluogo() == 1 ? DsuParameters.FAMILY_HOME_ALLOWANCE_METRO : DsuParameters.FAMILY_HOME_ALLOWANCE)
                : IseeParameters.HOME_ALLOWANCE);
        ispSteps.add(DsuMessages.step("dsu.home", homeCounted, share(r) + " × massimo(0, " + homeNet + " − "
                + homeAllowance + ")", r.family ? homeSource.source() : ART5 + " c. 2", homeAllowance));
        ispSteps.add(DsuMessages.step("dsu.otherRealEstate", Euro.ofCents(dsu.otherRealEstate()), "", ART5 + " c. 2"));
        if (dsu.donations() > 0) {
            if (variant == Variant.RESIDENZE) {
                ispSteps.add(DsuMessages.step("dsu.donations", Euro.ofCents(f.donations), "", "DPCM 159/2013 art. 6 c. 3 lett. c)"));
            } else {
                ispSteps.add(DsuMessages.step("dsu.donations.notCounted", Euro.ZERO, Euro.ofCents(dsu.donations()).toString(),
                        "DPCM 159/2013 art. 6 c. 3 lett. c)", variant.code()));
            }
        }
        if (f.depositsAtBalance) {
            ispSteps.add(DsuMessages.step("dsu.deposits.atBalance", Euro.ofCents(f.deposits), Euro.ofCents(dsu.assetIncreases()) + " > "
                    + Euro.ofCents(dsu.depositsAverage()) + " − " + Euro.ofCents(dsu.depositsBalance()), ART5 + " c. 4 lett. a)"));
        } else {
            ispSteps.add(DsuMessages.step("dsu.deposits", Euro.ofCents(f.deposits), "massimo(" + Euro.ofCents(dsu.depositsBalance()) + ", "
                    + Euro.ofCents(dsu.depositsAverage()) + ")", ART5 + " c. 4 lett. a)"));
        }
        DatedValue<?> exclusion = r.dated(DsuParameters.BOND_EXCLUSION);
        ispSteps.add(DsuMessages.step("dsu.bonds", Euro.ofCents(f.bonds), "massimo(0, " + Euro.ofCents(dsu.governmentBonds()) + " − "
                + exclusion.value() + ")", exclusion.source(), exclusion.value()));
        Euro franchigia = Euro.ofCents(f.franchigia);
        ispSteps.add(DsuMessages.step("dsu.financial", Euro.ofCents(f.financialCounted), "massimo(0, " + Euro.ofCents(f.financial) + " − "
                + franchigia + ")", ART5 + " c. 4", franchigia));
        Euro isp = Euro.ofCents(f.isp);
        steps.add(DsuMessages.step("dsu.isp", isp, "", ART5).withChildren(ispSteps));
        // ISE, scale, ISEE
        Euro ise = Euro.ofCents(f.ise);
        DatedValue<?> assetsShare = r.dated(IseeParameters.ASSETS_SHARE);
        steps.add(DsuMessages.step("dsu.ise", ise, isr + " + " + assetsShare.value() + " × " + isp, "DPCM 159/2013 art. 2 c. 3"));
        BigDecimal scale = r.scale(f);
        Euro isee = Euro.ofCents(f.isee);
        steps.add(DsuMessages.step("dsu.isee", isee, ise + " / " + scale.toPlainString(), "DPCM 159/2013 art. 2 c. 2")
                .withChildren(NationalScale.steps(r, f, scale)));
        // componenti aggiuntive
        Set<String> gnc = new HashSet<>();
        for (int i = 0; i < dsu.size(); i++) {
            if (dsu.relationship(i) == Relationship.NON_COHABITING_PARENT) {
                gnc.add(dsu.memberId(i));
            }
        }
        for (int k = 0; k < dsu.outsideCount(); k++) {
            String id = dsu.outsideId(k);
            if (dsu.outsideExemption(k) != OutsidePerson.Exemption.NONE) {
                steps.add(DsuMessages.step("dsu.ca.exempt." + dsu.outsideExemption(k).name(), Euro.ZERO, "", "DPCM 159/2013 all. 2 c. 1", id));
                continue;
            }
            steps.add(DsuMessages.step("dsu.ca", Euro.ofCents(f.componenteAggiuntiva[k]), r.dated(DsuParameters.CA_SHARE).value() + " × massimo(0, "
                    + Euro.ofCents(dsu.outsideIse(k)) + " / " + dsu.outsideScale(k).toPlainString() + " − " + Euro.ofCents(r.caThreshold) + ") / "
                    + scale.toPlainString(), gnc.contains(id) ? "DPCM 159/2013 art. 7 c. 1 e all. 2 c. 2" : "DPCM 159/2013 art. 6 c. 3 e all. 2 c. 1", id));
        }
        Euro ca = Euro.ofCents(f.componenteAggiuntivaTotal);
        Euro auu = Euro.ofCents(f.assegnoUnicoNeutralised);
        if (purpose.neutralisesAssegnoUnico()) {
            steps.add(DsuMessages.step("dsu.auu", auu, Euro.ofCents(dsu.assegnoUnico()) + " / " + scale.toPlainString(), purpose == Purpose.BONUS_NIDO
                    ? "circolare INPS 60/2025" : "L. 207/2024 art. 1 c. 206; metodo della circolare INPS 60/2025 (scelta di fsr)"));
        }
        Euro fin = Euro.ofCents(f.iseeFinal);
        steps.add(DsuMessages.step("dsu.final", fin, isee + " + " + ca + (purpose.neutralisesAssegnoUnico() ? " − " + auu : ""),
                "DPCM 159/2013 artt. 2, 6, 7, 8", variant.code()).withChildren(List.of(DsuMessages.step("dsu.purpose." + purpose.name(),
                        purpose.code(), "", purpose == Purpose.ORDINARIO ? "DPCM 159/2013" : purpose == Purpose.FAMIGLIA_2026
                                ? "L. 199/2025 art. 1 c. 208" : purpose == Purpose.BONUS_NIDO ? "circolare INPS 60/2025" : "L. 207/2024 art. 1 c. 206"))));
        return new DsuResult(dsu.id(), variant, purpose, nucleus, lines, figurative, rent, isr, isp, ise, scale, isee, ca, auu, fin,
                Explanation.of(steps));
    }

    private static String share(IseeRule.Rules r) {
        return r.homeShare.p() + "/" + r.homeShare.q();
    }

    private static List<Step> deductionSteps(MemberLine l, IseeRule.Rules r) {
        List<Step> s = new ArrayList<>();
        s.add(DsuMessages.step("dsu.income", l.income(), "", ART4 + " c. 2"));
        if (l.maintenancePaid().signum() > 0) {
            s.add(DsuMessages.step("dsu.ded.maintenance", l.maintenancePaid(), "", ART4 + " c. 3"));
        }
        if (l.disabilityExpenses().signum() > 0) {
            s.add(DsuMessages.step("dsu.ded.disability", l.disabilityExpenses(), "", ART4 + " c. 3", Euro.ofCents(r.disabilityCap)));
        }
        if (l.agriculturalIncome().signum() > 0) {
            s.add(DsuMessages.step("dsu.ded.agricultural", l.agriculturalIncome(), "", ART4 + " c. 3"));
        }
        if (l.employeeDeduction().signum() > 0) {
            s.add(DsuMessages.step("dsu.ded.employee", l.employeeDeduction(), "", ART4 + " c. 3", Euro.ofCents(r.employeeCap)));
        }
        if (l.pensionDeduction().signum() > 0) {
            s.add(DsuMessages.step("dsu.ded.pension", l.pensionDeduction(), "", ART4 + " c. 3", Euro.ofCents(r.pensionCap)));
        }
        return s;
    }

    /** A {@link Dsu} object seen through {@link DsuView}. */
    private static final class ObjectView implements DsuView {
        private final Dsu d;

        ObjectView(Dsu d) {
            this.d = d;
        }

        @Override public String id() { return d.id(); }
        @Override public LocalDate date() { return d.date(); }
        @Override public int size() { return d.members().size(); }
        @Override public String memberId(int i) { return d.members().get(i).id(); }
        @Override public Relationship relationship(int i) { return d.members().get(i).relationship(); }
        @Override public int age(int i) { return d.members().get(i).age(); }
        @Override public Disability disability(int i) { return d.members().get(i).disability(); }
        @Override public boolean worked(int i) { return d.members().get(i).worked6Months(); }
        @Override public boolean residential(int i) { return d.members().get(i).residential(); }
        @Override public boolean beneficiary(int i) { return d.members().get(i).beneficiary(); }
        @Override public GncCase gncCase(int i) { return d.members().get(i).gncCase(); }

        @Override
        public long amount(int i, int which) {
            DsuMember m = d.members().get(i);
            Euro e = switch (which) {
                case EMPLOYEE -> m.employeeIncome();
                case PENSION -> m.pensionIncome();
                case OTHER -> m.otherIncome();
                case BENEFITS -> m.publicBenefits();
                case MAINTENANCE_RECEIVED -> m.maintenanceReceived();
                case MAINTENANCE_PAID -> m.maintenancePaid();
                case DISABILITY_EXPENSES -> m.disabilityExpenses();
                default -> m.agriculturalIncome();
            };
            return e.cents();
        }

        @Override public long rent() { return d.rent().cents(); }
        @Override public long homeValue() { return d.homeValue().cents(); }
        @Override public long homeMortgage() { return d.homeMortgage().cents(); }
        @Override public long otherRealEstate() { return d.otherRealEstate().cents(); }
        @Override public long depositsBalance() { return d.depositsBalance().cents(); }
        @Override public long depositsAverage() { return d.depositsAverage().cents(); }
        @Override public long assetIncreases() { return d.assetIncreases() == null ? -1 : d.assetIncreases().cents(); }
        @Override public long otherFinancial() { return d.otherFinancial().cents(); }
        @Override public long governmentBonds() { return d.governmentBonds().cents(); }
        @Override public long figurativeIncome() { return d.figurativeIncome() == null ? -1 : d.figurativeIncome().cents(); }
        @Override public int capoluogo() { return d.capoluogoMetropolitano() == null ? -1 : d.capoluogoMetropolitano() ? 1 : 0; }
        @Override public long assegnoUnico() { return d.assegnoUnico() == null ? -1 : d.assegnoUnico().cents(); }
        @Override public long donations() { return d.donations().cents(); }
        @Override public int outsideCount() { return d.outside().size(); }
        @Override public String outsideId(int k) { return d.outside().get(k).id(); }
        @Override public long outsideIse(int k) { return d.outside().get(k).ise().cents(); }
        @Override public BigDecimal outsideScale(int k) { return d.outside().get(k).scale(); }
        @Override public OutsidePerson.Exemption outsideExemption(int k) { return d.outside().get(k).exemption(); }
    }

    public static Violations validate(Dsu dsu, Variant variant, Purpose purpose, ParameterSet parameters) {
        Violations v = new Violations();
        long declarants = dsu.members().stream().filter(m -> m.relationship() == Relationship.DECLARANT).count();
        if (declarants != 1) {
            v.add(Violation.coded("FSR-DSU-DECLARANT", "relationship", dsu.id(), declarants));
        }
        long spouses = dsu.members().stream().filter(m -> m.relationship() == Relationship.SPOUSE).count();
        if (spouses > 1) {
            v.add(Violation.coded("FSR-DSU-SPOUSES", "relationship", dsu.id(), spouses));
        }
        LocalDate firstInForce = parameters.parameter(IseeParameters.SCALE_BY_SIZE.get(0)).history().get(0).validFrom();
        if (dsu.date().isBefore(firstInForce)) {
            v.add("date", dsu.date(), "is before the national ISEE of DPCM 159/2013 took effect (" + firstInForce + ")");
        } else if (dsu.date().isAfter(LocalDate.now())) {
            v.add("date", dsu.date(), "is in the future: a DSU is dated when it is filed");
        }
        int declarantAge = dsu.members().stream().filter(m -> m.relationship() == Relationship.DECLARANT).mapToInt(DsuMember::age)
                .findFirst().orElse(-1);
        Set<String> ids = new HashSet<>();
        Map<String, DsuMember> caGnc = new HashMap<>();
        boolean ownNucleus = false;
        if (variant.ristretto()) {
            List<DsuMember> beneficiaries = dsu.members().stream().filter(DsuMember::beneficiary).toList();
            if (beneficiaries.size() != 1) {
                v.add("beneficiary", dsu.id(), "exactly one member must be the beneficiary of the service in the sociosanitario and residenze "
                        + "ISEE (found " + beneficiaries.size() + ")");
            } else {
                ownNucleus = IseeRule.ownNucleus(new ObjectView(dsu)) >= 0;
            }
        }
        for (DsuMember m : dsu.members()) {
            // the field names ("member m1: age") are built only for a check that fails: a region checks millions of members
            if (!ids.add(m.id())) {
                v.add("member_id", m.id(), "is a duplicate id");
            }
            if (m.age() < 0 || m.age() > 130) {
                v.add(mf(m, "age"), m.age(), "must be between 0 and 130");
            }
            if (m.relationship() == Relationship.CHILD && declarantAge >= 0 && m.age() >= declarantAge) {
                v.add(mf(m, "age"), m.age(), "is not younger than the declarant: a child is the declarant's child");
            }
            if (m.relationship() == Relationship.OTHER && m.age() < 18) {
                // the maggiorazioni of all. 1 read the minor children of the declarant and spouse: a grandchild or a sibling
                // listed as "other" would lose them silently, so such a DSU is told to name a parent as declarant (scelta di fsr)
                v.addCoded("FSR-DSU-MINOR-OTHER", mf(m, "relationship"), m.relationship().code(), m.age());
            }
            negative(v, m, "employee_income", m.employeeIncome());
            negative(v, m, "pension_income", m.pensionIncome());
            negative(v, m, "other_income", m.otherIncome());
            negative(v, m, "public_benefits", m.publicBenefits());
            negative(v, m, "maintenance_received", m.maintenanceReceived());
            negative(v, m, "maintenance_paid", m.maintenancePaid());
            negative(v, m, "disability_expenses", m.disabilityExpenses());
            negative(v, m, "agricultural_income", m.agriculturalIncome());
            if (m.relationship() == Relationship.NON_COHABITING_PARENT) {
                if (!variant.admitsGnc() && variant != Variant.ORDINARIO) {
                    v.add(mf(m, "relationship"), "gnc", "a non-cohabiting parent belongs only to the ordinario (for the single-parent check), "
                            + "minorenni or universita ISEE");
                } else if (m.gncCase() == null) {
                    v.add(mf(m, "gnc_case"), "", "a value is required for a non-cohabiting parent (attracted, married_other, "
                            + "children_other, maintenance_ordered, excluded, estranged)");
                } else if (variant.admitsGnc() && m.gncCase().effect() == GncCase.Effect.COMPONENTE_AGGIUNTIVA) {
                    caGnc.put(m.id(), m);
                }
            } else if (m.gncCase() != null) {
                v.add(mf(m, "gnc_case"), m.gncCase().code(), "applies only to a non-cohabiting parent (relationship gnc)");
            }
            if (variant.ristretto() && !ownNucleus) {
                boolean in = switch (m.relationship()) {
                    case DECLARANT, SPOUSE -> true;
                    case CHILD -> m.age() < 18 || Boolean.TRUE.equals(m.dependent());
                    default -> false;
                };
                if (m.relationship() == Relationship.CHILD && m.age() >= 18 && m.dependent() == null) {
                    v.add(mf(m, "dependent"), "", "a value is required (yes or no) for an adult child in the nucleo ristretto: "
                            + "fiscally dependent, unmarried and without children?");
                } else if (!in) {
                    v.add(mf(m, "relationship"), m.relationship().code(),
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
        if (dsu.assetIncreases() != null) {
            negative(v, "asset_increases", dsu.assetIncreases());
        } else if (dsu.depositsAverage().compareTo(dsu.depositsBalance()) > 0) {
            // art. 5 c. 4 lett. a): the average counts unless the year's purchases and increases exceed average − balance;
            // only the DSU can say which, so nothing is assumed (0 is a statement the declarant makes)
            v.addCoded("FSR-DSU-ASSET-INCREASES-REQUIRED", "asset_increases", "");
        }
        if (dsu.rent().isPositive() && dsu.homeValue().isPositive()) {
            // art. 4 c. 4 lett. a) and art. 5 c. 2 describe alternative homes: the nucleus lives in a rented home or in
            // the one it owns; an owned home it does not live in is other real estate
            v.add("rent", dsu.rent(), "is given with home_value: the nucleus lives either in a rented home or in its own (DPCM 159/2013 "
                    + "art. 4 c. 4 lett. a; art. 5 c. 2); an owned home it does not live in is other_real_estate");
            v.add("home_value", dsu.homeValue(), "is given with rent: declare the home the nucleus lives in (see rent)");
        }
        if (dsu.figurativeIncome() != null) {
            negative(v, "figurative_income", dsu.figurativeIncome());
        } else if (IseeRule.optional(parameters, DsuParameters.BOND_EXCLUSION, dsu.date()) != null
                && dsu.otherFinancial().plus(dsu.governmentBonds().minus(parameters.valueOn(DsuParameters.BOND_EXCLUSION, dsu.date())).atLeastZero()).isPositive()
                && IseeRule.optional(parameters, DsuParameters.FIGURATIVE_RATE, dsu.date()) == null) {
            v.add("figurative_income", "", "no yield rate for the reddito figurativo on " + dsu.date()
                    + ": write the figurative income printed on the DSU");
        }
        boolean familyPurpose = purpose == Purpose.FAMIGLIA_2026;
        if (familyPurpose && IseeRule.optional(parameters, DsuParameters.FAMILY_HOME_ALLOWANCE, dsu.date()) == null) {
            v.add("date", dsu.date(), "the 2026 family ISEE applies to DSUs from 2026-01-01");
        }
        if ((familyPurpose || purpose.neutralisesAssegnoUnico() && IseeRule.optional(parameters, DsuParameters.FAMILY_HOME_ALLOWANCE, dsu.date()) != null)
                && dsu.capoluogoMetropolitano() == null) {
            v.add("capoluogo_metropolitano", "", "a value is required (yes or no) for the 2026 family ISEE: "
                    + "is the home in the capoluogo of a Città metropolitana?");
        }
        if (purpose.neutralisesAssegnoUnico()) {
            if (dsu.assegnoUnico() == null) {
                v.add("auu", "", "the Assegno unico received is required for the bonus nido and bonus nuove nascite ISEE");
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
            v.check(!it.fsr.core.money.Decimals.fits(o.scale(), 3, 6) || o.scale().compareTo(BigDecimal.ONE) >= 0, f + "scale", it.fsr.core.money.Decimals.echo(o.scale()), "must be at least 1.00 (DPCM 159/2013 all. 1)");
        }
        for (String gnc : caGnc.keySet()) {
            if (!outsideIds.contains(gnc)) {
                v.add("member " + gnc + ": gnc_case", caGnc.get(gnc).gncCase().code(),
                        "the non-cohabiting parent's ISE and scale are required for the componente aggiuntiva");
            }
        }
        return v;
    }

    /** A member's field as a message names it. */
    private static String mf(DsuMember m, String name) {
        return "member " + m.id() + ": " + name;
    }

    /** A member's amount that must not be negative: its field named only when it is. */
    private static void negative(Violations v, DsuMember m, String name, Euro e) {
        if (e != null && e.isNegative()) {
            negative(v, mf(m, name), e);
        }
    }

    private static void negative(Violations v, String field, Euro value) {
        v.check(!value.isNegative(), field, value, "must not be negative");
    }
}
