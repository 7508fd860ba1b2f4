package it.fsr.isee.dsu;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violations;
import java.time.LocalDate;

/**
 * Whether a university student makes a nucleus of their own for the università ISEE (DPCM 159/2013 art.
 * 8 c. 2): only when <b>both</b> hold — (a) they have lived outside the family home for at least two
 * years before the first enrolment, in a home not owned by a member of their family of origin, and (b)
 * they have their own income from work of at least the adeguata capacità di reddito ({@code isee.university.ownIncome}, a
 * dated parameter). Otherwise the student's DSU is their parents' (with the componente aggiuntiva of a
 * non-cohabiting parent, as in {@link it.fsr.isee.Variant#UNIVERSITA}).
 *
 * @param autonomous  whether the student is a nucleus of their own
 * @param explanation the two conditions, each with its value
 */
public record StudentAutonomy(boolean autonomous, Explanation explanation) {

    /**
     * Assesses the two conditions.
     *
     * @param yearsOutOfFamilyHome     full years lived outside the family home before the first enrolment
     * @param homeOwnedByFamily        whether that home is owned by a member of the family of origin
     * @param ownIncome                the student's own income from work
     * @param date                     the DSU date (chooses the threshold in force)
     * @param parameters               the parameters
     * @throws it.fsr.core.validation.ValidationException on a negative number of years or income
     */
    public static StudentAutonomy assess(int yearsOutOfFamilyHome, boolean homeOwnedByFamily, Euro ownIncome, LocalDate date,
            ParameterSet parameters) {
        Violations v = new Violations();
        v.check(yearsOutOfFamilyHome >= 0, "years_out_of_family_home", yearsOutOfFamilyHome, "must not be negative");
        v.check(!ownIncome.isNegative(), "own_income", ownIncome, "must not be negative");
        v.throwIfAny();
        boolean away = yearsOutOfFamilyHome >= 2 && !homeOwnedByFamily;
        DatedValue<Euro> threshold = parameters.parameter(DsuParameters.UNIVERSITY_OWN_INCOME).on(date);
        boolean income = !ownIncome.isLessThan(threshold.value());
        return new StudentAutonomy(away && income, Explanation.of(
                DsuMessages.step(away ? "university.away.yes" : "university.away.no", yearsOutOfFamilyHome,
                        homeOwnedByFamily ? "casa di proprietà della famiglia" : "casa non di proprietà della famiglia",
                        "DPCM 159/2013 art. 8 c. 2 lett. a)"),
                DsuMessages.step(income ? "university.income.yes" : "university.income.no", ownIncome, "≥ " + threshold.value(),
                        threshold.source(), threshold.value()),
                DsuMessages.step(away && income ? "university.autonomous" : "university.withParents", away && income, "",
                        "DPCM 159/2013 art. 8 c. 2")));
    }
}
