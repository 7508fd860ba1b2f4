package it.fsr.isee.veneto;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.Parameter;
import it.fsr.core.parameter.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Fattore Famiglia's rows on the work of a couple with minor children (L.R. Veneto 20/2020 art. 3, the table of DGR
 * 1609/2021, weights 0.1 for a working parent and 0.2 for an unemployed one): read for each spouse by default (scelta di
 * fsr, the parameter {@code ff.work.perSpouse}), so one working and one unemployed parent add 0.1 + 0.2; read for the
 * couple when the parameter says no, so only two parents of a kind add their row, twice its weight.
 */
class WorkRowsTest {
    static final LocalDate DATE = LocalDate.of(2021, 11, 19);

    private static BigDecimal scale(WorkStatus a, WorkStatus b, ParameterSet p) {
        Household h = Household.of("H", List.of(Member.declarant(40, a), Member.spouse(38, b), Member.child(5)), false, Housing.NORMAL, DATE);
        return FattoreFamigliaScale.of(h, p).value();
    }

    private static BigDecimal added(WorkStatus a, WorkStatus b, ParameterSet p) {
        return scale(a, b, p).subtract(scale(WorkStatus.NOT_WORKING, WorkStatus.NOT_WORKING, p));
    }

    @Test
    void theWorkRowsAreReadPerSpouseByDefault() {
        ParameterSet p = FattoreFamigliaParameters.defaults();
        assertThat(added(WorkStatus.WORKS, WorkStatus.WORKS, p)).isEqualByComparingTo("0.2");
        assertThat(added(WorkStatus.UNEMPLOYED, WorkStatus.UNEMPLOYED, p)).isEqualByComparingTo("0.4");
        assertThat(added(WorkStatus.WORKS, WorkStatus.UNEMPLOYED, p)).isEqualByComparingTo("0.3");
        assertThat(added(WorkStatus.WORKS, WorkStatus.NOT_WORKING, p)).isEqualByComparingTo("0.1");
        assertThat(added(WorkStatus.NOT_WORKING, WorkStatus.UNEMPLOYED, p)).isEqualByComparingTo("0.2");
    }

    @Test
    void readForTheCoupleOnlyTwoOfAKindCount() {
        ParameterSet p = FattoreFamigliaParameters.defaults().replacing(Parameter.of(FattoreFamigliaParameters.WORK_ROWS_PER_SPOUSE,
                DatedValue.from(Boolean.FALSE, LocalDate.of(2020, 5, 28), "prova")));
        assertThat(added(WorkStatus.WORKS, WorkStatus.WORKS, p)).isEqualByComparingTo("0.2");
        assertThat(added(WorkStatus.UNEMPLOYED, WorkStatus.UNEMPLOYED, p)).isEqualByComparingTo("0.4");
        assertThat(added(WorkStatus.WORKS, WorkStatus.UNEMPLOYED, p)).isEqualByComparingTo("0");
        assertThat(added(WorkStatus.WORKS, WorkStatus.NOT_WORKING, p)).isEqualByComparingTo("0");
    }
}
