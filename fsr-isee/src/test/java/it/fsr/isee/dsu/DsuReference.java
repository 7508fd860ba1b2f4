package it.fsr.isee.dsu;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A slow reference ISEE written from the decree's text (DPCM 159/2013 artt. 2, 4, 5, 6, 7 and all. 1-2;
 * DPCM 13/2025; L. 199/2025 c. 208; circolare INPS 60/2025) in plain {@link BigDecimal}, over a set of
 * parameter values of its own — so that the calculator can be checked on <em>generated</em> parameter sets,
 * every value perturbed within its range, not only on the values in force. It shares no code with
 * {@link IseeRule}.
 */
final class DsuReference {
    private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final LocalDate FROM = LocalDate.of(2014, 1, 1);

    /** The parameter values of one generated set, by key. */
    final Map<ParameterKey<?>, Object> values = new LinkedHashMap<>();

    private DsuReference() {
    }

    /** The values in force in 2025–2026 (the defaults fsr ships), read from the parameter set itself. */
    static DsuReference defaults(LocalDate date) {
        DsuReference r = new DsuReference();
        ParameterSet p = DsuParameters.defaults();
        for (ParameterKey<?> k : keys()) {
            try {
                r.values.put(k, p.parameter(k).on(date).value());
            } catch (it.fsr.core.parameter.MissingParameterException notInForce) {
                // the 2026 family values before 2026: never read for an ordinary DSU
            }
        }
        return r;
    }

    /** Every parameter of the calculation, each perturbed within a plausible range. */
    static DsuReference generate(long seed) {
        SplittableRandom g = new SplittableRandom(seed);
        DsuReference r = new DsuReference();
        r.values.put(IseeParameters.EMPLOYEE_DEDUCTION_RATE, Rate.ofPercent(BigDecimal.valueOf(g.nextInt(161), 2).multiply(BigDecimal.valueOf(25))));
        r.values.put(IseeParameters.EMPLOYEE_DEDUCTION_CAP, euros(g, 10_000));
        r.values.put(IseeParameters.PENSION_DEDUCTION_RATE, Rate.ofPercent(BigDecimal.valueOf(g.nextInt(81), 1).multiply(BigDecimal.valueOf(5))));
        r.values.put(IseeParameters.PENSION_DEDUCTION_CAP, euros(g, 5_000));
        r.values.put(DsuParameters.DISABILITY_EXPENSES_CAP, euros(g, 10_000));
        r.values.put(IseeParameters.RENT_CAP, euros(g, 15_000));
        r.values.put(IseeParameters.RENT_CAP_PER_CHILD, euros(g, 2_000));
        r.values.put(IseeParameters.HOME_ALLOWANCE, euros(g, 150_000));
        r.values.put(IseeParameters.HOME_ALLOWANCE_PER_CHILD, euros(g, 10_000));
        r.values.put(IseeParameters.HOME_EXCESS_SHARE, BigDecimal.valueOf(1 + g.nextInt(6), 1).multiply(BigDecimal.valueOf(5)));
        r.values.put(IseeParameters.FINANCIAL_ALLOWANCE, euros(g, 20_000));
        r.values.put(IseeParameters.FINANCIAL_ALLOWANCE_PER_MEMBER, euros(g, 5_000));
        r.values.put(IseeParameters.FINANCIAL_ALLOWANCE_CAP, euros(g, 30_000));
        r.values.put(DsuParameters.FINANCIAL_ALLOWANCE_PER_CHILD, euros(g, 3_000));
        r.values.put(DsuParameters.BOND_EXCLUSION, euros(g, 100_000));
        r.values.put(IseeParameters.ASSETS_SHARE, Rate.ofPercent(g.nextInt(51)));
        BigDecimal size = BigDecimal.ONE.setScale(2);
        for (int k = 0; k < 5; k++) {
            r.values.put(IseeParameters.SCALE_BY_SIZE.get(k), size);
            size = size.add(weight(g, 30, 70));
        }
        r.values.put(IseeParameters.SCALE_EXTRA_MEMBER, weight(g, 20, 50));
        r.values.put(IseeParameters.THREE_CHILDREN, weight(g, 0, 80));
        r.values.put(IseeParameters.FOUR_CHILDREN, weight(g, 0, 80));
        r.values.put(IseeParameters.FIVE_CHILDREN, weight(g, 0, 80));
        r.values.put(IseeParameters.WORKING_PARENTS, weight(g, 0, 50));
        r.values.put(IseeParameters.WORKING_PARENTS_UNDER_THREE, weight(g, 0, 60));
        r.values.put(IseeParameters.DISABLED_MEMBER, weight(g, 0, 100));
        r.values.put(IseeParameters.RESIDENTIAL_MEMBER, weight(g, 0, 150));
        r.values.put(IseeParameters.FAMILY_TWO_CHILDREN, weight(g, 0, 80));
        r.values.put(IseeParameters.FAMILY_THREE_CHILDREN, weight(g, 0, 80));
        r.values.put(IseeParameters.FAMILY_FOUR_CHILDREN, weight(g, 0, 80));
        r.values.put(IseeParameters.FAMILY_FIVE_CHILDREN, weight(g, 0, 80));
        Euro home = euros(g, 200_000);
        r.values.put(DsuParameters.FAMILY_HOME_ALLOWANCE, home);
        r.values.put(DsuParameters.FAMILY_HOME_ALLOWANCE_METRO, home.plus(euros(g, 50_000)));
        r.values.put(DsuParameters.FAMILY_HOME_PER_CHILD, euros(g, 5_000));
        r.values.put(DsuParameters.CA_THRESHOLD, euros(g, 20_000));
        r.values.put(DsuParameters.CA_SHARE, Rate.ofPercent(g.nextInt(51)));
        r.values.put(DsuParameters.FIGURATIVE_RATE, Rate.ofPercent(BigDecimal.valueOf(g.nextInt(501), 2)));
        r.values.put(DsuParameters.REFERENCE_LAG, 2);
        return r;
    }

