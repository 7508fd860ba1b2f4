package it.fsr.isee.dsu;

import it.fsr.core.money.Euro;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A Dichiarazione Sostitutiva Unica: the nucleus as declared and the household's rent, real estate and
 * financial assets (DPCM 159/2013 artt. 3–5, 10). Immutable.
 *
 * @param id                      the DSU's (household's) id
 * @param date                    the date the DSU is filed: it chooses the dated values (e.g. the bond
 *                                exclusion for DSUs from 3 April 2025)
 * @param members                 the nucleus as declared, in order
 * @param rent                    rent of the home the nucleus lives in (registered contract)
 * @param homeValue               the main home's IMU value at 31/12 (0 if none)
 * @param homeMortgage            the main home's residual purchase or construction mortgage
 * @param otherRealEstate         Σ over the other properties of IMU (or IVIE) value minus their own mortgage, each at least 0
 * @param depositsBalance         Σ balances of deposits and current accounts at 31/12
 * @param depositsAverage         Σ average yearly balances of deposits and current accounts
 * @param otherFinancial          other financial assets (shares, funds, insurance…) at their value
 * @param governmentBonds         government bonds, postal bonds and postal savings books
 * @param figurativeIncome        the reddito figurativo as printed on the DSU, or null to compute it with the dated rate
 * @param capoluogoMetropolitano  whether the home is in a capoluogo of a Città metropolitana (2026 family ISEE), or null
 * @param assegnoUnico            the Assegno unico received in the income year (bonus nido), or null
 * @param donations               real estate donated after the first request for admission or in the 3 previous
 *                                years to persons obliged to maintenance (residenze, art. 6 c. 3 lett. c)
 * @param outside                 persons outside the nucleus adding a componente aggiuntiva
 * @param assetIncreases          real estate bought and net increases of the other financial assets in the reference
 *                                year, or null when not stated: the deposits' exception of art. 5 c. 4 lett. a); required
 *                                (0 if none) when the average balance of deposits exceeds their balance at 31/12, the one
 *                                case in which it decides the ISP
 */
