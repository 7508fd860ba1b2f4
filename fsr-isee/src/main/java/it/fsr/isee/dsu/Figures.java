package it.fsr.isee.dsu;

import java.util.Arrays;

/**
 * Every figure {@link IseeRule} computes for one DSU, kept for whoever reads them: the one-by-one
 * calculator turns them into its result and its explanation, the batch copies the indicators into its
 * columns. Amounts in cents; a member's ISR line in units of 1/{@link IseeRule.Rules#isrUnits} of a cent
 * (exact: nothing of the ISR is rounded before the ISR itself). Mutable and reused, one per thread.
 */
final class Figures {
    /** Whether member i is counted in the nucleus of the variant. */
    boolean[] counted = new boolean[8];
    int nucleusSize;
    int children;
    /**
     * Non-cohabiting parents outside the nucleus who count for the single-parent check of maggiorazione b)
     * (the ordinary ISEE, a parent with none of the art. 7 c. 1 exceptions: DPCM 159/2013 all. 1).
     */
    int gncForSingleParentCheck;
    /**
     * The member who is a nucleus of their own in the nucleo ristretto (an adult child or another member who is
     * the beneficiary: DPCM 159/2013 art. 6 c. 2), or -1 when the nucleus is the declarant's.
     */
    int ownNucleus = -1;
    /** Member lines, in ISR units: income, deductions in the order of art. 4, net. */
    long[] income = new long[8];
    long[] maintenance = new long[8];
    long[] disabilityExpenses = new long[8];
    long[] agricultural = new long[8];
    long[] employeeDeduction = new long[8];
    long[] pensionDeduction = new long[8];
    long[] net = new long[8];
    long sumNetUnits;
    long figurative;
    long rentCap;
    long rentDeduction;
    long isr;
    long homeNet;
    long homeAllowance;
    /** The main home's counted value, in units of 1/{@link IseeRule.Rules#homeShareDenominator} of a cent. */
    long homeCountedUnits;
    long donations;
    long deposits;
    /** Whether the deposits count at their balance by the increases' exception (art. 5 c. 4 lett. a). */
    boolean depositsAtBalance;
    long bonds;
    long financial;
    long franchigia;
    long financialCounted;
    long isp;
    long ise;
    /** The scale's components, in the order reported: component, count, weight units, detail. */
    int components;
    int[] component = new int[16];
    long[] componentCount = new long[16];
    long[] componentUnits = new long[16];
    Object[] componentDetail = new Object[16];
    /** The scale in units of 10^-{@link IseeRule.Rules#scaleDigits}, and the decimals of the weights summed. */
    long scaleUnits;
    int scaleDigitsUsed;
    long isee;
    long[] componenteAggiuntiva = new long[2];
    long componenteAggiuntivaTotal;
    long assegnoUnicoNeutralised;
    long iseeFinal;

    /** Makes room for a DSU of {@code members} members and {@code outside} outside persons, and clears the counts. */
    void reset(int members, int outside) {
        if (counted.length < members) {
            int n = Math.max(members, counted.length * 2);
            counted = new boolean[n];
            income = new long[n];
            maintenance = new long[n];
            disabilityExpenses = new long[n];
            agricultural = new long[n];
            employeeDeduction = new long[n];
            pensionDeduction = new long[n];
            net = new long[n];
        }
        if (componenteAggiuntiva.length < outside) {
            componenteAggiuntiva = new long[Math.max(outside, componenteAggiuntiva.length * 2)];
        }
        components = 0;
        scaleUnits = 0;
        scaleDigitsUsed = 0;
    }

    /** Records one component of the scale. */
    void addComponent(int which, long count, long units, int digits, Object detail) {
        if (components == component.length) {
            int n = components * 2;
            component = Arrays.copyOf(component, n);
            componentCount = Arrays.copyOf(componentCount, n);
            componentUnits = Arrays.copyOf(componentUnits, n);
            componentDetail = Arrays.copyOf(componentDetail, n);
        }
        component[components] = which;
        componentCount[components] = count;
        componentUnits[components] = units;
        componentDetail[components] = detail;
        components++;
        scaleUnits = Math.addExact(scaleUnits, Math.multiplyExact(units, count));
        scaleDigitsUsed = Math.max(scaleDigitsUsed, digits);
    }
}
