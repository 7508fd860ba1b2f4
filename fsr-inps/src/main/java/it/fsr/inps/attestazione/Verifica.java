package it.fsr.inps.attestazione;

import java.util.List;

/**
 * The check of an attestation's arithmetic: every line recomputed, those that differ flagged.
 *
 * @param protocollo the DSU's protocol
 * @param righe      each line, in the attestation's order
 */
public record Verifica(String protocollo, List<RigaVerifica> righe) {
    /** Copies the list. */
    public Verifica {
        righe = List.copyOf(righe);
    }

    /** Whether every line agrees. */
    public boolean concorda() {
        return righe.stream().allMatch(RigaVerifica::concorda);
    }

    /** The lines that differ. */
    public List<RigaVerifica> differenze() {
        return righe.stream().filter(r -> !r.concorda()).toList();
    }

    @Override
    public String toString() {
        return "Verifica[righe=" + righe.size() + ", differenze=" + differenze().size() + "]";
    }
}
