package it.fsr.isee;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-melius rescaling of the national ISEE by the Fattore Famiglia (L.R. Veneto 20/2020 art. 3;
 * DGR Veneto 1609/2021).
 *
 * <p>Rule (fsr spec isee.md §2, reading adopted): <b>rescaled ISEE = ISE / FF scale</b>, rounded half-up
 * to the cent, then <b>min(national ISEE, rescaled)</b>. The Fattore Famiglia "may only act in melius"
 * (seed 004 and the Consiglio di Stato case law it cites); no act states the min() in words, so the cap
 * is an option, on by default, and the result says when it bit. The ISE is the attestation's, or
 * ISEE × national scale when the attestation lacks it. Stateless and thread-safe.
 */
public final class FattoreFamiglia {
    /** Whether to cap the rescaled ISEE at the national ISEE (in melius). */
    public enum Cap {
        /** min(national ISEE, rescaled): the default. */
        IN_MELIUS,
        /** The rescaled figure as it is, even above the national ISEE. */
        NONE
    }

    private FattoreFamiglia() {
    }

    /** Rescales with the default table, capped in melius. */
    public static RescaledIsee rescale(Household h, IseeAttestation a) {
        return rescale(h, a, FattoreFamigliaParameters.defaults(), Cap.IN_MELIUS);
    }

    /** Rescales with the given table and cap option. */
    public static RescaledIsee rescale(Household h, IseeAttestation a, ParameterSet p, Cap cap) {
        ScaleResult ff = FattoreFamigliaScale.of(h, p);
        Euro ise = a.iseOrReconstructed();
        Euro uncapped = IseeCalculator.isee(ise, ff.value());
        boolean bites = cap == Cap.IN_MELIUS && uncapped.isGreaterThan(a.isee());
        Euro rescaled = bites ? a.isee() : uncapped;
        List<Step> steps = new ArrayList<>();
        steps.add(Messages.step(a.ise().isPresent() ? "ff.ise" : "ff.iseReconstructed", ise,
                a.ise().isPresent() ? "" : a.isee() + " × " + a.scale().toPlainString(), "DPCM 159/2013 art. 2", a.scale()));
        steps.add(Messages.step("ff.scale", ff.value(), "", "L.R. Veneto 20/2020 art. 3").withChildren(ff.explanation().steps()));
        steps.add(Messages.step("ff.uncapped", uncapped, ise + " / " + ff.value().toPlainString(), "fsr spec isee.md §2"));
        if (cap == Cap.IN_MELIUS) {
            steps.add(Messages.step(bites ? "ff.capBites" : "ff.capNotNeeded", rescaled, "min(" + a.isee() + ", " + uncapped + ")",
                    "L.R. Veneto 20/2020 art. 3 (in melius); Cons. Stato 838, 841, 842/2016", a.isee()));
        }
        return new RescaledIsee(h.id(), a.isee(), ise, a.scale(), ff.value(), uncapped, rescaled, bites, Explanation.of(steps));
    }
}