    private static Euro euros(SplittableRandom g, int max) {
        return Euro.ofEuros(g.nextInt(max + 1));
    }

    /** A scale weight in [from, to] hundredths, sometimes with a third decimal. */
    private static BigDecimal weight(SplittableRandom g, int from, int to) {
        BigDecimal w = BigDecimal.valueOf(from + g.nextInt(to - from + 1), 2);
        return g.nextInt(10) == 0 ? w.add(BigDecimal.valueOf(g.nextInt(10), 3)) : w;
    }

    static List<ParameterKey<?>> keys() {
        List<ParameterKey<?>> k = new ArrayList<>(List.of(IseeParameters.EMPLOYEE_DEDUCTION_RATE, IseeParameters.EMPLOYEE_DEDUCTION_CAP,
                IseeParameters.PENSION_DEDUCTION_RATE, IseeParameters.PENSION_DEDUCTION_CAP, DsuParameters.DISABILITY_EXPENSES_CAP,
                IseeParameters.RENT_CAP, IseeParameters.RENT_CAP_PER_CHILD, IseeParameters.HOME_ALLOWANCE, IseeParameters.HOME_ALLOWANCE_PER_CHILD,
                IseeParameters.HOME_EXCESS_SHARE, IseeParameters.FINANCIAL_ALLOWANCE, IseeParameters.FINANCIAL_ALLOWANCE_PER_MEMBER,
                IseeParameters.FINANCIAL_ALLOWANCE_CAP, DsuParameters.FINANCIAL_ALLOWANCE_PER_CHILD, DsuParameters.BOND_EXCLUSION,
                IseeParameters.ASSETS_SHARE, IseeParameters.SCALE_EXTRA_MEMBER, IseeParameters.THREE_CHILDREN, IseeParameters.FOUR_CHILDREN,
                IseeParameters.FIVE_CHILDREN, IseeParameters.WORKING_PARENTS, IseeParameters.WORKING_PARENTS_UNDER_THREE,
                IseeParameters.DISABLED_MEMBER, IseeParameters.RESIDENTIAL_MEMBER, IseeParameters.FAMILY_TWO_CHILDREN,
                IseeParameters.FAMILY_THREE_CHILDREN, IseeParameters.FAMILY_FOUR_CHILDREN, IseeParameters.FAMILY_FIVE_CHILDREN,
                DsuParameters.FAMILY_HOME_ALLOWANCE, DsuParameters.FAMILY_HOME_ALLOWANCE_METRO, DsuParameters.FAMILY_HOME_PER_CHILD,
                DsuParameters.CA_THRESHOLD, DsuParameters.CA_SHARE, DsuParameters.REFERENCE_LAG));
        k.addAll(IseeParameters.SCALE_BY_SIZE);
        return k;
    }

