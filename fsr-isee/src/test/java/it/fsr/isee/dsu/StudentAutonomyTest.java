package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** DPCM 159/2013 art. 8 c. 2: both conditions, or the student stays in the parents' nucleus. */
class StudentAutonomyTest {
    static final LocalDate D = LocalDate.of(2025, 9, 1);

    @Test
    void bothConditionsMakeTheStudentANucleusOfTheirOwn() {
        StudentAutonomy a = StudentAutonomy.assess(2, false, List.of(Euro.ofEuros(6500), Euro.ofEuros(7000)), D, DsuParameters.defaults());
        assertThat(a.autonomous()).isTrue();
        assertThat(a.explanation().toText(Locale.ITALIAN)).contains("nucleo a sé").contains("art. 8 c. 2");
    }

    @Test
    void eitherMissingKeepsTheStudentWithTheParents() {
        assertThat(StudentAutonomy.assess(2, false, List.of(Euro.parse("6499.99"), Euro.ofEuros(9000)), D, DsuParameters.defaults()).autonomous()).isFalse();
        assertThat(StudentAutonomy.assess(1, false, List.of(Euro.ofEuros(9000), Euro.ofEuros(9000)), D, DsuParameters.defaults()).autonomous()).isFalse();
        assertThat(StudentAutonomy.assess(3, true, List.of(Euro.ofEuros(9000), Euro.ofEuros(9000)), D, DsuParameters.defaults()).autonomous()).isFalse();
    }

    /**
     * The adeguata capacità di reddito is income from work declared "da almeno due anni" at the threshold (DPCM 9 aprile 2001
     * art. 5 as the diritto allo studio agencies apply it: http://archivioadisu.it/federico2/federico%202/www.adisufederico2.it/web/node/4300.html,
     * http://www.laziodisco.it/domande-frequenti/dirstudio/studenti-con-residenza-autonoma/): one good year is not enough,
     * and a bando with its own threshold (Lazio: 9,000) lays it over.
     */
    @Test
    void theOwnIncomeMustReachTheThresholdInEachOfTheLastTwoYears() {
        var p = DsuParameters.defaults();
        // before this reading a single year of 14,400 made the student autonomous; now the year before must reach 6,500 too
        assertThat(StudentAutonomy.assess(3, false, List.of(Euro.ofEuros(14400)), D, p).autonomous()).isFalse();
        assertThat(StudentAutonomy.assess(3, false, List.of(Euro.ofEuros(14400), Euro.ofEuros(3000)), D, p).autonomous()).isFalse();
        assertThat(StudentAutonomy.assess(3, false, List.of(Euro.ofEuros(14400), Euro.ofEuros(6500)), D, p).autonomous()).isTrue();
        var lazio = p.withOverlay("bando.csv", new java.io.StringReader("name,value,valid_from,valid_until,source,address\n"
                + "isee.university.ownIncome,9000.00,2025-01-01,,Bando DiSCo Lazio,http://www.laziodisco.it/domande-frequenti/dirstudio/studenti-con-residenza-autonoma/\n"));
        assertThat(StudentAutonomy.assess(3, false, List.of(Euro.ofEuros(14400), Euro.ofEuros(6500)), D, lazio).autonomous()).isFalse();
        assertThat(StudentAutonomy.assess(3, false, List.of(Euro.ofEuros(14400), Euro.ofEuros(6500)), D, p).explanation().toText(Locale.ITALIAN))
                .contains("in ciascuno degli ultimi 2 anni").contains("da almeno due anni");
    }
}
