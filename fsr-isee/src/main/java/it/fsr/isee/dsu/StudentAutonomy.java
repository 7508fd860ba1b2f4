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
 * years ({@code isee.university.yearsAway}) before the first enrolment, in a home not owned by a member of their family of
 * origin, and (b) they have had their own income from work of at least the adeguata capacità di reddito
 * ({@code isee.university.ownIncome}) in each of the last two years ({@code isee.university.incomeYears}): dated parameters. Otherwise the student's DSU is their parents' (with the componente aggiuntiva of a
 * non-cohabiting parent, as in {@link it.fsr.isee.Variant#UNIVERSITA}).
 *
 * @param autonomous  whether the student is a nucleus of their own
 * @param explanation the two conditions, each with its value
 */
public record StudentAutonomy(boolean autonomous, Explanation explanation) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "StudentAutonomy[…]";
    }


    /**
     * Assesses the two conditions.
     *
     * @param yearsOutOfFamilyHome     full years lived outside the family home before the first enrolment
     * @param homeOwnedByFamily        whether that home is owned by a member of the family of origin
     * @param ownIncomeByYear          the student's own income from work declared for each year before the DSU, the most
     *                                 recent first: each of the last {@code isee.university.incomeYears} (two) must reach the
     *                                 threshold ("da almeno due anni", as the diritto allo studio agencies read DPCM 9 aprile
     *                                 2001 art. 5); a year not declared is a year without income
     * @param date                     the DSU date (chooses the thresholds in force)
     * @param parameters               the parameters (a university whose bando sets another threshold lays it over)
     * @throws it.fsr.core.validation.ValidationException on a negative number of years or income
     */
    public static StudentAutonomy assess(int yearsOutOfFamilyHome, boolean homeOwnedByFamily, java.util.List<Euro> ownIncomeByYear,
            LocalDate date, ParameterSet parameters) {
        Violations v = new Violations();
        v.check(yearsOutOfFamilyHome >= 0, "years_out_of_family_home", yearsOutOfFamilyHome, "must not be negative");
        for (int i = 0; i < ownIncomeByYear.size(); i++) {
            v.check(!ownIncomeByYear.get(i).isNegative(), "own_income[" + i + "]", ownIncomeByYear.get(i), "must not be negative");
        }
        v.throwIfAny();
        DatedValue<Integer> yearsAway = parameters.parameter(DsuParameters.UNIVERSITY_YEARS_AWAY).on(date);
        DatedValue<Integer> incomeYears = parameters.parameter(DsuParameters.UNIVERSITY_INCOME_YEARS).on(date);
        boolean away = yearsOutOfFamilyHome >= yearsAway.value() && !homeOwnedByFamily;
        DatedValue<Euro> threshold = parameters.parameter(DsuParameters.UNIVERSITY_OWN_INCOME).on(date);
        int years = incomeYears.value();
        boolean income = ownIncomeByYear.size() >= years;
        for (int i = 0; i < Math.min(years, ownIncomeByYear.size()); i++) {
            income &= !ownIncomeByYear.get(i).isLessThan(threshold.value());
        }
        String declared = ownIncomeByYear.stream().limit(Math.max(years, 1)).map(Euro::toString).collect(java.util.stream.Collectors.joining(" · "));
        return new StudentAutonomy(away && income, Explanation.of(
                DsuMessages.step(away ? "university.away.yes" : "university.away.no", yearsOutOfFamilyHome,
                        (homeOwnedByFamily ? "casa di proprietà della famiglia" : "casa non di proprietà della famiglia") + "; ≥ " + yearsAway.value(),
                        "DPCM 159/2013 art. 8 c. 2 lett. a)", yearsAway.value()),
                DsuMessages.step(income ? "university.income.yes" : "university.income.no", declared, "≥ " + threshold.value() + " × " + years,
                        threshold.source() + "; " + incomeYears.source(), threshold.value(), years),
                DsuMessages.step(away && income ? "university.autonomous" : "university.withParents", away && income, "",
                        "DPCM 159/2013 art. 8 c. 2")));
    }
}
