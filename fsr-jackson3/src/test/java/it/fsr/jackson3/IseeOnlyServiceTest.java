package it.fsr.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleInput;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.json.Schemas;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service that prices with fsr-isee only: run by the build a second time with fsr-riparto, fsr-lep and fsr-piano off the
 * class path ({@code fsr.isee.only}), it reads and writes fsr-isee's documents and needs no other module of fsr (the
 * vendor's review: fsr-jackson dragged in fsr-lep for a service that prices nursery fees).
 */
class IseeOnlyServiceTest {
    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Test
    void fsrIseesDocumentsWithoutTheOtherModules() {
        if (Boolean.getBoolean("fsr.isee.only")) {
            for (String absent : List.of("it.fsr.riparto.ServiceUnit", "it.fsr.lep.LepParameters", "it.fsr.piano.fundmap.FundMap")) {
                assertThatThrownBy(() -> Class.forName(absent)).as(absent).isInstanceOf(ClassNotFoundException.class);
            }
            assertThat(Schemas.documents()).allSatisfy(t -> assertThat(t.getName()).doesNotContain(".riparto.", ".lep.", ".piano."));
        }
        Dsu dsu = Dsu.of("d", LocalDate.of(2025, 6, 10), List.of(
                DsuMember.of("A", Relationship.DECLARANT, 38, Disability.NONE, true).withEmployeeIncome(Euro.parse("24000.00"))));
        DsuResult r = DsuCalculator.compute(mapper.readValue(mapper.writeValueAsString(dsu), Dsu.class), Variant.ORDINARIO, Purpose.ORDINARIO);
        assertThat(mapper.writeValueAsString(r)).contains("\"iseeFinal\":\"" + r.iseeFinal().toBigDecimal().toPlainString() + "\"");
        Schedule s = ScheduleInput.read("s.properties", "name=S\nunit=ora\ncost=13.80\nisee=ordinario\nsegment.1=0|30000|0|8\n").schedule();
        Schedule back = mapper.readValue(mapper.writeValueAsString(s), Schedule.class);
        assertThat(back).isEqualTo(s);
        Charge c = back.charge(mapper.readValue("{\"id\":\"u\",\"isee\":\"15000\",\"iseeFf\":null,\"units\":10,\"resident\":null,\"rank\":null,"
                + "\"disabled\":null}", User.class));
        assertThat(c.fee()).isEqualTo(Euro.parse("4.00"));
        assertThat(mapper.writeValueAsString(c)).contains("\"fee\":\"4.00\"");
        assertThat(c.units()).isEqualByComparingTo(BigDecimal.TEN);
    }
}