    /** The same values as an fsr parameter set, in force from 2014 for every date a DSU has. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    ParameterSet parameterSet() {
        ParameterSet p = DsuParameters.defaults();
        for (Map.Entry<ParameterKey<?>, Object> e : values.entrySet()) {
            p = p.replacing(it.fsr.core.parameter.Parameter.of((ParameterKey) e.getKey(), DatedValue.from(e.getValue(), FROM, "valore generato")));
        }
        return p;
    }

    private BigDecimal d(ParameterKey<?> k) {
        Object v = values.get(k);
        if (v instanceof Euro e) {
            return e.toBigDecimal();
        }
        if (v instanceof Rate r) {
            return r.fraction();
        }
        return (BigDecimal) v;
    }

    private static BigDecimal sum(Euro... es) {
        BigDecimal s = BigDecimal.ZERO;
        for (Euro e : es) {
            s = s.add(e.toBigDecimal());
        }
        return s;
    }

    /** One member's net income by the table of art. 4: each deduction up to what is left. */
    BigDecimal net(DsuMember m) {
        BigDecimal income = sum(m.employeeIncome(), m.pensionIncome(), m.otherIncome(), m.publicBenefits(), m.maintenanceReceived());
        BigDecimal employee = d(IseeParameters.EMPLOYEE_DEDUCTION_RATE).multiply(m.employeeIncome().toBigDecimal())
                .min(d(IseeParameters.EMPLOYEE_DEDUCTION_CAP));
        BigDecimal pension = d(IseeParameters.PENSION_DEDUCTION_RATE).multiply(sum(m.pensionIncome(), m.publicBenefits()))
                .min(d(IseeParameters.PENSION_DEDUCTION_CAP));
        BigDecimal[] deductions = {m.maintenancePaid().toBigDecimal(),
            m.disabilityExpenses().toBigDecimal().min(d(DsuParameters.DISABILITY_EXPENSES_CAP)), m.agriculturalIncome().toBigDecimal(),
            employee.max(pension)};
        BigDecimal left = income;
        for (BigDecimal x : deductions) {
            left = left.subtract(x.min(left));
        }
        return left;
    }

    /** Whether a member is in the nucleus of the variant (art. 3, art. 7 c. 1). */
    static boolean counted(DsuMember m, Variant v) {
        return m.relationship() != Relationship.NON_COHABITING_PARENT
                || (v == Variant.MINORENNI || v == Variant.UNIVERSITA) && m.gncCase() == GncCase.ATTRACTED;
    }

