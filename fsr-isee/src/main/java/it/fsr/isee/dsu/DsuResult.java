package it.fsr.isee.dsu;

import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import it.fsr.isee.IseeAttestation;
import java.math.BigDecimal;
import java.util.List;

/**
 * An ISEE computed from a DSU, with every line that made it.
 *
 * @param dsuId                the DSU
 * @param variant              the ISEE variant
 * @param purpose              the purpose (parameter set)
 * @param nucleus              the ids of the members counted in the nucleus
 * @param members              each counted member's ISR line
 * @param figurativeIncome     the reddito figurativo added to the ISR
 * @param rentDeduction        the rent deducted
 * @param isr                  ISR, half-up to the cent
 * @param isp                  ISP, half-up to the cent
 * @param ise                  ISE = ISR + 20% ISP, half-up to the cent
 * @param scale                the equivalence scale
 * @param isee                 ISE / scale, half-up to the cent
 * @param componenteAggiuntiva Σ componenti aggiuntive (0 when none)
 * @param assegnoUnicoNeutralised the AUU / scale subtracted for the bonus nido (0 otherwise)
 * @param iseeFinal            the ISEE of the variant and purpose asked
 * @param explanation          each step with its article
 */
public record DsuResult(String dsuId, Variant variant, Purpose purpose, List<String> nucleus, List<MemberLine> members,
        Euro figurativeIncome, Euro rentDeduction, Euro isr, Euro isp, Euro ise, BigDecimal scale, Euro isee,
        Euro componenteAggiuntiva, Euro assegnoUnicoNeutralised, Euro iseeFinal, Explanation explanation) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "DsuResult[" + "nucleus=" + nucleus.size() + ", " + "members=" + members.size() + "]";
    }

    /** Copies the lists. */
    public DsuResult {
        nucleus = List.copyOf(nucleus);
        members = List.copyOf(members);
    }

    /**
     * This result as an attestation, the one input of the Fattore Famiglia, the nursery contribution
     * and the compartecipazione: the final ISEE and the scale, and the ISE when the final ISEE is ISE /
     * scale (no componente aggiuntiva, no neutralisation).
     */
    public IseeAttestation toAttestation() {
        return iseeFinal.equals(isee) ? IseeAttestation.of(iseeFinal, scale, ise) : IseeAttestation.of(iseeFinal, scale);
    }
}
