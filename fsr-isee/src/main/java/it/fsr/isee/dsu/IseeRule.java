package it.fsr.isee.dsu;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.money.Rounding;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.MissingParameterException;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.isee.Disability;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The national ISEE of one DSU (DPCM 5 dicembre 2013 n. 159 and its allegati, as amended): the one
 * reading of the decree, which {@link DsuCalculator} (one DSU, with its explanation) and {@link DsuBatch}
 * (a region's DSUs, in columns) both call. It reads a {@link DsuView} and writes every figure into a
 * {@link Figures}; it builds no text. The arithmetic is exact in whole numbers: a member's ISR line in
 * fractions of a cent fine enough for the deduction rates in force, the main home's counted share in
 * fractions of a cent of its own, the scale in units of its weights' last decimal; ISR, ISP, ISE and ISEE
 * are each rounded half-up to the cent once, at the end of their own computation, through
 * {@link Rounding}. See {@link DsuCalculator} for the articles each step applies.
 */
final class IseeRule {
    /** Scale components, in the order of DPCM 159/2013 all. 1. */
    static final int C_SIZE = 0;
    static final int C_SIZE_BEYOND_FIVE = 1;
    static final int C_CHILDREN = 2;
    static final int C_WORKING_PARENTS = 3;
    static final int C_WORKING_PARENTS_UNDER_THREE = 4;
    static final int C_DISABILITY = 5;
    static final int C_RESIDENTIAL = 6;

    private IseeRule() {
    }

    /** A fraction p / q in lowest terms, q positive. */
    record Frac(long p, long q) {
        static Frac of(BigDecimal value) {
            BigDecimal v = value.stripTrailingZeros();
            if (v.scale() < 0) {
                v = v.setScale(0);
            }
            if (v.scale() > 12 || v.unscaledValue().bitLength() > 40) {
                throw new MissingParameterException("rate", it.fsr.core.money.Decimals.echo(v), "has more digits than an exact computation in cents allows");
            }
            return reduced(v.unscaledValue().longValueExact(), BigInteger.TEN.pow(v.scale()).longValueExact());
        }

        static Frac reduced(long p, long q) {
            long g = BigInteger.valueOf(p).gcd(BigInteger.valueOf(q)).longValue();
            return g <= 1 ? new Frac(p, q) : new Frac(p / g, q / g);
        }
    }

    /** The parameters in force on one date for one purpose, as whole numbers, with their acts for the explanation. */
    static final class Rules {
        final LocalDate date;
        final boolean family;
        final Map<String, DatedValue<?>> dated = new HashMap<>();
        final Frac employeeRate;
        final Frac pensionRate;
        /** ISR units in a cent: the least common multiple of the deduction rates' denominators. */
        final long isrUnits;
        final long employeeCap;
        final long pensionCap;
        final long disabilityCap;
        final long rentCap;
        final long rentPerChild;
        final long homeAllowance;
        final long homeAllowanceMetro;
        final long homePerChild;
        final int homeFreeChildren;
        /** The counted share of the main home's excess value, as a fraction. */
        final Frac homeShare;
        final long bondExclusion;
        final long financialBase;
        final long financialPerMember;
        final long financialCap;
        final long financialPerChild;
        final Frac assetsShare;
        final Rate figurativeRate;
        final long caThreshold;
        final Frac caShare;
        final int referenceLag;
        /** The decimals every scale weight fits in, and each weight in those units. */
        final int scaleDigits;
        final long[] sizeWeight = new long[5];
        final int[] sizeDigits = new int[5];
        final long extraMember;
        final int extraMemberDigits;
        /** Maggiorazione a) by number of children (index 0–5, 5 = five or more), 0 where none applies. */
        final long[] childrenWeight = new long[6];
        final int[] childrenDigits = new int[6];
        final ParameterKey<BigDecimal>[] childrenKey;
        final long workingParents;
        final long workingParentsUnderThree;
        final long disabled;
        final long residentialMember;
        final int workingDigits;
        final int workingUnderThreeDigits;
        final int disabledDigits;
        final int residentialDigits;

        @SuppressWarnings("unchecked")
        private Rules(ParameterSet p, LocalDate date, Purpose purpose) {
            this.date = date;
            family = purpose == Purpose.FAMIGLIA_2026 || purpose.neutralisesAssegnoUnico() && optional(p, DsuParameters.FAMILY_HOME_ALLOWANCE, date) != null;
            employeeRate = Frac.of(rate(p, IseeParameters.EMPLOYEE_DEDUCTION_RATE).fraction());
            pensionRate = Frac.of(rate(p, IseeParameters.PENSION_DEDUCTION_RATE).fraction());
            isrUnits = lcm(employeeRate.q(), pensionRate.q());
            employeeCap = euro(p, IseeParameters.EMPLOYEE_DEDUCTION_CAP);
            pensionCap = euro(p, IseeParameters.PENSION_DEDUCTION_CAP);
            disabilityCap = euro(p, DsuParameters.DISABILITY_EXPENSES_CAP);
            rentCap = euro(p, IseeParameters.RENT_CAP);
            rentPerChild = euro(p, IseeParameters.RENT_CAP_PER_CHILD);
            if (family) {
                homeAllowance = euro(p, DsuParameters.FAMILY_HOME_ALLOWANCE);
                homeAllowanceMetro = euro(p, DsuParameters.FAMILY_HOME_ALLOWANCE_METRO);
                homePerChild = euro(p, DsuParameters.FAMILY_HOME_PER_CHILD);
                homeFreeChildren = 1;
            } else {
                homeAllowance = euro(p, IseeParameters.HOME_ALLOWANCE);
                homeAllowanceMetro = homeAllowance;
                homePerChild = euro(p, IseeParameters.HOME_ALLOWANCE_PER_CHILD);
                homeFreeChildren = 2;
            }
            BigDecimal share = value(p, IseeParameters.HOME_EXCESS_SHARE);
            Frac numerator = Frac.of(share);
            homeShare = Frac.reduced(numerator.p(), Math.multiplyExact(numerator.q(), 3));
            bondExclusion = euro(p, DsuParameters.BOND_EXCLUSION);
            financialBase = euro(p, IseeParameters.FINANCIAL_ALLOWANCE);
            financialPerMember = euro(p, IseeParameters.FINANCIAL_ALLOWANCE_PER_MEMBER);
            financialCap = euro(p, IseeParameters.FINANCIAL_ALLOWANCE_CAP);
            financialPerChild = euro(p, DsuParameters.FINANCIAL_ALLOWANCE_PER_CHILD);
            assetsShare = Frac.of(rate(p, IseeParameters.ASSETS_SHARE).fraction());
            DatedValue<Rate> figurative = optional(p, DsuParameters.FIGURATIVE_RATE, date);
            figurativeRate = figurative == null ? null : figurative.value();
            if (figurative != null) {
                dated.put(DsuParameters.FIGURATIVE_RATE.name(), figurative);
            }
            caThreshold = euro(p, DsuParameters.CA_THRESHOLD);
            caShare = Frac.of(rate(p, DsuParameters.CA_SHARE).fraction());
            referenceLag = value(p, DsuParameters.REFERENCE_LAG);
            BigDecimal[] sizes = new BigDecimal[5];
            for (int k = 0; k < 5; k++) {
                sizes[k] = value(p, IseeParameters.SCALE_BY_SIZE.get(k));
            }
            BigDecimal extra = value(p, IseeParameters.SCALE_EXTRA_MEMBER);
            childrenKey = new ParameterKey[6];
            if (family) {
                childrenKey[2] = IseeParameters.FAMILY_TWO_CHILDREN;
                childrenKey[3] = IseeParameters.FAMILY_THREE_CHILDREN;
                childrenKey[4] = IseeParameters.FAMILY_FOUR_CHILDREN;
                childrenKey[5] = IseeParameters.FAMILY_FIVE_CHILDREN;
            } else {
                childrenKey[3] = IseeParameters.THREE_CHILDREN;
                childrenKey[4] = IseeParameters.FOUR_CHILDREN;
                childrenKey[5] = IseeParameters.FIVE_CHILDREN;
            }
            BigDecimal[] children = new BigDecimal[6];
            for (int k = 0; k < 6; k++) {
                children[k] = childrenKey[k] == null ? BigDecimal.ZERO : value(p, childrenKey[k]);
            }
            BigDecimal working = value(p, IseeParameters.WORKING_PARENTS);
            BigDecimal workingUnderThree = value(p, IseeParameters.WORKING_PARENTS_UNDER_THREE);
            BigDecimal disabledWeight = value(p, IseeParameters.DISABLED_MEMBER);
            BigDecimal residential = value(p, IseeParameters.RESIDENTIAL_MEMBER);
            int digits = 0;
            for (BigDecimal w : new BigDecimal[] {sizes[0], sizes[1], sizes[2], sizes[3], sizes[4], extra, children[2], children[3],
                children[4], children[5], working, workingUnderThree, disabledWeight, residential}) {
                digits = Math.max(digits, Math.max(0, w.scale()));
            }
            if (digits > 9) {
                throw new MissingParameterException("isee.scale", date, "a scale weight has more than nine decimals");
            }
            scaleDigits = digits;
            for (int k = 0; k < 5; k++) {
                sizeWeight[k] = units(sizes[k]);
                sizeDigits[k] = Math.max(0, sizes[k].scale());
            }
            extraMember = units(extra);
            extraMemberDigits = Math.max(0, extra.scale());
            for (int k = 0; k < 6; k++) {
                childrenWeight[k] = units(children[k]);
                childrenDigits[k] = Math.max(0, children[k].scale());
            }
            workingParents = units(working);
            workingParentsUnderThree = units(workingUnderThree);
            disabled = units(disabledWeight);
            residentialMember = units(residential);
            workingDigits = Math.max(0, working.scale());
            workingUnderThreeDigits = Math.max(0, workingUnderThree.scale());
            disabledDigits = Math.max(0, disabledWeight.scale());
            residentialDigits = Math.max(0, residential.scale());
        }

        /** The parameters of {@code p} in force on {@code date} for {@code purpose}. */
        static Rules of(ParameterSet p, LocalDate date, Purpose purpose) {
            return new Rules(p, date, purpose);
        }

        private long units(BigDecimal weight) {
            return weight.movePointRight(scaleDigits).longValueExact();
        }

        private <T> T value(ParameterSet p, ParameterKey<T> key) {
            DatedValue<T> v = p.parameter(key).on(date);
            dated.put(key.name(), v);
            return v.value();
        }

        private long euro(ParameterSet p, ParameterKey<Euro> key) {
            return value(p, key).cents();
        }

        private Rate rate(ParameterSet p, ParameterKey<Rate> key) {
            return value(p, key);
        }

        /** The dated value of a parameter this rule read, for the explanation's source. */
        DatedValue<?> dated(ParameterKey<?> key) {
            return dated.get(key.name());
        }

        /** The scale as a decimal with the decimals of the weights summed (as the attestation prints it). */
        BigDecimal scale(Figures f) {
            return BigDecimal.valueOf(f.scaleUnits, scaleDigits).setScale(f.scaleDigitsUsed, RoundingMode.UNNECESSARY);
        }

        /** An amount in ISR units as euro, exactly. */
        BigDecimal isrEuro(long units) {
            return new BigDecimal(BigInteger.valueOf(units)).divide(BigDecimal.valueOf(Math.multiplyExact(isrUnits, 100L)));
        }

        /** The denominator of the main home's counted share. */
        long homeShareDenominator() {
            return homeShare.q();
        }
    }

    static <T> DatedValue<T> optional(ParameterSet p, ParameterKey<T> key, LocalDate date) {
        return p.inForce(key, date);
    }

    private static long lcm(long a, long b) {
        return Math.multiplyExact(a / BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValue(), b);
    }

    /**
     * The ISEE of {@code dsu} in {@code variant} for {@code purpose}, every figure into {@code f}. The DSU must
     * have been checked ({@link DsuCalculator#validate}).
     *
     * @throws ArithmeticException when its amounts are beyond exact computation (the checked ranges prevent it)
     */
    static void compute(DsuView dsu, Rules r, Variant variant, Purpose purpose, Figures f) {
        int n = dsu.size();
        f.reset(n, dsu.outsideCount());
        nucleus(dsu, variant, f);
        isr(dsu, r, f);
        isp(dsu, r, variant, f);
        f.ise = ise(f.isr, f.isp, r);
        scale(dsu, r, f);
        f.isee = IseeAttestation.iseeCents(f.ise, f.scaleUnits, r.scaleDigits);
        long ca = 0;
        for (int k = 0; k < dsu.outsideCount(); k++) {
            long one = dsu.outsideExemption(k) == OutsidePerson.Exemption.NONE
                    ? componenteAggiuntiva(dsu.outsideIse(k), dsu.outsideScale(k), r.scale(f), r) : 0;
            f.componenteAggiuntiva[k] = one;
            ca = Math.addExact(ca, one);
        }
        f.componenteAggiuntivaTotal = ca;
        f.assegnoUnicoNeutralised = purpose.neutralisesAssegnoUnico() ? IseeAttestation.iseeCents(dsu.assegnoUnico(), f.scaleUnits, r.scaleDigits) : 0;
        f.iseeFinal = Math.max(0, f.isee + ca - f.assegnoUnicoNeutralised);
    }

    /** ISE = ISR + share × ISP, half-up to the cent (DPCM 159/2013 art. 2 c. 3). */
    static long ise(long isr, long isp, Rules r) {
        return Math.addExact(isr, Rounding.mulDiv(isp, r.assetsShare.p(), r.assetsShare.q(), RoundingMode.HALF_UP));
    }

    /**
     * The nucleus of the variant: every member listed but a non-cohabiting parent, who is counted only when
     * the variant attracts him (minorenni, università: DPCM 159/2013 art. 7 c. 1). In the ordinary ISEE such a
     * parent with none of the art. 7 c. 1 exceptions counts only for the single-parent check of maggiorazione
     * b) (all. 1: "ai soli fini della verifica del requisito del genitore solo"), never for incomes or size.
     */
    private static void nucleus(DsuView dsu, Variant variant, Figures f) {
        int size = 0;
        int children = 0;
        int gncCheck = 0;
        int own = variant.ristretto() ? ownNucleus(dsu) : -1;
        f.ownNucleus = own;
        for (int i = 0; i < dsu.size(); i++) {
            Relationship rel = dsu.relationship(i);
            boolean attracted = dsu.gncCase(i) != null && dsu.gncCase(i).effect() == GncCase.Effect.ATTRACTED;
            boolean in = own >= 0 ? i == own : rel != Relationship.NON_COHABITING_PARENT || variant.admitsGnc() && attracted;
            if (countsForSingleParentCheck(dsu, i, variant)) {
                gncCheck++;
            }
            f.counted[i] = in;
            if (in) {
                size++;
                if (rel == Relationship.CHILD && i != own) {
                    children++;
                }
            }
        }
        f.nucleusSize = size;
        f.children = children;
        f.gncForSingleParentCheck = gncCheck;
    }

    /**
     * Whether member i is a non-cohabiting parent who, in the ordinary ISEE and with none of the art. 7 c. 1
     * exceptions, counts for the single-parent check of maggiorazione b) only (DPCM 159/2013 all. 1).
     */
    static boolean countsForSingleParentCheck(DsuView dsu, int i, Variant variant) {
        return variant == Variant.ORDINARIO && dsu.relationship(i) == Relationship.NON_COHABITING_PARENT && dsu.gncCase(i) != null
                && dsu.gncCase(i).effect() == GncCase.Effect.ATTRACTED;
    }

    /**
     * The beneficiary who is a nucleus of their own in the nucleo ristretto: an adult child of the declarant or
     * another member, who is there without spouse or children of their own (DPCM 159/2013 art. 6 c. 2: the
     * nucleus is built around the beneficiary; a disabled adult living with his parents is a nucleus of one);
     * -1 when the beneficiary is the declarant, the spouse or a minor child (the declarant's nucleo ristretto).
     * The DSU's patrimony and home lines are then read as that nucleus's own (scelta di fsr: a DSU for the
     * sociosanitario ISEE of such a beneficiary declares the assets of the beneficiary's nucleus).
     */
    static int ownNucleus(DsuView dsu) {
        for (int i = 0; i < dsu.size(); i++) {
            if (dsu.beneficiary(i)) {
                Relationship rel = dsu.relationship(i);
                return rel == Relationship.OTHER || rel == Relationship.CHILD && dsu.age(i) >= 18 ? i : -1;
            }
        }
        return -1;
    }

    /**
     * ISR (art. 4): each member's income less, from that member's own income and never beyond it, the
     * maintenance paid, the disability expenses (capped), the agricultural income, and the larger of the 20%
     * employee deduction (capped per earner) and the 20% pension deduction (capped per member); then the
     * reddito figurativo, less the rent (capped), at least 0.
     */
    private static void isr(DsuView dsu, Rules r, Figures f) {
        long u = r.isrUnits;
        long employeeFactor = r.employeeRate.p() * (u / r.employeeRate.q());
        long pensionFactor = r.pensionRate.p() * (u / r.pensionRate.q());
        long employeeCap = Math.multiplyExact(r.employeeCap, u);
        long pensionCap = Math.multiplyExact(r.pensionCap, u);
        long sum = 0;
        for (int i = 0; i < dsu.size(); i++) {
            if (!f.counted[i]) {
                continue;
            }
            long employee = dsu.amount(i, DsuView.EMPLOYEE);
            long pension = Math.addExact(dsu.amount(i, DsuView.PENSION), dsu.amount(i, DsuView.BENEFITS));
            long income = Math.multiplyExact(Math.addExact(Math.addExact(employee, pension),
                    Math.addExact(dsu.amount(i, DsuView.OTHER), dsu.amount(i, DsuView.MAINTENANCE_RECEIVED))), u);
            long left = income;
            long maintenance = Math.min(Math.multiplyExact(dsu.amount(i, DsuView.MAINTENANCE_PAID), u), left);
            left -= maintenance;
            long disability = Math.min(Math.multiplyExact(Math.min(dsu.amount(i, DsuView.DISABILITY_EXPENSES), r.disabilityCap), u), left);
            left -= disability;
            long agricultural = Math.min(Math.multiplyExact(dsu.amount(i, DsuView.AGRICULTURAL), u), left);
            left -= agricultural;
            long employeeDed = Math.min(Math.multiplyExact(employee, employeeFactor), employeeCap);
            long pensionDed = Math.min(Math.multiplyExact(pension, pensionFactor), pensionCap);
            if (employeeDed >= pensionDed) {
                pensionDed = 0;
                employeeDed = Math.min(employeeDed, left);
                left -= employeeDed;
            } else {
                employeeDed = 0;
                pensionDed = Math.min(pensionDed, left);
                left -= pensionDed;
            }
            f.income[i] = income;
            f.maintenance[i] = maintenance;
            f.disabilityExpenses[i] = disability;
            f.agricultural[i] = agricultural;
            f.employeeDeduction[i] = employeeDed;
            f.pensionDeduction[i] = pensionDed;
            f.net[i] = left;
            sum = Math.addExact(sum, left);
        }
        f.sumNetUnits = sum;
        long printed = dsu.figurativeIncome();
        if (printed >= 0) {
            f.figurative = printed;
        } else {
            long base = figurativeBase(dsu, r);
            f.figurative = base == 0 ? 0 : Euro.ofCents(base).multiply(r.figurativeRate, RoundingMode.HALF_UP).cents();
        }
        f.rentCap = Math.addExact(r.rentCap, Math.multiplyExact(r.rentPerChild, Math.max(0, f.children - 2)));
        f.rentDeduction = Math.min(dsu.rent(), f.rentCap);
        long isrUnits = Math.max(0, Math.addExact(sum, Math.multiplyExact(f.figurative - f.rentDeduction, u)));
        f.isr = Rounding.divide(isrUnits, u, RoundingMode.HALF_UP);
    }

    /**
     * Whether the deposits count at their balance at 31/12 although their average balance is greater (art. 5 c. 4 lett. a):
     * the nucleus bought real estate or increased its other financial assets in the year by more than the average less
     * the balance, so the money that left the accounts is counted once, in what it bought. An average that exceeds the
     * balance with the increases not stated is refused by the validation, never read as no increase.
     */
    static boolean depositsAtBalance(DsuView dsu) {
        long gap = dsu.depositsAverage() - dsu.depositsBalance();
        return gap > 0 && dsu.assetIncreases() > gap;
    }

    /** Financial assets other than deposits and current accounts, the bonds beyond their exclusion (art. 4 c. 2). */
    static long figurativeBase(DsuView dsu, Rules r) {
        return Math.addExact(dsu.otherFinancial(), Math.max(0, dsu.governmentBonds() - r.bondExclusion));
    }

    /**
     * ISP (art. 5): the main home net of its mortgage, counted for its share of what exceeds the franchigia;
     * the other real estate; donated real estate in the residenze ISEE (art. 6 c. 3); deposits at the greater
     * of balance and average, bonds beyond their exclusion and other financial assets, beyond the franchigia.
     */
    private static void isp(DsuView dsu, Rules r, Variant variant, Figures f) {
        f.homeNet = Math.max(0, dsu.homeValue() - dsu.homeMortgage());
        long base = r.family && dsu.capoluogo() == 1 ? r.homeAllowanceMetro : r.homeAllowance;
        f.homeAllowance = Math.addExact(base, Math.multiplyExact(r.homePerChild, Math.max(0, f.children - r.homeFreeChildren)));
        f.homeCountedUnits = Math.multiplyExact(Math.max(0, f.homeNet - f.homeAllowance), r.homeShare.p());
        f.donations = variant == Variant.RESIDENZE ? dsu.donations() : 0;
        f.depositsAtBalance = depositsAtBalance(dsu);
        f.deposits = f.depositsAtBalance ? dsu.depositsBalance() : Math.max(dsu.depositsBalance(), dsu.depositsAverage());
        f.bonds = Math.max(0, dsu.governmentBonds() - r.bondExclusion);
        f.financial = Math.addExact(Math.addExact(f.deposits, dsu.otherFinancial()), f.bonds);
        f.franchigia = financialAllowance(r, f.nucleusSize, f.children);
        f.financialCounted = Math.max(0, f.financial - f.franchigia);
        long q = r.homeShare.q();
        long rest = Math.addExact(Math.addExact(dsu.otherRealEstate(), f.donations), f.financialCounted);
        f.isp = Rounding.divide(Math.addExact(f.homeCountedUnits, Math.multiplyExact(rest, q)), q, RoundingMode.HALF_UP);
    }

    /**
     * The franchigia of the financial assets (art. 5 c. 4): the base plus a step per member after the first, up to
     * the cap, plus a step per child after the second; in cents.
     */
    static long financialAllowance(Rules r, int nucleusSize, int children) {
        return Math.addExact(Math.min(Math.addExact(r.financialBase, Math.multiplyExact(r.financialPerMember, nucleusSize - 1L)),
                r.financialCap), Math.multiplyExact(r.financialPerChild, Math.max(0, children - 2)));
    }

    /**
     * The scale (all. 1): the parameter of the nucleus's size (beyond five, +{@code extra} a member); a)
     * by the children of the declarant and the spouse; b) and c) for minor children when the parents (or
     * the only one) worked six months, or a non-working single parent lives alone with them — a parent is
     * not alone when a non-cohabiting parent counts for that check (ordinary ISEE); +{@code disabled} per
     * member with disability (D.L. 42/2016 art. 2-sexies). A member in residential care (convivenza
     * anagrafica) counted in the nucleus adds exactly {@code residential} <em>instead of</em> a step of the
     * size table: the size parameter is that of the other members (INPS, istruzioni per la compilazione della
     * DSU: "la scala di equivalenza si incrementa di una unità e non di valori inferiori all'unità"); a
     * nucleus made only of members in care (a person alone in the structure is a nucleus of their own, art. 3
     * c. 6) has the ordinary parameter of its size and no increment (scelta di fsr where they are more than one).
     */
    private static void scale(DsuView dsu, Rules r, Figures f) {
        int n = f.nucleusSize;
        int inCare = 0;
        for (int i = 0; i < dsu.size(); i++) {
            if (f.counted[i] && dsu.residential(i)) {
                inCare++;
            }
        }
        boolean careIncrement = inCare > 0 && inCare < n;
        int sized = careIncrement ? n - inCare : n;
        if (sized <= 5) {
            f.addComponent(C_SIZE, 1, r.sizeWeight[sized - 1], r.sizeDigits[sized - 1], sized);
        } else {
            f.addComponent(C_SIZE_BEYOND_FIVE, 1, Math.addExact(r.sizeWeight[4], Math.multiplyExact(r.extraMember, sized - 5L)),
                    Math.max(r.sizeDigits[4], r.extraMemberDigits), sized);
        }
        int children = f.children;
        int c = Math.min(children, 5);
        if (r.childrenKey[c] != null) {
            f.addComponent(C_CHILDREN, 1, r.childrenWeight[c], r.childrenDigits[c], children);
        }
        int minors = 0;
        boolean underThree = false;
        int parents = 0;
        boolean allWorked = true;
        for (int i = 0; i < dsu.size(); i++) {
            if (!f.counted[i]) {
                continue;
            }
            Relationship rel = dsu.relationship(i);
            if (rel == Relationship.CHILD) {
                if (dsu.age(i) < 18) {
                    minors++;
                }
                underThree |= dsu.age(i) < 3;
            } else if (rel == Relationship.DECLARANT || rel == Relationship.SPOUSE || rel == Relationship.NON_COHABITING_PARENT) {
                parents++;
                allWorked &= dsu.worked(i);
            }
        }
        boolean alone = parents == 1 && f.gncForSingleParentCheck == 0;
        boolean singleNonWorkingWithMinorsOnly = alone && n == 1 + minors;
        if (minors > 0 && (parents > 1 && allWorked || alone && allWorked || singleNonWorkingWithMinorsOnly)) {
            if (underThree) {
                f.addComponent(C_WORKING_PARENTS_UNDER_THREE, 1, r.workingParentsUnderThree, r.workingUnderThreeDigits, null);
            } else {
                f.addComponent(C_WORKING_PARENTS, 1, r.workingParents, r.workingDigits, null);
            }
        }
        for (int i = 0; i < dsu.size(); i++) {
            if (f.counted[i] && dsu.disability(i) != Disability.NONE) {
                f.addComponent(C_DISABILITY, 1, r.disabled, r.disabledDigits, dsu.disability(i));
            }
        }
        for (int i = 0; careIncrement && i < dsu.size(); i++) {
            if (f.counted[i] && dsu.residential(i)) {
                f.addComponent(C_RESIDENTIAL, 1, r.residentialMember, r.residentialDigits, null);
            }
        }
    }

    /**
     * A componente aggiuntiva (DPCM 159/2013 all. 2): x = ISE / own scale, d = x − threshold (none when not
     * positive), share × d / the scale of the beneficiary's nucleus, half-up to the cent once; exact.
     */
    static long componenteAggiuntiva(long iseCents, BigDecimal ownScale, BigDecimal beneficiaryScale, Rules r) {
        // (ise / own − T) × p/q / b  =  (ise − T × own) × p / (own × q × b), all in cents
        BigDecimal excess = BigDecimal.valueOf(iseCents).subtract(BigDecimal.valueOf(r.caThreshold).multiply(ownScale));
        if (excess.signum() <= 0) {
            return 0;
        }
        BigDecimal numerator = excess.multiply(BigDecimal.valueOf(r.caShare.p()));
        BigDecimal denominator = ownScale.multiply(BigDecimal.valueOf(r.caShare.q())).multiply(beneficiaryScale);
        return numerator.divide(denominator, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
