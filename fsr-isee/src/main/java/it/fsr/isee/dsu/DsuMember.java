package it.fsr.isee.dsu;

import it.fsr.isee.Relationship;
import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import java.util.Objects;

/**
 * One member of the nucleus as the DSU lists it, with their own incomes and deductions (DPCM 159/2013
 * art. 4). There is no field for disability benefits: they never count (D.L. 42/2016 art. 2-sexies;
 * Consiglio di Stato 838, 841, 842/2016).
 *
 * @param id                  the member's id, unique in the DSU
 * @param relationship        relationship to the declarant
 * @param age                 age at the DSU date
 * @param disability          disability class (DPCM 159/2013 all. 3)
 * @param worked6Months       worked or ran a business at least six months in the income year (maggiorazione b)
 * @param residential         lives in a residential structure or convivenza anagrafica and is counted in this nucleus
 * @param beneficiary         the person who receives the service, around whom the sociosanitario and residenze
 *                            ISEE build the nucleo ristretto (DPCM 159/2013 art. 6 c. 2); required there, ignored elsewhere
 * @param gncCase             for a non-cohabiting parent, how they enter the nucleus; null for any other member
 * @param dependent           for an adult child in a nucleo ristretto: fiscally dependent, unmarried and without
 *                            children; null when not stated
 * @param employeeIncome      employee income and assimilated (IRPEF)
 * @param pensionIncome       pensions (IRPEF)
 * @param otherIncome         other IRPEF income, income under substitute tax, exempt income
 * @param publicBenefits      public benefits not in IRPEF income, other than those received because of a disability
 * @param maintenanceReceived maintenance received
 * @param maintenancePaid     maintenance paid to the (ex-)spouse and for children
 * @param disabilityExpenses  health and assistance expenses for a member with disability, deductible in the tax return
 * @param agriculturalIncome  agricultural income of an IVA-registered farmer (art. 2135 c.c.), included in otherIncome
 */
