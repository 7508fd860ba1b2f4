package it.fsr.isee.dsu;

import it.fsr.isee.Relationship;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Disability;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A DSU's result priced by a Comune's schedule: the variant must be the schedule's, the purpose the ordinary one. */
class DsuToServicesTest {
    static final Schedule SAD = ScheduleInput.read("sad.properties", String.join("\n", "name=SAD", "unit=ora", "cost=20",
            "isee=sociosanitario", "exempt_up_to=6000", "segment.1=6000|30000|0|20", "full_cost_above=30000")).schedule();

    static Dsu beneficiary() {
        return Dsu.of("b", LocalDate.of(2025, 6, 1), List.of(DsuMember.of("b", Relationship.DECLARANT, 80, Disability.SEVERE, false)
                .withPensionIncome(Euro.ofEuros(19000)).withBeneficiary(true)));
    }

    @Test
    void theSociosanitarioIseeOfTheDsuIsPricedByTheSchedule() {
        DsuResult r = DsuCalculator.compute(beneficiary(), Variant.SOCIOSANITARIO, Purpose.ORDINARIO);
        // ISR 18,000; scale 1.5; ISEE 12,000 → (12,000 − 6,000) / 24,000 × 20 = 5.00 per hour
        assertThat(r.iseeFinal()).isEqualTo(Euro.ofEuros(12000));
        Charge c = SAD.charge("b", r, BigDecimal.TEN);
        assertThat(c.fee()).isEqualTo(Euro.parse("5.00"));
    }

    @Test
    void anotherVariantOrPurposeIsRefused() {
        DsuResult ordinario = DsuCalculator.compute(beneficiary(), Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThatThrownBy(() -> SAD.charge("b", ordinario, BigDecimal.ONE)).isInstanceOfSatisfying(ValidationException.class,
                ex -> assertThat(ex.violations()).extracting(Violation::code).containsExactly("FSR-CP-WRONG-VARIANT"));
    }
}
