package it.fsr.isee.veneto;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.validation.Limits;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Disability;
import it.fsr.isee.Relationship;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each check of a household (L.R. Veneto 20/2020, DGR 1609/2021) at its bound: one head, at most one partner, the most
 * members fsr reads, ages 0–120, a child younger than its parents, the work of the parents of minors, the student flag of
 * a child of 19–26, the nido's child under 4 and never a parent; equal households equal by value.
 */
class HouseholdChecksTest {
    static final LocalDate DATE = LocalDate.of(2021, 11, 19);

    static Member m(String id, Relationship r, int age, Boolean student, WorkStatus work, boolean nursery) {
        return new Member(id, r, age, null, student, Disability.NONE, work, null, nursery);
    }

    private static List<String> fields(List<Member> members) {
        try {
            Household.of("H1", members, false, Housing.NORMAL, DATE);
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Test
    void eachCheckAtItsBound() {
        Member head = m("A", Relationship.DECLARANT, 40, null, WorkStatus.WORKS, false);
        Member partner = m("B", Relationship.SPOUSE, 38, null, WorkStatus.WORKS, false);
        assertThat(fields(List.of(head, partner, m("C", Relationship.CHILD, 2, null, null, true)))).isEmpty();
        assertThat(fields(List.of(partner))).containsExactly("household[H1].members");
        assertThat(fields(List.of(head, partner, m("B2", Relationship.SPOUSE, 37, null, WorkStatus.WORKS, false)))).containsExactly("household[H1].members");
        assertThat(fields(List.of())).contains("household[H1].members");
        assertThat(fields(List.of(head, m("C", Relationship.CHILD, 40, null, null, false)))).containsExactly("household[H1].members[1].age");
        assertThat(fields(List.of(head, m("C", Relationship.CHILD, 39, null, null, false)))).isEmpty();
        assertThat(fields(List.of(m("A", Relationship.DECLARANT, 120, null, null, false)))).isEmpty();
        assertThat(fields(List.of(m("A", Relationship.DECLARANT, 121, null, null, false)))).contains("household[H1].members[0].age");
        // a parent of a minor states the work; 17 is a minor, 18 is not
        assertThat(fields(List.of(m("A", Relationship.DECLARANT, 40, null, null, false), m("C", Relationship.CHILD, 17, null, null, false))))
                .containsExactly("household[H1].members[0].work");
        assertThat(fields(List.of(m("A", Relationship.DECLARANT, 40, null, null, false), m("C", Relationship.CHILD, 18, null, null, false)))).isEmpty();
        // the student flag for a child of 19 to 26
        for (int age : new int[] {19, 26}) {
            assertThat(fields(List.of(head, m("C", Relationship.CHILD, age, null, null, false)))).as("%d", age)
                    .containsExactly("household[H1].members[1].student");
        }
        for (int age : new int[] {18, 27}) {
            assertThat(fields(List.of(head, m("C", Relationship.CHILD, age, null, null, false)))).as("%d", age).isEmpty();
        }
        // the nido's child: under 4, never a parent
        assertThat(fields(List.of(head, m("C", Relationship.CHILD, 3, null, null, true)))).isEmpty();
        assertThat(fields(List.of(head, m("C", Relationship.CHILD, 4, null, null, true)))).containsExactly("household[H1].members[1].nursery");
        assertThat(fields(List.of(m("A", Relationship.DECLARANT, 40, null, WorkStatus.WORKS, true)))).contains("household[H1].members[0].nursery");
        // the most members fsr reads
        List<Member> many = new ArrayList<>(List.of(head));
        many.addAll(Collections.nCopies(Limits.members() - 1, m(null, Relationship.OTHER, 50, null, null, false)));
        assertThat(fields(many)).isEmpty();
        many.add(m(null, Relationship.OTHER, 50, null, null, false));
        assertThat(fields(many)).containsExactly("household.members");
    }

    @Test
    void equalHouseholdsAreEqual() {
        List<Member> members = List.of(m("A", Relationship.DECLARANT, 40, null, WorkStatus.WORKS, false), m("C", Relationship.CHILD, 2, null, null, true));
        Household a = Household.of("H1", members, false, Housing.NORMAL, DATE);
        Household b = Household.of("H1", members, false, Housing.NORMAL, DATE);
        Household c = Household.of("H2", members, false, Housing.NORMAL, DATE);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.hashCode()).isNotEqualTo(c.hashCode());
        assertThat(a.declarant().id()).isEqualTo("A");
        assertThat(a.children()).hasSize(1);
        assertThat(a.minorChildren()).isEqualTo(1);
        assertThat(Household.of("H3", List.of(m("A", Relationship.DECLARANT, 40, null, null, false), m("C", Relationship.CHILD, 18, null, null, false)), false, Housing.NORMAL, DATE).minorChildren()).isZero();
    }
}
