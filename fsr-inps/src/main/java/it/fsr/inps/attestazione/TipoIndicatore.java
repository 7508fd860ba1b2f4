package it.fsr.inps.attestazione;

/** The blocks of an INPS attestation, each an indicator of DPCM 159/2013. */
public enum TipoIndicatore implements it.fsr.core.explain.Coded {
    /** {@code ISEEOrdinario} (art. 2). */
    ORDINARIO("ordinario"),
    /** {@code ISEEMin}, per minor (art. 7). */
    MINORENNI("minorenni"),
    /** {@code ISEEUni}, per student (art. 8). */
    UNIVERSITARIO("universitario"),
    /** {@code ISEESocioSanRes} with the ordinary nucleus, per beneficiary (art. 6). */
    SOCIOSANITARIO_RESIDENZIALE("sociosanitario-residenziale"),
    /** {@code Ridotto/ISEERistretto}: the nucleo ristretto of a beneficiary (art. 6 c. 2). */
    RISTRETTO("ristretto"),
    /** {@code Ridotto/ISEESocioSanResRistretto}: residential, nucleo ristretto (art. 6 c. 2-3). */
    SOCIOSANITARIO_RESIDENZIALE_RISTRETTO("sociosanitario-residenziale-ristretto");

    private final String code;

    TipoIndicatore(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