    /** The final ISEE of the variant and purpose, in euro to the cent. */
    Euro isee(Dsu d, Variant variant, Purpose purpose) {
        // art. 6 c. 2: the nucleo ristretto is built around the beneficiary; an adult child (or another member) who is
        // the beneficiary is there without spouse or children of his own: a nucleus of one
        DsuMember head = variant == Variant.SOCIOSANITARIO || variant == Variant.RESIDENZE
                ? d.members().stream().filter(DsuMember::beneficiary)
                        .filter(m -> m.relationship() == Relationship.OTHER || m.relationship() == Relationship.CHILD && m.age() >= 18)
                        .findFirst().orElse(null)
                : null;
        List<DsuMember> nucleus = head != null ? List.of(head) : d.members().stream().filter(m -> counted(m, variant)).toList();
        int n = nucleus.size();
        int kids = (int) nucleus.stream().filter(m -> m.relationship() == Relationship.CHILD && m != head).count();
        int minors = (int) nucleus.stream().filter(m -> m.relationship() == Relationship.CHILD && m.age() < 18).count();
        boolean under3 = nucleus.stream().anyMatch(m -> m.relationship() == Relationship.CHILD && m.age() < 3);
        boolean family = purpose == Purpose.FAMIGLIA_2026 || withoutAuu(purpose) && !d.date().isBefore(LocalDate.of(2026, 1, 1));
        // ISR
        BigDecimal net = BigDecimal.ZERO;
        for (DsuMember m : nucleus) {
            net = net.add(net(m));
        }
        BigDecimal bondExclusion = d(DsuParameters.BOND_EXCLUSION);
        BigDecimal bonds = d.governmentBonds().toBigDecimal().subtract(bondExclusion).max(BigDecimal.ZERO);
        BigDecimal figurative = d.figurativeIncome() != null ? d.figurativeIncome().toBigDecimal()
                : d.otherFinancial().toBigDecimal().add(bonds).multiply(d(DsuParameters.FIGURATIVE_RATE)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal rentCap = d(IseeParameters.RENT_CAP).add(d(IseeParameters.RENT_CAP_PER_CHILD).multiply(BigDecimal.valueOf(Math.max(0, kids - 2))));
        BigDecimal isr = net.add(figurative).subtract(d.rent().toBigDecimal().min(rentCap)).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        // ISP
        BigDecimal homeFranchigia = family
                ? d(Boolean.TRUE.equals(d.capoluogoMetropolitano()) ? DsuParameters.FAMILY_HOME_ALLOWANCE_METRO : DsuParameters.FAMILY_HOME_ALLOWANCE)
                        .add(d(DsuParameters.FAMILY_HOME_PER_CHILD).multiply(BigDecimal.valueOf(Math.max(0, kids - 1))))
                : d(IseeParameters.HOME_ALLOWANCE).add(d(IseeParameters.HOME_ALLOWANCE_PER_CHILD).multiply(BigDecimal.valueOf(Math.max(0, kids - 2))));
        BigDecimal home = d.homeValue().toBigDecimal().subtract(d.homeMortgage().toBigDecimal()).max(BigDecimal.ZERO);
        BigDecimal homeCounted = home.subtract(homeFranchigia).max(BigDecimal.ZERO).multiply(d(IseeParameters.HOME_EXCESS_SHARE))
                .divide(BigDecimal.valueOf(3), MC);
        // art. 5 c. 4 lett. a): the balance at 31/12, or the average if greater; but the balance when the year's purchases
        // of real estate and net increases of other financial assets exceed the average less the balance
        BigDecimal balance = d.depositsBalance().toBigDecimal();
        BigDecimal average = d.depositsAverage().toBigDecimal();
        boolean purchasesExceedGap = d.assetIncreases() != null && d.assetIncreases().toBigDecimal().compareTo(average.subtract(balance)) > 0;
        BigDecimal deposits = average.compareTo(balance) > 0 && !purchasesExceedGap ? average : balance;
        BigDecimal financial = deposits.add(d.otherFinancial().toBigDecimal()).add(bonds);
        BigDecimal franchigia = d(IseeParameters.FINANCIAL_ALLOWANCE).add(d(IseeParameters.FINANCIAL_ALLOWANCE_PER_MEMBER)
                .multiply(BigDecimal.valueOf(n - 1L))).min(d(IseeParameters.FINANCIAL_ALLOWANCE_CAP))
                .add(d(DsuParameters.FINANCIAL_ALLOWANCE_PER_CHILD).multiply(BigDecimal.valueOf(Math.max(0, kids - 2))));
        BigDecimal donations = variant == Variant.RESIDENZE ? d.donations().toBigDecimal() : BigDecimal.ZERO;
        BigDecimal isp = homeCounted.add(d.otherRealEstate().toBigDecimal()).add(donations).add(financial.subtract(franchigia).max(BigDecimal.ZERO))
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal ise = isr.add(isp.multiply(d(IseeParameters.ASSETS_SHARE))).setScale(2, RoundingMode.HALF_UP);
        // scale
        // a member in convivenza anagrafica adds 1 instead of a step of the table (istruzioni DSU, quadro A); a
        // nucleus of members in care only has the ordinary parameter of its size (art. 3 c. 6)
        int inCare = (int) nucleus.stream().filter(DsuMember::residential).count();
        int sized = inCare > 0 && inCare < n ? n - inCare : n;
        BigDecimal scale = sized <= 5 ? d(IseeParameters.SCALE_BY_SIZE.get(sized - 1))
                : d(IseeParameters.SCALE_BY_SIZE.get(4)).add(d(IseeParameters.SCALE_EXTRA_MEMBER).multiply(BigDecimal.valueOf(sized - 5L)));
        if (sized < n) {
            scale = scale.add(d(IseeParameters.RESIDENTIAL_MEMBER).multiply(BigDecimal.valueOf(inCare)));
        }
        int c = Math.min(kids, 5);
        if (family && c >= 2) {
            scale = scale.add(d(List.of(IseeParameters.FAMILY_TWO_CHILDREN, IseeParameters.FAMILY_THREE_CHILDREN, IseeParameters.FAMILY_FOUR_CHILDREN,
                    IseeParameters.FAMILY_FIVE_CHILDREN).get(c - 2)));
        } else if (!family && c >= 3) {
            scale = scale.add(d(List.of(IseeParameters.THREE_CHILDREN, IseeParameters.FOUR_CHILDREN, IseeParameters.FIVE_CHILDREN).get(c - 3)));
        }
        List<DsuMember> parents = nucleus.stream().filter(m -> m.relationship() == Relationship.DECLARANT || m.relationship() == Relationship.SPOUSE
                || m.relationship() == Relationship.NON_COHABITING_PARENT).toList();
        boolean allWork = !parents.isEmpty() && parents.stream().allMatch(DsuMember::worked6Months);
        // all. 1 b): in the ordinary ISEE a non-cohabiting parent with none of the art. 7 exceptions makes the
        // other parent not alone, for this check only
        boolean otherParent = variant == Variant.ORDINARIO && d.members().stream()
                .anyMatch(m -> m.relationship() == Relationship.NON_COHABITING_PARENT && m.gncCase() == GncCase.ATTRACTED);
        boolean alone = parents.size() == 1 && !otherParent;
        boolean loneParentWithMinors = alone && n == 1 + minors;
        if (minors > 0 && (parents.size() > 1 && allWork || alone && allWork || loneParentWithMinors)) {
            scale = scale.add(d(under3 ? IseeParameters.WORKING_PARENTS_UNDER_THREE : IseeParameters.WORKING_PARENTS));
        }
        for (DsuMember m : nucleus) {
            if (m.disability() != Disability.NONE) {
                scale = scale.add(d(IseeParameters.DISABLED_MEMBER));
            }
        }
        BigDecimal isee = ise.divide(scale, 2, RoundingMode.HALF_UP);
        // componenti aggiuntive (all. 2)
        BigDecimal ca = BigDecimal.ZERO;
        for (OutsidePerson o : d.outside()) {
            if (o.exemption() != OutsidePerson.Exemption.NONE) {
                continue;
            }
            BigDecimal x = o.ise().toBigDecimal().divide(o.scale(), MC).subtract(d(DsuParameters.CA_THRESHOLD));
            if (x.signum() > 0) {
                ca = ca.add(x.multiply(d(DsuParameters.CA_SHARE)).divide(scale, 2, RoundingMode.HALF_UP));
            }
        }
        BigDecimal auu = withoutAuu(purpose) ? d.assegnoUnico().toBigDecimal().divide(scale, 2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
        return Euro.of(isee.add(ca).subtract(auu).max(BigDecimal.ZERO));
    }

    /** The reference ISEE of the variant alone, before componenti aggiuntive and neutralisation. */
    Euro plainIsee(Dsu d, Variant variant, Purpose purpose) {
        Dsu bare = new Dsu(d.id(), d.date(), d.members(), d.rent(), d.homeValue(), d.homeMortgage(), d.otherRealEstate(), d.depositsBalance(),
                d.depositsAverage(), d.otherFinancial(), d.governmentBonds(), d.figurativeIncome(), d.capoluogoMetropolitano(), Euro.ZERO,
                d.donations(), List.of(), d.assetIncreases());
        return isee(bare, variant, withoutAuu(purpose) ? Purpose.ORDINARIO : purpose);
    }

    /**
     * The year's purchases and asset increases, stated whenever they decide (the average balance above the balance), on
     * either side of the gap, and sometimes otherwise.
     */
    static Dsu withAssetIncreases(SplittableRandom r, Dsu d) {
        long gap = d.depositsAverage().cents() - d.depositsBalance().cents();
        if (gap <= 0 && r.nextBoolean()) {
            return d;
        }
        return d.withAssetIncreases(r.nextInt(4) == 0 ? Euro.ZERO : Euro.ofCents(r.nextLong(Math.max(1, 2 * gap) + 1)));
    }

    static Euro amount(SplittableRandom r, long maxEuros) {
        return r.nextInt(3) == 0 ? Euro.ZERO : Euro.ofCents(r.nextLong(maxEuros * 100 + 1));
    }

    static DsuMember member(SplittableRandom r, String id, Relationship rel, int age) {
        Disability[] ds = Disability.values();
        Disability dis = r.nextInt(6) == 0 ? ds[r.nextInt(ds.length)] : Disability.NONE;
        return DsuMember.of(id, rel, age, dis, r.nextBoolean()).withEmployeeIncome(amount(r, 60000)).withPensionIncome(amount(r, 30000))
                .withOtherIncome(amount(r, 20000)).withPublicBenefits(amount(r, 8000))
                .withMaintenance(amount(r, 6000), r.nextInt(4) == 0 ? amount(r, 20000) : Euro.ZERO)
                .withDisabilityExpenses(r.nextInt(4) == 0 ? amount(r, 9000) : Euro.ZERO)
                .withAgriculturalIncome(r.nextInt(5) == 0 ? amount(r, 10000) : Euro.ZERO)
                .withResidential(r.nextInt(12) == 0);
    }

    /**
     * A DSU of the shape {@code variant} and {@code purpose} accept: an ordinary household; a minor with a
     * non-cohabiting parent in one of the art. 7 cases; a nucleo ristretto with children outside and
     * donations; the Assegno unico for the bonus nido.
     */
    static Dsu generate(long seed, LocalDate date, Variant variant, Purpose purpose) {
        SplittableRandom r = new SplittableRandom(seed);
        List<DsuMember> ms = new ArrayList<>();
        List<OutsidePerson> outside = new ArrayList<>();
        boolean ristretto = variant == Variant.SOCIOSANITARIO || variant == Variant.RESIDENZE;
        ms.add(member(r, "d", Relationship.DECLARANT, 25 + r.nextInt(60)));
        if (r.nextBoolean()) {
            ms.add(member(r, "s", Relationship.SPOUSE, 25 + r.nextInt(60)));
        }
        int kids = r.nextInt(6);
        for (int i = 0; i < kids; i++) {
            int age = r.nextInt(Math.min(30, ms.get(0).age() - 14)); // a child is younger than the declarant
            DsuMember k = member(r, "c" + i, Relationship.CHILD, age);
            ms.add(ristretto && age >= 18 ? k.withDependent(true) : k);
        }
        if (!ristretto && r.nextInt(5) == 0) {
            ms.add(member(r, "o", Relationship.OTHER, 60 + r.nextInt(30)));
        }
        if (ristretto) {
            int b = r.nextInt(ms.size()); // the declarant, the spouse, a minor child or an adult child (a nucleus of one)
            ms.set(b, ms.get(b).withBeneficiary(true));
        }
        if (variant == Variant.MINORENNI || variant == Variant.UNIVERSITA || variant == Variant.ORDINARIO && r.nextInt(3) == 0) {
            GncCase[] cases = GncCase.values();
            GncCase c = cases[r.nextInt(cases.length)];
            ms.add(member(r, "g", Relationship.NON_COHABITING_PARENT, 30 + r.nextInt(30)).withGncCase(c));
            if (c.effect() == GncCase.Effect.COMPONENTE_AGGIUNTIVA && variant != Variant.ORDINARIO) {
                outside.add(new OutsidePerson("g", amount(r, 80000), BigDecimal.valueOf(100 + r.nextInt(200), 2), OutsidePerson.Exemption.NONE));
            }
        }
        boolean rents = r.nextBoolean(); // a rented home or an owned one, never both (art. 4 c. 4 lett. a; art. 5 c. 2)
        Dsu d = Dsu.of("g" + seed, date, ms).withRent(rents ? amount(r, 12000) : Euro.ZERO)
                .withHome(rents ? Euro.ZERO : amount(r, 400000), rents ? Euro.ZERO : amount(r, 150000))
                .withOtherRealEstate(amount(r, 200000)).withDeposits(amount(r, 60000), amount(r, 60000))
                .withFinancial(amount(r, 80000), amount(r, 120000)).withFigurativeIncome(r.nextInt(3) == 0 ? null : amount(r, 2000))
                .withCapoluogoMetropolitano(r.nextBoolean());
        d = withAssetIncreases(r, d);
        if (variant == Variant.RESIDENZE) {
            OutsidePerson.Exemption[] ex = OutsidePerson.Exemption.values();
            for (int i = r.nextInt(3); i > 0; i--) {
                outside.add(new OutsidePerson("f" + i, amount(r, 90000), BigDecimal.valueOf(100 + r.nextInt(200), 2), ex[r.nextInt(ex.length)]));
            }
            d = d.withDonations(amount(r, 100000));
        }
        if (withoutAuu(purpose)) {
            d = d.withAssegnoUnico(amount(r, 6000));
        }
        return d.withOutside(outside);
    }

    /** The bonus nido (circ. INPS 60/2025) and the bonus nuove nascite (L. 207/2024 art. 1 c. 206) leave the Assegno unico out. */
    private static boolean withoutAuu(Purpose purpose) {
        return purpose == Purpose.BONUS_NIDO || purpose == Purpose.BONUS_NUOVI_NATI;
    }
}
