package it.fsr.isee.veneto;

import it.fsr.isee.Disability;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Relationship;
import it.fsr.isee.dsu.IseeParameters;
import it.fsr.isee.dsu.ScaleRange;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import it.fsr.isee.ScaleResult;
import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-melius rescaling of the national ISEE by the Fattore Famiglia (L.R. Veneto 20/2020 art. 3;
 * DGR Veneto 1609/2021).
 *
 * <p>Rule (reading adopted): <b>rescaled ISEE = ISE / FF scale = ISEE × national scale / FF scale</b>,
 * computed exactly and rounded once, half-up to the cent (from the printed ISE when the attestation has
 * it, else from ISEE × national scale with no rounded ISE in between), then <b>min(national ISEE,
 * rescaled)</b>. The Fattore Famiglia "may only act in melius" (L.R. Veneto 20/2020 art. 3 and the
 * Consiglio di Stato case law on the ISEE); no act states the min() in words, so the cap is an option, on
 * by default, and the result says when it bit. Stateless and thread-safe.
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

    /** Whether the in-melius cap replaces {@code uncapped} by the national ISEE: with the cap on, when above it. */
    static boolean bites(Cap cap, long uncappedCents, long nationalIseeCents) {
        return cap == Cap.IN_MELIUS && uncappedCents > nationalIseeCents;
    }

    /**
     * Refuses an attestation whose national scale cannot be the household's: outside the range the
     * household's members, children and disabilities allow ({@link ScaleRange}, DPCM 159/2013 all. 1 with
     * one member of tolerance; the national table in force at the household's date). The one check of the
     * single path ({@link #rescale}) and of the batch ({@link HouseholdColumns#add}, the household files).
     *
     * @throws ValidationException {@code FSR-ATTESTATION-SCALE} on the field {@code scale}
     */
    public static void checkScale(Household household, IseeAttestation attestation) {
        ValidationException.requireNonNull(attestation, "attestation");
        ScaleRange range = scaleRange(household);
        if (!range.admits(attestation.scale())) {
            Violations v = new Violations();
            v.addCoded("FSR-ATTESTATION-SCALE", "scale", attestation.scale(), household.size(), range.lowest().toPlainString(),
                    range.highest().toPlainString());
            v.throwIfAny();
        }
    }

    /**
     * The national scales the household's facts allow ({@link ScaleRange}): its members, its children (of the
     * declarant or the spouse, or minors), whether one is a minor, and its members with a disability, with the
     * national table in force at the household's date.
     */
    public static ScaleRange scaleRange(Household household) {
        ValidationException.requireNonNull(household, "household");
        HouseholdView h = HouseholdView.of(household);
        int children = 0;
        int disabled = 0;
        boolean minor = false;
        for (int i = 0; i < h.size(); i++) {
            Relationship r = h.relationship(i);
            boolean under18 = h.age(i) < 18;
            if (r == Relationship.CHILD || (under18 && r != Relationship.DECLARANT && r != Relationship.SPOUSE)) {
                children++;
                minor |= under18;
            }
            if (h.disability(i) != Disability.NONE) {
                disabled++;
            }
        }
        return ScaleRange.of(IseeParameters.defaults(), household.date(), h.size(), children, minor, disabled);
    }

    /** Rescales with the default table, capped in melius. */
    public static RescaledIsee rescale(Household household, IseeAttestation attestation) {
        return rescale(household, attestation, FattoreFamigliaParameters.defaults(), Cap.IN_MELIUS);
    }

    /** Rescales with the given table and cap option. */
    public static RescaledIsee rescale(Household household, IseeAttestation attestation, ParameterSet parameters, Cap cap) {
        checkScale(household, attestation);
        ScaleResult ff = FattoreFamigliaScale.of(household, parameters);
        Euro uncapped = attestation.rescaledBy(ff.value());
        boolean bites = bites(cap, uncapped.cents(), attestation.isee().cents());
        Euro rescaled = bites ? attestation.isee() : uncapped;
        List<Step> steps = new ArrayList<>();
        steps.add(Messages.step("ff.scale", ff.value(), "", "L.R. Veneto 20/2020 art. 3").withChildren(ff.explanation().steps()));
        if (attestation.ise().isPresent()) {
            steps.add(Messages.step("ff.uncapped", uncapped, attestation.ise().get() + " / " + ff.value().toPlainString(),
                    "L.R. Veneto 20/2020 art. 3; DPCM 159/2013 art. 2 (ISE)", attestation.ise().get()));
        } else {
            steps.add(Messages.step("ff.uncappedFromIsee", uncapped, attestation.isee() + " × " + attestation.scale().toPlainString() + " / " + ff.value().toPlainString(),
                    "L.R. Veneto 20/2020 art. 3; scelta di fsr: un solo arrotondamento al centesimo"));
        }
        if (cap == Cap.IN_MELIUS) {
            steps.add(Messages.step(bites ? "ff.capBites" : "ff.capNotNeeded", rescaled, "",
                    "L.R. Veneto 20/2020 art. 3 (in melius); Cons. Stato 838, 841, 842/2016", attestation.isee()));
        }
        return new RescaledIsee(household.id(), attestation.isee(), attestation.ise(), attestation.scale(), ff.value(), uncapped, rescaled, bites, Explanation.of(steps));
    }
}
