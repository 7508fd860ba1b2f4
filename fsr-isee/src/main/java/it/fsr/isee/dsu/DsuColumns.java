package it.fsr.isee.dsu;

import it.fsr.core.parameter.ParameterSet;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * DSUs held column by column — cents in {@code long} arrays, the members' facts in primitive arrays — for
 * one ISEE variant and purpose, so that {@link DsuBatch} computes a region's million DSUs walking a few
 * arrays instead of a million object graphs. Each DSU is checked when added, for the variant and purpose
 * of the columns ({@link DsuCalculator#validate}): every problem at once. Not thread-safe while being
 * filled; safe to read from many threads once filled.
 */
public final class DsuColumns {
    private static final Relationship[] RELATIONSHIPS = Relationship.values();
    private static final Disability[] DISABILITIES = Disability.values();
    private static final GncCase[] GNC = GncCase.values();

    private final ParameterSet parameters;
    private final Variant variant;
    private final Purpose purpose;
    int size;
    int memberCount;
    String[] ids;
    LocalDate[] dates;
    int[] firstMember;
    long[] rent;
    long[] homeValue;
    long[] homeMortgage;
    long[] otherRealEstate;
    long[] depositsBalance;
    long[] depositsAverage;
    /** −1 when not stated. */
    long[] assetIncreases;
    long[] otherFinancial;
    long[] governmentBonds;
    /** −1 when the reddito figurativo is to be computed with the dated rate. */
    long[] figurative;
    /** 0 no, 1 yes, −1 not stated. */
    byte[] capoluogo;
    /** −1 when not stated. */
    long[] assegnoUnico;
    long[] donations;
    String[] memberIds;
    byte[] relationship;
    short[] age;
    byte[] disability;
    boolean[] worked;
    boolean[] residential;
    boolean[] beneficiary;
    /** −1 for no case. */
    byte[] gncCase;
    /** employee, pension, other, benefits, maintenance received, maintenance paid, disability expenses, agricultural. */
    long[][] amounts;
    /** The outside persons of the few DSUs that have them, by DSU index. */
    final Map<Integer, List<OutsidePerson>> outside = new HashMap<>();

    /**
     * Empty columns for DSUs of {@code variant} and {@code purpose}, checked against {@code parameters}.
     */
    public DsuColumns(ParameterSet parameters, Variant variant, Purpose purpose) {
        this(parameters, variant, purpose, 16, 64);
    }

    /**
     * Empty columns sized for {@code dsus} DSUs and {@code members} members, so that filling them with a
     * region's DSUs never copies an array (nor needs the heap for two copies at once).
     */
    public DsuColumns(ParameterSet parameters, Variant variant, Purpose purpose, int dsus, int members) {
        this.parameters = it.fsr.core.validation.ValidationException.requireNonNull(parameters, "parameters");
        this.variant = it.fsr.core.validation.ValidationException.requireNonNull(variant, "variant");
        this.purpose = it.fsr.core.validation.ValidationException.requireNonNull(purpose, "purpose");
        int h = Math.max(16, dsus);
        int m = Math.max(64, members);
        ids = new String[h];
        dates = new LocalDate[h];
        firstMember = new int[h + 1];
        rent = new long[h];
        homeValue = new long[h];
        homeMortgage = new long[h];
        otherRealEstate = new long[h];
        depositsBalance = new long[h];
        depositsAverage = new long[h];
        assetIncreases = new long[h];
        otherFinancial = new long[h];
        governmentBonds = new long[h];
        figurative = new long[h];
        capoluogo = new byte[h];
        assegnoUnico = new long[h];
        donations = new long[h];
        memberIds = new String[m];
        relationship = new byte[m];
        age = new short[m];
        disability = new byte[m];
        worked = new boolean[m];
        residential = new boolean[m];
        beneficiary = new boolean[m];
        gncCase = new byte[m];
        amounts = new long[DsuView.AMOUNTS][m];
    }

    /** The variant every DSU of these columns is computed in. */
    public Variant variant() {
        return variant;
    }

    /** The purpose every DSU of these columns is computed for. */
    public Purpose purpose() {
        return purpose;
    }

    /**
     * Appends a DSU.
     *
     * @throws it.fsr.core.validation.ValidationException listing every problem of the DSU for the columns' variant and purpose
     */
    public DsuColumns add(Dsu d) {
        DsuCalculator.validate(d, variant, purpose, parameters).throwIfAny();
        if (size == ids.length) {
            growDsus(size * 2);
        }
        int k = size;
        ids[k] = d.id();
        dates[k] = d.date();
        rent[k] = d.rent().cents();
        homeValue[k] = d.homeValue().cents();
        homeMortgage[k] = d.homeMortgage().cents();
        otherRealEstate[k] = d.otherRealEstate().cents();
        depositsBalance[k] = d.depositsBalance().cents();
        depositsAverage[k] = d.depositsAverage().cents();
        assetIncreases[k] = d.assetIncreases() == null ? -1 : d.assetIncreases().cents();
        otherFinancial[k] = d.otherFinancial().cents();
        governmentBonds[k] = d.governmentBonds().cents();
        figurative[k] = d.figurativeIncome() == null ? -1 : d.figurativeIncome().cents();
        capoluogo[k] = d.capoluogoMetropolitano() == null ? -1 : (byte) (d.capoluogoMetropolitano() ? 1 : 0);
        assegnoUnico[k] = d.assegnoUnico() == null ? -1 : d.assegnoUnico().cents();
        donations[k] = d.donations().cents();
        if (!d.outside().isEmpty()) {
            outside.put(k, d.outside());
        }
        for (DsuMember m : d.members()) {
            if (memberCount == age.length) {
                growMembers(memberCount * 2);
            }
            int j = memberCount++;
            memberIds[j] = m.id();
            relationship[j] = (byte) m.relationship().ordinal();
            age[j] = (short) m.age();
            disability[j] = (byte) m.disability().ordinal();
            worked[j] = m.worked6Months();
            residential[j] = m.residential();
            beneficiary[j] = m.beneficiary();
            gncCase[j] = m.gncCase() == null ? -1 : (byte) m.gncCase().ordinal();
            amounts[DsuView.EMPLOYEE][j] = m.employeeIncome().cents();
            amounts[DsuView.PENSION][j] = m.pensionIncome().cents();
            amounts[DsuView.OTHER][j] = m.otherIncome().cents();
            amounts[DsuView.BENEFITS][j] = m.publicBenefits().cents();
            amounts[DsuView.MAINTENANCE_RECEIVED][j] = m.maintenanceReceived().cents();
            amounts[DsuView.MAINTENANCE_PAID][j] = m.maintenancePaid().cents();
            amounts[DsuView.DISABILITY_EXPENSES][j] = m.disabilityExpenses().cents();
            amounts[DsuView.AGRICULTURAL][j] = m.agriculturalIncome().cents();
        }
        size++;
        firstMember[size] = memberCount;
        return this;
    }

    private void growDsus(int n) {
        ids = Arrays.copyOf(ids, n);
        dates = Arrays.copyOf(dates, n);
        firstMember = Arrays.copyOf(firstMember, n + 1);
        rent = Arrays.copyOf(rent, n);
        homeValue = Arrays.copyOf(homeValue, n);
        homeMortgage = Arrays.copyOf(homeMortgage, n);
        otherRealEstate = Arrays.copyOf(otherRealEstate, n);
        depositsBalance = Arrays.copyOf(depositsBalance, n);
        depositsAverage = Arrays.copyOf(depositsAverage, n);
        assetIncreases = Arrays.copyOf(assetIncreases, n);
        otherFinancial = Arrays.copyOf(otherFinancial, n);
        governmentBonds = Arrays.copyOf(governmentBonds, n);
        figurative = Arrays.copyOf(figurative, n);
        capoluogo = Arrays.copyOf(capoluogo, n);
        assegnoUnico = Arrays.copyOf(assegnoUnico, n);
        donations = Arrays.copyOf(donations, n);
    }

    private void growMembers(int n) {
        memberIds = Arrays.copyOf(memberIds, n);
        relationship = Arrays.copyOf(relationship, n);
        age = Arrays.copyOf(age, n);
        disability = Arrays.copyOf(disability, n);
        worked = Arrays.copyOf(worked, n);
        residential = Arrays.copyOf(residential, n);
        beneficiary = Arrays.copyOf(beneficiary, n);
        gncCase = Arrays.copyOf(gncCase, n);
        for (int a = 0; a < DsuView.AMOUNTS; a++) {
            amounts[a] = Arrays.copyOf(amounts[a], n);
        }
    }

    /**
     * Appends every DSU of {@code other}, in its order (columns filled in parts on several threads become
     * one).
     *
     * @throws it.fsr.core.validation.ValidationException when {@code other} is for another variant, purpose or parameter set
     */
    public DsuColumns addAll(DsuColumns other) {
        if (other.variant != variant || other.purpose != purpose || other.parameters != parameters) {
            throw it.fsr.core.validation.ValidationException.of("columns", other.variant.code() + "/" + other.purpose.code(),
                    "are for another variant, purpose or parameter set than " + variant.code() + "/" + purpose.code());
        }
        int h = size + other.size;
        int m = memberCount + other.memberCount;
        if (h > ids.length) {
            growDsus(h);
        }
        if (m > age.length) {
            growMembers(m);
        }
        copy(other.ids, ids, other.size);
        copy(other.dates, dates, other.size);
        for (long[][] pair : new long[][][] {{other.rent, rent}, {other.homeValue, homeValue}, {other.homeMortgage, homeMortgage},
            {other.otherRealEstate, otherRealEstate}, {other.depositsBalance, depositsBalance}, {other.depositsAverage, depositsAverage},
            {other.assetIncreases, assetIncreases},            {other.otherFinancial, otherFinancial}, {other.governmentBonds, governmentBonds}, {other.figurative, figurative},
            {other.assegnoUnico, assegnoUnico}, {other.donations, donations}}) {
            System.arraycopy(pair[0], 0, pair[1], size, other.size);
        }
        System.arraycopy(other.capoluogo, 0, capoluogo, size, other.size);
        for (int k = 1; k <= other.size; k++) {
            firstMember[size + k] = memberCount + other.firstMember[k];
        }
        other.outside.forEach((k, o) -> outside.put(size + k, o));
        System.arraycopy(other.memberIds, 0, memberIds, memberCount, other.memberCount);
        System.arraycopy(other.relationship, 0, relationship, memberCount, other.memberCount);
        System.arraycopy(other.age, 0, age, memberCount, other.memberCount);
        System.arraycopy(other.disability, 0, disability, memberCount, other.memberCount);
        System.arraycopy(other.worked, 0, worked, memberCount, other.memberCount);
        System.arraycopy(other.residential, 0, residential, memberCount, other.memberCount);
        System.arraycopy(other.beneficiary, 0, beneficiary, memberCount, other.memberCount);
        System.arraycopy(other.gncCase, 0, gncCase, memberCount, other.memberCount);
        for (int a = 0; a < DsuView.AMOUNTS; a++) {
            System.arraycopy(other.amounts[a], 0, amounts[a], memberCount, other.memberCount);
        }
        size = h;
        memberCount = m;
        return this;
    }

    private <T> void copy(T[] from, T[] to, int n) {
        System.arraycopy(from, 0, to, size, n);
    }

    /** The number of DSUs. */
    public int size() {
        return size;
    }

    /** DSU {@code i}'s id. */
    public String id(int i) {
        return ids[i];
    }

    ParameterSet parameters() {
        return parameters;
    }

    /** A reusable view of one DSU at a time (not thread-safe: one per thread). */
    Cursor cursor() {
        return new Cursor();
    }

    /** DSU k seen through {@link DsuView}. */
    final class Cursor implements DsuView {
        private int k;
        private int base;
        private int n;
        private List<OutsidePerson> out = List.of();

        Cursor moveTo(int dsu) {
            k = dsu;
            base = firstMember[dsu];
            n = firstMember[dsu + 1] - base;
            out = outside.isEmpty() ? List.of() : outside.getOrDefault(dsu, List.of());
            return this;
        }

        @Override public String id() { return ids[k]; }
        @Override public LocalDate date() { return dates[k]; }
        @Override public int size() { return n; }
        @Override public String memberId(int i) { return memberIds[base + i]; }
        @Override public Relationship relationship(int i) { return RELATIONSHIPS[relationship[base + i]]; }
        @Override public int age(int i) { return age[base + i]; }
        @Override public Disability disability(int i) { return DISABILITIES[disability[base + i]]; }
        @Override public boolean worked(int i) { return worked[base + i]; }
        @Override public boolean residential(int i) { return residential[base + i]; }
        @Override public boolean beneficiary(int i) { return beneficiary[base + i]; }

        @Override
        public GncCase gncCase(int i) {
            byte c = gncCase[base + i];
            return c < 0 ? null : GNC[c];
        }

        @Override public long amount(int i, int which) { return amounts[which][base + i]; }
        @Override public long rent() { return rent[k]; }
        @Override public long homeValue() { return homeValue[k]; }
        @Override public long homeMortgage() { return homeMortgage[k]; }
        @Override public long otherRealEstate() { return otherRealEstate[k]; }
        @Override public long depositsBalance() { return depositsBalance[k]; }
        @Override public long depositsAverage() { return depositsAverage[k]; }
        @Override public long assetIncreases() { return assetIncreases[k]; }
        @Override public long otherFinancial() { return otherFinancial[k]; }
        @Override public long governmentBonds() { return governmentBonds[k]; }
        @Override public long figurativeIncome() { return figurative[k]; }
        @Override public int capoluogo() { return capoluogo[k]; }
        @Override public long assegnoUnico() { return assegnoUnico[k]; }
        @Override public long donations() { return donations[k]; }
        @Override public int outsideCount() { return out.size(); }
        @Override public String outsideId(int j) { return out.get(j).id(); }
        @Override public long outsideIse(int j) { return out.get(j).ise().cents(); }
        @Override public BigDecimal outsideScale(int j) { return out.get(j).scale(); }
        @Override public OutsidePerson.Exemption outsideExemption(int j) { return out.get(j).exemption(); }
    }
}
