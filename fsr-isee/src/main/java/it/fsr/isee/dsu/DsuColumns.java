package it.fsr.isee.dsu;

import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.core.parameter.ParameterSet;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * DSUs held column by column — cents in {@code long} arrays, members' facts in primitive arrays — so that
 * a region can recompute a million ordinary ISEEs with {@link DsuBatch} walking a few arrays. Each DSU is
 * validated when added, for the ordinary ISEE ({@link DsuCalculator#validate}); the variants with a
 * componente aggiuntiva, a GNC or a nucleo ristretto go through {@link DsuCalculator} one by one.
 * Not thread-safe while being filled; safe to read from many threads once filled.
 */
public final class DsuColumns {
    static final int AMOUNTS = 8;

    int size;
    int memberCount;
    String[] ids = new String[16];
    LocalDate[] dates = new LocalDate[16];
    int[] firstMember = new int[17];
    long[] rent = new long[16];
    long[] homeValue = new long[16];
    long[] homeMortgage = new long[16];
    long[] otherRealEstate = new long[16];
    long[] depositsBalance = new long[16];
    long[] depositsAverage = new long[16];
    long[] otherFinancial = new long[16];
    long[] governmentBonds = new long[16];
    /** −1 when the reddito figurativo is to be computed with the dated rate. */
    long[] figurative = new long[16];
    /** 0 no, 1 yes, −1 not stated. */
    byte[] capoluogo = new byte[16];
    byte[] relationship = new byte[64];
    short[] age = new short[64];
    byte[] disability = new byte[64];
    boolean[] worked = new boolean[64];
    boolean[] residential = new boolean[64];
    /** employee, pension, other, benefits, maintenance received, maintenance paid, disability expenses, agricultural. */
    long[][] amounts = new long[AMOUNTS][64];
    private final ParameterSet parameters;

    /** Empty columns, validated against the default parameters. */
    public DsuColumns() {
        this(DsuParameters.defaults());
    }

    /** Empty columns, validated against {@code parameters} (e.g. with a reddito figurativo rate). */
    public DsuColumns(ParameterSet parameters) {
        this.parameters = parameters;
    }

    /**
     * Empty columns sized for {@code dsus} DSUs and {@code members} members, so that filling them with a
     * region's DSUs never copies an array (nor needs the heap for two copies at once).
     */
    public DsuColumns(ParameterSet parameters, int dsus, int members) {
        this.parameters = parameters;
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
        otherFinancial = new long[h];
        governmentBonds = new long[h];
        figurative = new long[h];
        capoluogo = new byte[h];
        relationship = new byte[m];
        age = new short[m];
        disability = new byte[m];
        worked = new boolean[m];
        residential = new boolean[m];
        amounts = new long[AMOUNTS][m];
    }

    /**
     * Appends a DSU.
     *
     * @throws it.fsr.core.validation.ValidationException listing every problem of the DSU for the ordinary ISEE
     */
    public DsuColumns add(Dsu d) {
        DsuCalculator.validate(d, Variant.ORDINARIO, Purpose.ORDINARIO, parameters).throwIfAny();
        if (size == ids.length) {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            dates = Arrays.copyOf(dates, n);
            firstMember = Arrays.copyOf(firstMember, n + 1);
            rent = Arrays.copyOf(rent, n);
            homeValue = Arrays.copyOf(homeValue, n);
            homeMortgage = Arrays.copyOf(homeMortgage, n);
            otherRealEstate = Arrays.copyOf(otherRealEstate, n);
            depositsBalance = Arrays.copyOf(depositsBalance, n);
            depositsAverage = Arrays.copyOf(depositsAverage, n);
            otherFinancial = Arrays.copyOf(otherFinancial, n);
            governmentBonds = Arrays.copyOf(governmentBonds, n);
            figurative = Arrays.copyOf(figurative, n);
            capoluogo = Arrays.copyOf(capoluogo, n);
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
        otherFinancial[k] = d.otherFinancial().cents();
        governmentBonds[k] = d.governmentBonds().cents();
        figurative[k] = d.figurativeIncome() == null ? -1 : d.figurativeIncome().cents();
        capoluogo[k] = d.capoluogoMetropolitano() == null ? -1 : (byte) (d.capoluogoMetropolitano() ? 1 : 0);
        for (DsuMember m : d.members()) {
            if (memberCount == age.length) {
                int n = memberCount * 2;
                relationship = Arrays.copyOf(relationship, n);
                age = Arrays.copyOf(age, n);
                disability = Arrays.copyOf(disability, n);
                worked = Arrays.copyOf(worked, n);
                residential = Arrays.copyOf(residential, n);
                for (int a = 0; a < AMOUNTS; a++) {
                    amounts[a] = Arrays.copyOf(amounts[a], n);
                }
            }
            int j = memberCount++;
            relationship[j] = (byte) m.relationship().ordinal();
            age[j] = (short) m.age();
            disability[j] = (byte) m.disability().ordinal();
            worked[j] = m.worked6Months();
            residential[j] = m.residential();
            amounts[0][j] = m.employeeIncome().cents();
            amounts[1][j] = m.pensionIncome().cents();
            amounts[2][j] = m.otherIncome().cents();
            amounts[3][j] = m.publicBenefits().cents();
            amounts[4][j] = m.maintenanceReceived().cents();
            amounts[5][j] = m.maintenancePaid().cents();
            amounts[6][j] = m.disabilityExpenses().cents();
            amounts[7][j] = m.agriculturalIncome().cents();
        }
        size++;
        firstMember[size] = memberCount;
        return this;
    }

    /** Appends every DSU of {@code other}, in its order (columns filled in parts on several threads become one). */
    public DsuColumns addAll(DsuColumns other) {
        int h = size + other.size;
        int m = memberCount + other.memberCount;
        if (h > ids.length) {
            ids = Arrays.copyOf(ids, h);
            dates = Arrays.copyOf(dates, h);
            rent = Arrays.copyOf(rent, h);
            homeValue = Arrays.copyOf(homeValue, h);
            homeMortgage = Arrays.copyOf(homeMortgage, h);
            otherRealEstate = Arrays.copyOf(otherRealEstate, h);
            depositsBalance = Arrays.copyOf(depositsBalance, h);
            depositsAverage = Arrays.copyOf(depositsAverage, h);
            otherFinancial = Arrays.copyOf(otherFinancial, h);
            governmentBonds = Arrays.copyOf(governmentBonds, h);
            figurative = Arrays.copyOf(figurative, h);
            capoluogo = Arrays.copyOf(capoluogo, h);
        }
        if (h + 1 > firstMember.length) {
            firstMember = Arrays.copyOf(firstMember, h + 1);
        }
        System.arraycopy(other.ids, 0, ids, size, other.size);
        System.arraycopy(other.dates, 0, dates, size, other.size);
        System.arraycopy(other.rent, 0, rent, size, other.size);
        System.arraycopy(other.homeValue, 0, homeValue, size, other.size);
        System.arraycopy(other.homeMortgage, 0, homeMortgage, size, other.size);
        System.arraycopy(other.otherRealEstate, 0, otherRealEstate, size, other.size);
        System.arraycopy(other.depositsBalance, 0, depositsBalance, size, other.size);
        System.arraycopy(other.depositsAverage, 0, depositsAverage, size, other.size);
        System.arraycopy(other.otherFinancial, 0, otherFinancial, size, other.size);
        System.arraycopy(other.governmentBonds, 0, governmentBonds, size, other.size);
        System.arraycopy(other.figurative, 0, figurative, size, other.size);
        System.arraycopy(other.capoluogo, 0, capoluogo, size, other.size);
        for (int k = 1; k <= other.size; k++) {
            firstMember[size + k] = memberCount + other.firstMember[k];
        }
        if (m > age.length) {
            relationship = Arrays.copyOf(relationship, m);
            age = Arrays.copyOf(age, m);
            disability = Arrays.copyOf(disability, m);
            worked = Arrays.copyOf(worked, m);
            residential = Arrays.copyOf(residential, m);
            for (int a = 0; a < AMOUNTS; a++) {
                amounts[a] = Arrays.copyOf(amounts[a], m);
            }
        }
        System.arraycopy(other.relationship, 0, relationship, memberCount, other.memberCount);
        System.arraycopy(other.age, 0, age, memberCount, other.memberCount);
        System.arraycopy(other.disability, 0, disability, memberCount, other.memberCount);
        System.arraycopy(other.worked, 0, worked, memberCount, other.memberCount);
        System.arraycopy(other.residential, 0, residential, memberCount, other.memberCount);
        for (int a = 0; a < AMOUNTS; a++) {
            System.arraycopy(other.amounts[a], 0, amounts[a], memberCount, other.memberCount);
        }
        size = h;
        memberCount = m;
        return this;
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
}
