package it.fsr.isee.testing;

import it.fsr.core.money.Euro;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.WorkStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The national ISEE of a Fattore Famiglia household, for tests that need a consistent attestation: the
 * household's members as a DSU with no income, through the one national scale rule of
 * {@link DsuCalculator} (a member who "works" is read as having worked six months).
 */
public final class NationalOf {
    private NationalOf() {
    }

    /** The national scale of the household's nucleus. */
    public static BigDecimal scale(Household h) {
        List<DsuMember> members = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            Member m = h.members().get(i);
            members.add(DsuMember.of(h.memberId(i), m.relationship(), m.ageOn(h.date()), m.disability(), m.work() == WorkStatus.WORKS));
        }
        return DsuCalculator.compute(Dsu.of(h.id(), h.date(), members), Variant.ORDINARIO, Purpose.ORDINARIO).scale();
    }

    /** An attestation of the household with this ISE: ISEE = ISE / national scale. */
    public static IseeAttestation attestation(Household h, Euro ise) {
        BigDecimal scale = scale(h);
        return IseeAttestation.of(IseeAttestation.iseeOf(ise, scale), scale, ise);
    }
}
