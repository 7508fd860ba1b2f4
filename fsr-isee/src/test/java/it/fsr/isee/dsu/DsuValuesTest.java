package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A DSU's and a batch's values as a vendor reads them; their texts name counts only. */
class DsuValuesTest {
    @Test
    void aBatchNamesItsDsusVariantAndPurpose() {
        Dsu d = Dsu.of("D1", LocalDate.of(2025, 9, 1), List.of(DsuMember.of("a", Relationship.DECLARANT, 40, Disability.NONE, true)
                .withEmployeeIncome(Euro.parse("20000.00")))).withAssegnoUnico(Euro.ZERO);
        assertThat(d.toString()).isEqualTo("Dsu[members=1, outside=0]");
        DsuColumns c = new DsuColumns(DsuParameters.defaults(), Variant.ORDINARIO, Purpose.BONUS_NIDO);
        c.add(d).add(d.withRent(Euro.parse("100.00")));
        DsuBatch.Result r = DsuBatch.run(c, 1);
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.id(0)).isEqualTo("D1");
        assertThat(r.variant()).isEqualTo(Variant.ORDINARIO);
        assertThat(r.purpose()).isEqualTo(Purpose.BONUS_NIDO);
        assertThat(new StudentAutonomy(true, Explanation.of(List.of())).toString()).isEqualTo("StudentAutonomy[…]");
    }
}
