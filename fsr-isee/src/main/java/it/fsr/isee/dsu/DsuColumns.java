package it.fsr.isee.dsu;

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
     * Appends a DSU.
     *
     * @throws it.fsr.core.validation.ValidationException listing every problem of the DSU for the ordinary ISEE
     */
    public DsuColumns add(Dsu d) {
        DsuCalculator.validate(d, Variant.ORDINARIO, Purpose.ORDINARY, parameters).throwIfAny();
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
