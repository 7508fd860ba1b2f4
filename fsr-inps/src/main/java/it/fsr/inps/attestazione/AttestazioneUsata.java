package it.fsr.inps.attestazione;

import it.fsr.core.explain.Explanation;
import it.fsr.isee.IseeAttestation;

/**
 * The attestation's indicator chosen for a service, as the {@link IseeAttestation} the Fattore Famiglia, the
 * nursery contribution and the compartecipazione take, with the DSU's protocol and why it was chosen.
 *
 * @param attestazione the ISEE, the scale and (when the ISEE is ISE / scale) the ISE
 * @param protocollo   the DSU's INPS protocol, for the SIUSS flow
 * @param dataDsu      the DSU's date
 * @param indicatore   the indicator used (for {@code ISEEOrd}, the ordinary one)
 * @param explanation  the validity, the indicator, the omissioni accepted, the figures, with their articles
 */
public record AttestazioneUsata(IseeAttestation attestazione, String protocollo, java.time.LocalDate dataDsu, Indicatore indicatore,
        Explanation explanation) {
    @Override
    public String toString() {
        return "AttestazioneUsata[" + indicatore + "]";
    }
}
