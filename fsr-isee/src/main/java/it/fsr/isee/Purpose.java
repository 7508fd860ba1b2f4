package it.fsr.isee;

/**
 * What the ISEE is for: the parameter set is chosen by purpose, never by date alone; within a purpose
 * each value is dated. Municipal services use {@link #ORDINARIO} (L. 199/2025 c. 208 names only INPS benefits).
 */
public enum Purpose implements it.fsr.core.explain.Coded {
    /** Every service and benefit not named below: DPCM 159/2013 as amended. */
    ORDINARIO("ordinario", "ordinary"),
    /**
     * Assegno di inclusione, Supporto formazione lavoro, Assegno unico, bonus asilo nido and home
     * support under three, bonus nuovi nati (L. 199/2025 c. 208; INPS msg 102/2026), for DSUs from 2026:
     * its own main-home franchigia ({@code isee.family2026.homeAllowance}, {@code homeAllowanceMetro} in a capoluogo
     * of a Città metropolitana, {@code homePerChildAfterFirst} per cohabiting child after the first) and
     * maggiorazione a) from two children ({@code isee.family2026.*Children}).
     */
    FAMIGLIA_2026("famiglia-2026", "family-2026"),
    /**
     * The INPS bonus asilo nido: the Assegno unico received is neutralised, ISEE − AUU / scale (INPS circ.
     * 60/2025); from 2026 on the 2026 family rules, since the bonus is among the benefits of L. 199/2025
     * c. 208.
     */
    BONUS_NIDO("bonus-nido"),
    /**
     * The INPS bonus nuove nascite (L. 207/2024 art. 1 c. 206-208: the Assegno unico received is not counted in
     * the ISEE that decides it): neutralised as for the bonus nido, ISEE − AUU / scale (scelta di fsr: the one
     * INPS method for "ISEE al netto dell'AUU", circ. 60/2025), floored at zero; from 2026 on the 2026 family
     * rules (L. 199/2025 c. 208 names the bonus nuovi nati).
     */
    BONUS_NUOVI_NATI("bonus-nuovi-nati", "bonus-nuove-nascite");

    private final String code;
    private final java.util.List<String> aliases;

    Purpose(String code, String... aliases) {
        this.code = code;
        this.aliases = java.util.List.of(aliases);
    }

    /** The code used on the command line and in reports. */
    @Override
    public String code() {
        return code;
    }

    /**
     * Whether the Assegno unico received is taken out of the ISEE (ISEE − AUU / scale, at zero at least): the bonus
     * nido (circ. INPS 60/2025) and the bonus nuove nascite (L. 207/2024 art. 1 c. 206).
     */
    public boolean neutralisesAssegnoUnico() {
        return this == BONUS_NIDO || this == BONUS_NUOVI_NATI;
    }

    /** The English codes of fsr 0.1 ({@code ordinary}, {@code family-2026}), still read. */
    @Override
    public java.util.List<String> aliases() {
        return aliases;
    }

}