public record DsuMember(String id, Relationship relationship, int age, Disability disability, boolean worked6Months,
        boolean residential, boolean beneficiary, GncCase gncCase, Boolean dependent, Euro employeeIncome, Euro pensionIncome, Euro otherIncome,
        Euro publicBenefits, Euro maintenanceReceived, Euro maintenancePaid, Euro disabilityExpenses, Euro agriculturalIncome) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "DsuMember[…]";
    }


    /** Checks for nulls; values are checked by {@link DsuCalculator} so that every problem is told at once. */
    public DsuMember {
        it.fsr.core.validation.Ids.require(id, "member.id");
        it.fsr.core.validation.ValidationException.requireNonNull(relationship, "relationship");
        it.fsr.core.validation.ValidationException.requireNonNull(disability, "disability");
        it.fsr.core.validation.ValidationException.requireNonNull(employeeIncome, "employeeIncome");
        it.fsr.core.validation.ValidationException.requireNonNull(pensionIncome, "pensionIncome");
        it.fsr.core.validation.ValidationException.requireNonNull(otherIncome, "otherIncome");
        it.fsr.core.validation.ValidationException.requireNonNull(publicBenefits, "publicBenefits");
        it.fsr.core.validation.ValidationException.requireNonNull(maintenanceReceived, "maintenanceReceived");
        it.fsr.core.validation.ValidationException.requireNonNull(maintenancePaid, "maintenancePaid");
        it.fsr.core.validation.ValidationException.requireNonNull(disabilityExpenses, "disabilityExpenses");
        it.fsr.core.validation.ValidationException.requireNonNull(agriculturalIncome, "agriculturalIncome");
    }

    /**
     * A member with no income: the facts that decide the scale are required here, the amounts start at
     * zero and are set with the {@code with…} methods.
     */
    public static DsuMember of(String id, Relationship relationship, int age, Disability disability, boolean worked6Months) {
        return new DsuMember(id, relationship, age, disability, worked6Months, false, false, null, null, Euro.ZERO, Euro.ZERO, Euro.ZERO,
                Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO);
    }

    /** With employee income. */
    public DsuMember withEmployeeIncome(Euro e) {
        return new DsuMember(id, relationship, age, disability, worked6Months, residential, beneficiary, gncCase, dependent, e, pensionIncome,
                otherIncome, publicBenefits, maintenanceReceived, maintenancePaid, disabilityExpenses, agriculturalIncome);
    }

    /** With pension income. */
    public DsuMember withPensionIncome(Euro e) {
        return new DsuMember(id, relationship, age, disability, worked6Months, residential, beneficiary, gncCase, dependent, employeeIncome, e,
                otherIncome, publicBenefits, maintenanceReceived, maintenancePaid, disabilityExpenses, agriculturalIncome);
    }

    /** With other income. */
    public DsuMember withOtherIncome(Euro e) {
        return new DsuMember(id, relationship, age, disability, worked6Months, residential, beneficiary, gncCase, dependent, employeeIncome,
                pensionIncome, e, publicBenefits, maintenanceReceived, maintenancePaid, disabilityExpenses, agriculturalIncome);
    }

    /** With public benefits (never disability ones). */
    public DsuMember withPublicBenefits(Euro e) {
        return new DsuMember(id, relationship, age, disability, worked6Months, residential, beneficiary, gncCase, dependent, employeeIncome,
                pensionIncome, otherIncome, e, maintenanceReceived, maintenancePaid, disabilityExpenses, agriculturalIncome);
    }

    /** With maintenance received and paid. */
    public DsuMember withMaintenance(Euro received, Euro paid) {
        return new DsuMember(id, relationship, age, disability, worked6Months, residential, beneficiary, gncCase, dependent, employeeIncome,
                pensionIncome, otherIncome, publicBenefits, received, paid, disabilityExpenses, agriculturalIncome);
    }

    /** With disability expenses. */
    public DsuMember withDisabilityExpenses(Euro e) {
        return new DsuMember(id, relationship, age, disability, worked6Months, residential, beneficiary, gncCase, dependent, employeeIncome,
                pensionIncome, otherIncome, publicBenefits, maintenanceReceived, maintenancePaid, e, agriculturalIncome);
    }

    /** With agricultural income (part of other income). */
    public DsuMember withAgriculturalIncome(Euro e) {
        return new DsuMember(id, relationship, age, disability, worked6Months, residential, beneficiary, gncCase, dependent, employeeIncome,
                pensionIncome, otherIncome, publicBenefits, maintenanceReceived, maintenancePaid, disabilityExpenses, e);
    }

    /** With the residential flag. */
    public DsuMember withResidential(boolean r) {
        return new DsuMember(id, relationship, age, disability, worked6Months, r, beneficiary, gncCase, dependent, employeeIncome,
                pensionIncome, otherIncome, publicBenefits, maintenanceReceived, maintenancePaid, disabilityExpenses, agriculturalIncome);
    }

    /** As the beneficiary of the service (sociosanitario and residenze ISEE, DPCM 159/2013 art. 6 c. 2), or not. */
    public DsuMember withBeneficiary(boolean b) {
        return new DsuMember(id, relationship, age, disability, worked6Months, residential, b, gncCase, dependent, employeeIncome,
                pensionIncome, otherIncome, publicBenefits, maintenanceReceived, maintenancePaid, disabilityExpenses, agriculturalIncome);
    }

    /** With the non-cohabiting parent's case. */
    public DsuMember withGncCase(GncCase c) {
        return new DsuMember(id, relationship, age, disability, worked6Months, residential, beneficiary, c, dependent, employeeIncome,
                pensionIncome, otherIncome, publicBenefits, maintenanceReceived, maintenancePaid, disabilityExpenses, agriculturalIncome);
    }

    /** With the adult child's dependency for the nucleo ristretto. */
    public DsuMember withDependent(Boolean d) {
        return new DsuMember(id, relationship, age, disability, worked6Months, residential, beneficiary, gncCase, d, employeeIncome,
                pensionIncome, otherIncome, publicBenefits, maintenanceReceived, maintenancePaid, disabilityExpenses, agriculturalIncome);
    }
}