public record Dsu(String id, LocalDate date, List<DsuMember> members, Euro rent, Euro homeValue, Euro homeMortgage,
        Euro otherRealEstate, Euro depositsBalance, Euro depositsAverage, Euro otherFinancial, Euro governmentBonds,
        Euro figurativeIncome, Boolean capoluogoMetropolitano, Euro assegnoUnico, Euro donations, List<OutsidePerson> outside,
        Euro assetIncreases) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "Dsu[" + "members=" + members.size() + ", " + "outside=" + outside.size() + "]";
    }


    /** Copies the lists; checks for nulls where a value is always needed. */
    public Dsu {
        it.fsr.core.validation.Ids.require(id, "dsu.id");
        it.fsr.core.validation.ValidationException.requireNonNull(date, "date");
        it.fsr.core.validation.ValidationException.requireNonNull(members, "members");
        if (members.size() > it.fsr.core.validation.Limits.members()) {
            throw it.fsr.core.validation.ValidationException.of("dsu.members", members.size(),
                    "a DSU has at most " + it.fsr.core.validation.Limits.members() + " members (fsr.limit.members)");
        }
        members = List.copyOf(members);
        it.fsr.core.validation.ValidationException.requireNonNull(rent, "rent");
        it.fsr.core.validation.ValidationException.requireNonNull(homeValue, "homeValue");
        it.fsr.core.validation.ValidationException.requireNonNull(homeMortgage, "homeMortgage");
        it.fsr.core.validation.ValidationException.requireNonNull(otherRealEstate, "otherRealEstate");
        it.fsr.core.validation.ValidationException.requireNonNull(depositsBalance, "depositsBalance");
        it.fsr.core.validation.ValidationException.requireNonNull(depositsAverage, "depositsAverage");
        it.fsr.core.validation.ValidationException.requireNonNull(otherFinancial, "otherFinancial");
        it.fsr.core.validation.ValidationException.requireNonNull(governmentBonds, "governmentBonds");
        it.fsr.core.validation.ValidationException.requireNonNull(donations, "donations");
        outside = List.copyOf(outside);
    }

    /** A DSU with these members, no rent, no real estate and no financial assets; set them with the {@code with…} methods. */
    public static Dsu of(String id, LocalDate date, List<DsuMember> members) {
        return new Dsu(id, date, members, Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO,
                null, null, null, Euro.ZERO, List.of(), null);
    }

    /** With the rent paid. */
    public Dsu withRent(Euro r) {
        return new Dsu(id, date, members, r, homeValue, homeMortgage, otherRealEstate, depositsBalance, depositsAverage,
                otherFinancial, governmentBonds, figurativeIncome, capoluogoMetropolitano, assegnoUnico, donations, outside, assetIncreases);
    }

    /** With the main home and its residual mortgage. */
    public Dsu withHome(Euro value, Euro mortgage) {
        return new Dsu(id, date, members, rent, value, mortgage, otherRealEstate, depositsBalance, depositsAverage,
                otherFinancial, governmentBonds, figurativeIncome, capoluogoMetropolitano, assegnoUnico, donations, outside, assetIncreases);
    }

    /** With the other real estate, net of its mortgages. */
    public Dsu withOtherRealEstate(Euro e) {
        return new Dsu(id, date, members, rent, homeValue, homeMortgage, e, depositsBalance, depositsAverage,
                otherFinancial, governmentBonds, figurativeIncome, capoluogoMetropolitano, assegnoUnico, donations, outside, assetIncreases);
    }

    /** With deposits and current accounts: balances at 31/12 and average balances. */
    public Dsu withDeposits(Euro balance, Euro average) {
        return new Dsu(id, date, members, rent, homeValue, homeMortgage, otherRealEstate, balance, average,
                otherFinancial, governmentBonds, figurativeIncome, capoluogoMetropolitano, assegnoUnico, donations, outside, assetIncreases);
    }

    /** With other financial assets and government/postal bonds. */
    public Dsu withFinancial(Euro other, Euro bonds) {
        return new Dsu(id, date, members, rent, homeValue, homeMortgage, otherRealEstate, depositsBalance, depositsAverage,
                other, bonds, figurativeIncome, capoluogoMetropolitano, assegnoUnico, donations, outside, assetIncreases);
    }

    /** With the reddito figurativo as printed. */
    public Dsu withFigurativeIncome(Euro e) {
        return new Dsu(id, date, members, rent, homeValue, homeMortgage, otherRealEstate, depositsBalance, depositsAverage,
                otherFinancial, governmentBonds, e, capoluogoMetropolitano, assegnoUnico, donations, outside, assetIncreases);
    }

    /** With whether the home is in a capoluogo of a Città metropolitana. */
    public Dsu withCapoluogoMetropolitano(Boolean c) {
        return new Dsu(id, date, members, rent, homeValue, homeMortgage, otherRealEstate, depositsBalance, depositsAverage,
                otherFinancial, governmentBonds, figurativeIncome, c, assegnoUnico, donations, outside, assetIncreases);
    }

    /** With the Assegno unico received. */
    public Dsu withAssegnoUnico(Euro e) {
        return new Dsu(id, date, members, rent, homeValue, homeMortgage, otherRealEstate, depositsBalance, depositsAverage,
                otherFinancial, governmentBonds, figurativeIncome, capoluogoMetropolitano, e, donations, outside, assetIncreases);
    }

    /** With donated real estate. */
    public Dsu withDonations(Euro e) {
        return new Dsu(id, date, members, rent, homeValue, homeMortgage, otherRealEstate, depositsBalance, depositsAverage,
                otherFinancial, governmentBonds, figurativeIncome, capoluogoMetropolitano, assegnoUnico, e, outside, assetIncreases);
    }

    /** With the persons outside the nucleus. */
    public Dsu withOutside(List<OutsidePerson> o) {
        return new Dsu(id, date, members, rent, homeValue, homeMortgage, otherRealEstate, depositsBalance, depositsAverage,
                otherFinancial, governmentBonds, figurativeIncome, capoluogoMetropolitano, assegnoUnico, donations, o, assetIncreases);
    }

    /**
     * With the real estate bought and the net increases of the other financial assets in the reference year (DPCM 159/2013
     * art. 5 c. 4 lett. a): when they exceed the average balance of deposits and current accounts less their balance at
     * 31/12, the balance counts although lower than the average (the money that left the accounts is counted once, in
     * what it bought).
     */
    public Dsu withAssetIncreases(Euro e) {
        return new Dsu(id, date, members, rent, homeValue, homeMortgage, otherRealEstate, depositsBalance, depositsAverage,
                otherFinancial, governmentBonds, figurativeIncome, capoluogoMetropolitano, assegnoUnico, donations, outside, e);
    }
}
