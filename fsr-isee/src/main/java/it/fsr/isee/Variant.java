package it.fsr.isee;

/** The ISEE a service asks for (DPCM 159/2013 artt. 2, 6, 7, 8). The ISEE corrente is {@link it.fsr.isee.dsu.IseeCorrente}. */
public enum Variant implements it.fsr.core.explain.Coded {
    /** The ordinary ISEE (art. 2, nucleus of art. 3). */
    ORDINARIO("ordinario"),
    /** Services for minors whose parents are not married to each other and do not live together (art. 7). */
    MINORENNI("minorenni"),
    /** Sociosanitary services for adults with disability, with the nucleo ristretto (art. 6 c. 2). */
    SOCIOSANITARIO("sociosanitario"),
    /** Residential sociosanitary services, with the componenti aggiuntive of the children (art. 6 c. 3). */
    RESIDENZE("residenze"),
    /** Benefits for university students (art. 8). */
    UNIVERSITA("universita");

    private final String code;

    Variant(String code) {
        this.code = code;
    }

    /** The code used on the command line and in reports. */
    @Override
    public String code() {
        return code;
    }

    /** Whether a non-cohabiting parent may appear in the DSU. */
    public boolean admitsGnc() {
        return this == MINORENNI || this == UNIVERSITA;
    }

    /** Whether the nucleus is the nucleo ristretto of art. 6 c. 2. */
    public boolean ristretto() {
        return this == SOCIOSANITARIO || this == RESIDENZE;
    }
}
