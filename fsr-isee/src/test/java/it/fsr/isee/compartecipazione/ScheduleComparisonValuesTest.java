package it.fsr.isee.compartecipazione;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.isee.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The what-if of two schedules: who pays more, who less, the Comune's difference; texts that name counts only. */
class ScheduleComparisonValuesTest {
    @Test
    void theComunesDifferenceIsTheProposalsTotalLessTheBaselines() {
        Schedule a = Schedule.builder("A").kind(Schedule.Kind.SOCIALE).unit(Schedule.Unit.MESE).cost(Euro.parse("300.00")).isee(Variant.ORDINARIO)
                .band(new Band.Fixed(Euro.ZERO, Euro.parse("10000.00"), Euro.parse("50.00")))
                .band(new Band.Fixed(Euro.parse("10000.00"), null, Euro.parse("150.00"))).build();
        Schedule b = Schedule.builder("B").kind(Schedule.Kind.SOCIALE).unit(Schedule.Unit.MESE).cost(Euro.parse("300.00")).isee(Variant.ORDINARIO)
                .band(new Band.Fixed(Euro.ZERO, Euro.parse("10000.00"), Euro.parse("80.00")))
                .band(new Band.Fixed(Euro.parse("10000.00"), null, Euro.parse("120.00"))).build();
        List<User> users = List.of(User.of("u1", Euro.parse("5000.00")), User.of("u2", Euro.parse("15000.00")), User.of("u3", Euro.parse("16000.00")));
        ScheduleComparison c = ScheduleComparison.of(a, b, users);
        assertThat(c.payMore()).isEqualTo(1);
        assertThat(c.payLess()).isEqualTo(2);
        // the users pay 30 more and 2 × 30 less: the Comune pays 30 more
        assertThat(c.comuneDifference()).isEqualTo(Euro.parse("30.00"));
        assertThat(c.toString()).isEqualTo("ScheduleComparison[lines=3]");
        assertThat(c.lines()).allSatisfy(l -> assertThat(l.toString()).isEqualTo("Line[…]"));
    }
}
