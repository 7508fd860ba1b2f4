package it.fsr.isee.veneto;

import it.fsr.isee.Relationship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdTest {
    static final LocalDate DATE = LocalDate.of(2025, 1, 1);

    @Test
    void reportsEveryImpossibilityOfAFamilyAtOnce() {
        assertThatThrownBy(() -> Household.of("h1", List.of(Member.declarant(30, WorkStatus.WORKS), Member.of(Relationship.DECLARANT, 31), Member.spouse(29, WorkStatus.WORKS),
                Member.spouse(28, WorkStatus.WORKS), Member.child(35), Member.child(-1), Member.of(Relationship.OTHER, 130),
                Member.of(Relationship.OTHER, 20).inTwinGroup("T"), Member.child(3).inTwinGroup("U")), false, Housing.NORMAL, DATE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(9))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("household[h1].members = 2 heads: a household has exactly one head")
                .contains("household[h1].members = 2 partners: a household has at most one partner")
                .contains("household[h1].members[4].age = 35: a child must be younger than the head and the partner (28)")
                .contains("household[h1].members[5].age = -1: must be between 0 and 120")
                .contains("household[h1].members[6].age = 130: must be between 0 and 120")
                .contains("household[h1].members[7].twinGroup = T: twins must be children of the head")
                .contains("household[h1].twinGroup = U: a twin group needs at least two members")
                .contains("household[h1].members[1].work = null: is not stated");
    }

    @Test
    void rejectsTwinsOfDifferentAgesAndABirthAfterTheDate() {
        assertThatThrownBy(() -> Household.of("h2", DATE, Member.declarant(40, WorkStatus.WORKS), Member.child(3).inTwinGroup("A"), Member.child(4).inTwinGroup("A"),
                Member.child(0).bornOn(LocalDate.of(2025, 6, 1))))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("twins of the same group must have the same age")
                .contains("birthDate = 2025-06-01: is after the application date 2025-01-01");
        assertThatThrownBy(() -> Household.of("h3", DATE, Member.child(3))).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("0 heads");
    }
}
