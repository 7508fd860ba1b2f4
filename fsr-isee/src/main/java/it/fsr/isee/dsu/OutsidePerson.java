package it.fsr.isee.dsu;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A person outside the nucleus whose economic situation adds a componente aggiuntiva (DPCM 159/2013
 * all. 2): a child of the beneficiary not in the nucleus (residenze, art. 6 c. 3), or a non-cohabiting
 * parent married to someone else or with children with someone else (minorenni and università, art. 7
 * c. 1 lett. a–b), whose id is then the parent's member id.
 *
 * @param id        the child's id, or the non-cohabiting parent's member id
 * @param ise       the ISE of the person alone: only their own income and assets
 * @param scale     the scale of the person's own nucleus, at least 1
 * @param exemption why no componente is due, or {@link Exemption#NONE}
 */
public record OutsidePerson(String id, Euro ise, BigDecimal scale, Exemption exemption) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "OutsidePerson[…]";
    }

    /** Why a child adds no componente aggiuntiva (all. 2 c. 1). */
    public enum Exemption {
        /** No exemption: the componente is computed. */
        NONE("none"),
        /** The child or a member of the child's nucleus has disability media, grave or non autosufficienza. */
        DISABILITY("disability"),
        /** Estrangement from the family ascertained by the authorities. */
        ESTRANGEMENT("estrangement");

        private final String code;

        Exemption(String code) {
            this.code = code;
        }

        /** The code written in a file. */
        public String code() {
            return code;
        }
    }

    /** Checks for nulls. */
    public OutsidePerson {
        it.fsr.core.validation.Ids.require(id, "child.id");
        it.fsr.core.validation.ValidationException.requireNonNull(ise, "ise");
        it.fsr.core.validation.ValidationException.requireNonNull(scale, "scale");
        if (!it.fsr.core.money.Decimals.fits(scale, 3, 6)) {
            throw it.fsr.core.validation.ValidationException.of("child.scale", it.fsr.core.money.Decimals.echo(scale),
                    "is not a scale of equivalence (at most 3 digits and 6 decimals)");
        }
        it.fsr.core.validation.ValidationException.requireNonNull(exemption, "exemption");
    }
}
