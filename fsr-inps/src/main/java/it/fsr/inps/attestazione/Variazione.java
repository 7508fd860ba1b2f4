package it.fsr.inps.attestazione;

import java.time.LocalDate;

/**
 * The attestation replaces another after a {@code Contestazione}, {@code Ricalcolo} or {@code Integrazione}: the
 * DSU it varies and that DSU's date.
 */
public record Variazione(String tipo, String protocolloDsuVariata, LocalDate dataDsuVariata) {
    /** Requires each part. */
    public Variazione {
        java.util.Objects.requireNonNull(tipo, "tipo");
        java.util.Objects.requireNonNull(protocolloDsuVariata, "protocolloDsuVariata");
        java.util.Objects.requireNonNull(dataDsuVariata, "dataDsuVariata");
    }
}
