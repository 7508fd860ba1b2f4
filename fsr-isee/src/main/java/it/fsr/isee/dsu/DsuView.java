package it.fsr.isee.dsu;

import it.fsr.isee.Disability;
import it.fsr.isee.Relationship;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the ISEE reads of a DSU, field by field, amounts in cents: the one shape {@link IseeRule} works on,
 * whether the DSU is a {@link Dsu} object or a row of {@link DsuColumns}. A value the DSU does not state is
 * a negative number (an amount) or null (a flag), as each method says.
 */
interface DsuView {
    /** Employee income (IRPEF). */
    int EMPLOYEE = 0;
    /** Pensions (IRPEF). */
    int PENSION = 1;
    /** Other IRPEF income, substitute-tax and exempt income. */
    int OTHER = 2;
    /** Public benefits not in IRPEF income, other than disability ones. */
    int BENEFITS = 3;
    /** Maintenance received. */
    int MAINTENANCE_RECEIVED = 4;
    /** Maintenance paid. */
    int MAINTENANCE_PAID = 5;
    /** Disability expenses. */
    int DISABILITY_EXPENSES = 6;
    /** Agricultural income of an IVA-registered farmer. */
    int AGRICULTURAL = 7;
    /** How many amounts a member has. */
    int AMOUNTS = 8;

    /** The DSU's id. */
    String id();

    /** The filing date. */
    LocalDate date();

    /** The members listed. */
    int size();

    /** Member i's id. */
    String memberId(int i);

    /** Member i's relationship to the declarant. */
    Relationship relationship(int i);

    /** Member i's age at the DSU date. */
    int age(int i);

    /** Member i's disability. */
    Disability disability(int i);

    /** Whether member i worked at least six months in the income year. */
    boolean worked(int i);

    /** Whether member i lives in a residential structure or convivenza and is counted here. */
    boolean residential(int i);

    /** Whether member i is the beneficiary of the service (sociosanitario and residenze ISEE). */
    boolean beneficiary(int i);

    /** Member i's case as a non-cohabiting parent, or null. */
    GncCase gncCase(int i);

    /** Member i's amount {@code which} ({@link #EMPLOYEE} … {@link #AGRICULTURAL}), in cents. */
    long amount(int i, int which);

    /** Rent of the home the nucleus lives in. */
    long rent();

    /** The main home's IMU value. */
    long homeValue();

    /** The main home's residual mortgage. */
    long homeMortgage();

    /** Other real estate, net of its mortgages. */
    long otherRealEstate();

    /** Deposits and current accounts at 31/12. */
    long depositsBalance();

    /** Their average yearly balance. */
    long depositsAverage();

    /** Real estate bought and net increases of the other financial assets in the reference year, or −1 when not stated. */
    long assetIncreases();

    /** Other financial assets. */
    long otherFinancial();

    /** Government and postal bonds, postal savings books. */
    long governmentBonds();

    /** The reddito figurativo as printed, or −1 to compute it. */
    long figurativeIncome();

    /** 1 when the home is in a metropolitan capoluogo, 0 when not, −1 when not stated. */
    int capoluogo();

    /** The Assegno unico received, or −1 when not stated. */
    long assegnoUnico();

    /** Donated real estate (residenze). */
    long donations();

    /** The persons outside the nucleus adding a componente aggiuntiva. */
    int outsideCount();

    /** Outside person k's id. */
    String outsideId(int k);

    /** Outside person k's ISE, in cents. */
    long outsideIse(int k);

    /** Outside person k's own scale. */
    BigDecimal outsideScale(int k);

    /** Outside person k's exemption. */
    OutsidePerson.Exemption outsideExemption(int k);
}
