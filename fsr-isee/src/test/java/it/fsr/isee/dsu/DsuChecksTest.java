package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each check of a DSU (DPCM 159/2013) at its bound: ages 0–130, a child younger than the declarant, an adult child of 18
 * in the nucleo ristretto stating whether dependent, a rented home or an owned one never both, a non-cohabiting
 * parent only where the variant admits one.
 */
class DsuChecksTest {
    static final LocalDate DATE = LocalDate.of(2025, 9, 1);

    static List<String> fields(Dsu d, Variant v) {
        return it.fsr.core.testing.Problems.fields(() -> DsuCalculator.compute(d, v, Purpose.ORDINARIO));
    }

    static DsuMember m(String id, Relationship r, int age) {
        return DsuMember.of(id, r, age, Disability.NONE, true);
    }

    @Test
    void eachCheckAtItsBound() {
        assertThat(fields(Dsu.of("x", DATE, List.of(m("d", Relationship.DECLARANT, 130))), Variant.ORDINARIO)).isEmpty();
        assertThat(fields(Dsu.of("x", DATE, List.of(m("d", Relationship.DECLARANT, 131))), Variant.ORDINARIO)).containsExactly("member d: age");
        assertThat(fields(Dsu.of("x", DATE, List.of(m("d", Relationship.DECLARANT, 0))), Variant.ORDINARIO)).isEmpty();
        assertThat(fields(Dsu.of("x", DATE, List.of(m("d", Relationship.DECLARANT, 40), m("c", Relationship.CHILD, 40))), Variant.ORDINARIO))
                .containsExactly("member c: age");
        assertThat(fields(Dsu.of("x", DATE, List.of(m("d", Relationship.DECLARANT, 40), m("c", Relationship.CHILD, 39))), Variant.ORDINARIO)).isEmpty();
        // the nucleo ristretto: an adult child states whether dependent; a minor does not
        Dsu adult = Dsu.of("x", DATE, List.of(m("d", Relationship.DECLARANT, 80).withBeneficiary(true), m("c", Relationship.CHILD, 18)));
        assertThat(fields(adult, Variant.SOCIOSANITARIO)).containsExactly("member c: dependent");
        Dsu minor = Dsu.of("x", DATE, List.of(m("d", Relationship.DECLARANT, 50).withBeneficiary(true), m("c", Relationship.CHILD, 17)));
        assertThat(fields(minor, Variant.SOCIOSANITARIO)).isEmpty();
        // a rented home and an owned one: both told
        Dsu both = Dsu.of("x", DATE, List.of(m("d", Relationship.DECLARANT, 40))).withRent(Euro.parse("1.00")).withHome(Euro.parse("1.00"), Euro.ZERO);
        assertThat(fields(both, Variant.ORDINARIO)).containsExactly("rent", "home_value");
        // a non-cohabiting parent in the sociosanitario ISEE: refused
        Dsu gnc = Dsu.of("x", DATE, List.of(m("d", Relationship.DECLARANT, 40).withBeneficiary(true), m("c", Relationship.CHILD, 5),
                m("g", Relationship.NON_COHABITING_PARENT, 42).withGncCase(GncCase.ATTRACTED)));
        assertThat(fields(gnc, Variant.SOCIOSANITARIO)).contains("member g: relationship");
        assertThat(fields(gnc, Variant.ORDINARIO)).isEmpty();
    }
}
