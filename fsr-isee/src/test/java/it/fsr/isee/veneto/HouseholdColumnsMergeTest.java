package it.fsr.isee.veneto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Relationship;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Households columns filled in parts and joined ({@link HouseholdColumns#addAll}) hold each household as it was added —
 * its members with and without ids, their work, study, disability, twins and nido — and its attestation; a household of
 * more members than the limit is refused before any other check, a bad id before its members are read.
 */
class HouseholdColumnsMergeTest {
    static final LocalDate DATE = LocalDate.of(2021, 11, 19);

    static List<Household> households(int n, long seed) {
        Random r = new Random(seed);
        List<Household> out = new ArrayList<>();
        WorkStatus[] work = WorkStatus.values();
        for (int i = 0; i < n; i++) {
            List<Member> members = new ArrayList<>();
            Member head = Member.declarant(30 + r.nextInt(20), work[r.nextInt(work.length)]);
            members.add(r.nextBoolean() ? head.withId("A") : head);
            if (r.nextBoolean()) {
                members.add(Member.spouse(30 + r.nextInt(20), work[r.nextInt(work.length)]).withId("B"));
            }
            int kids = r.nextInt(4);
            for (int k = 0; k < kids; k++) {
                int age = r.nextInt(27);
                Member c = Member.child(age);
                if (age >= 19 && age <= 26) {
                    c = c.withStudent(r.nextBoolean());
                }
                if (age <= 3 && r.nextBoolean()) {
                    c = c.attendingNursery();
                }
                if (r.nextInt(5) == 0) {
                    c = c.withDisability(it.fsr.isee.Disability.MEDIUM);
                }
                members.add(r.nextBoolean() ? c.withId("C" + k) : c);
            }
            out.add(Household.of("H" + i, members, false, Housing.NORMAL, DATE));
        }
        return out;
    }

    private static IseeAttestation attestation(Household h, int i) {
        BigDecimal scale = FattoreFamiglia.scaleRange(h).lowest();
        return i % 2 == 0 ? IseeAttestation.of(Euro.ofCents(1_000_000 + i), scale)
                : IseeAttestation.of(Euro.ofCents(1_000_000 + i), scale, Euro.of(Euro.ofCents(1_000_000 + i).toBigDecimal().multiply(scale), java.math.RoundingMode.HALF_UP));
    }

    @Test
    void partsJoinedHoldEachHouseholdAsAdded() {
        List<Household> all = households(40, 5);
        HouseholdColumns whole = new HouseholdColumns();
        HouseholdColumns[] parts = {new HouseholdColumns(), new HouseholdColumns(), new HouseholdColumns()};
        for (int i = 0; i < all.size(); i++) {
            whole.add(all.get(i), attestation(all.get(i), i));
            parts[i < 7 ? 0 : i < 30 ? 1 : 2].add(all.get(i), attestation(all.get(i), i));
        }
        HouseholdColumns joined = parts[0].addAll(parts[1]).addAll(parts[2]);
        assertThat(joined.size()).isEqualTo(40);
        for (int k = 0; k < all.size(); k++) {
            assertThat(joined.household(k)).as("household %d", k).isEqualTo(whole.household(k));
            assertThat(joined.household(k).members()).extracting(Member::id).isEqualTo(all.get(k).members().stream().map(Member::id).toList());
            assertThat(joined.attestation(k)).isEqualTo(whole.attestation(k)).isEqualTo(attestation(all.get(k), k));
        }
    }

    @Test
    void aHouseholdOfTheLargestSizeIsReadOneMoreIsRefusedAlone() {
        List<Member> fifty = new ArrayList<>();
        fifty.add(Member.declarant(80, WorkStatus.NOT_WORKING));
        for (int k = 1; k < 50; k++) {
            int age = k % 50;
            fifty.add(age >= 19 && age <= 26 ? Member.of(Relationship.CHILD, age).withStudent(false) : Member.of(Relationship.CHILD, age));
        }
        if (System.getProperty("fsr.limit.members") == null) {
            assertThat(Household.of("H", fifty, false, Housing.NORMAL, DATE).members()).hasSize(50);
            List<Member> more = new ArrayList<>(fifty);
            more.add(Member.declarant(80, WorkStatus.NOT_WORKING));
            assertThatThrownBy(() -> Household.of("H", more, false, Housing.NORMAL, DATE)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("household.members"));
        }
        assertThatThrownBy(() -> Household.of("H\u0000", List.of(Member.declarant(40, WorkStatus.WORKS)), false, Housing.NORMAL, DATE))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("household.id"));
    }
}
