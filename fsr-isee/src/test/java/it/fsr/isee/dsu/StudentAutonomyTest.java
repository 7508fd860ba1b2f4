package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** DPCM 159/2013 art. 8 c. 2: both conditions, or the student stays in the parents' nucleus. */
class StudentAutonomyTest {
    static final LocalDate D = LocalDate.of(2025, 9, 1);

    @Test
    void bothConditionsMakeTheStudentANucleusOfTheirOwn() {
        StudentAutonomy a = StudentAutonomy.assess(2, false, Euro.ofEuros(6500), D, DsuParameters.defaults());
        assertThat(a.autonomous()).isTrue();
        assertThat(a.explanation().toText(Locale.ITALIAN)).contains("nucleo a sé").contains("art. 8 c. 2");
    }

    @Test
    void eitherMissingKeepsTheStudentWithTheParents() {
        assertThat(StudentAutonomy.assess(2, false, Euro.parse("6499.99"), D, DsuParameters.defaults()).autonomous()).isFalse();
        assertThat(StudentAutonomy.assess(1, false, Euro.ofEuros(9000), D, DsuParameters.defaults()).autonomous()).isFalse();
        assertThat(StudentAutonomy.assess(3, true, Euro.ofEuros(9000), D, DsuParameters.defaults()).autonomous()).isFalse();
    }
}
