package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A region's DSUs read in parts and merged ({@link DsuColumns#addAll}) give what the same DSUs give in one part — every
 * figure, every member, the persons outside the nucleus — whatever the parts' sizes; parts of another variant, purpose or
 * parameter set are refused.
 */
class DsuColumnsMergeTest {
    static List<Dsu> dsus(int n, long seed) {
        Random r = new Random(seed);
        List<Dsu> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<DsuMember> members = new ArrayList<>();
            members.add(DsuMember.of("d", Relationship.DECLARANT, 70 + r.nextInt(20), Disability.NOT_SELF_SUFFICIENT, false)
                    .withPensionIncome(Euro.ofCents(r.nextInt(3_000_000))).withBeneficiary(true).withResidential(r.nextBoolean()));
            if (r.nextBoolean()) {
                members.add(DsuMember.of("s", Relationship.SPOUSE, 65 + r.nextInt(20), Disability.NONE, r.nextBoolean())
                        .withEmployeeIncome(Euro.ofCents(r.nextInt(2_000_000))).withMaintenance(Euro.ZERO, Euro.ofCents(r.nextInt(100_000))));
            }
            List<OutsidePerson> outside = new ArrayList<>();
            for (int k = 0; k < r.nextInt(3); k++) {
                outside.add(new OutsidePerson("f" + k, Euro.ofCents(r.nextInt(5_000_000)), new BigDecimal("1.57"),
                        r.nextInt(4) == 0 ? OutsidePerson.Exemption.DISABILITY : OutsidePerson.Exemption.NONE));
            }
            out.add(Dsu.of("D" + i, LocalDate.of(2025, 9, 1), members).withHome(Euro.ofCents(r.nextInt(20_000_000)), Euro.ZERO)
                    .withOtherRealEstate(Euro.ofCents(r.nextInt(5_000_000))).withDeposits(Euro.ofCents(r.nextInt(3_000_000)), Euro.ofCents(r.nextInt(3_000_000)))
                    .withFinancial(Euro.ofCents(r.nextInt(1_000_000)), Euro.ofCents(r.nextInt(6_000_000))).withFigurativeIncome(Euro.ofCents(r.nextInt(50_000)))
                    .withDonations(Euro.ofCents(r.nextInt(4) == 0 ? r.nextInt(2_000_000) : 0)).withAssetIncreases(Euro.ofCents(r.nextInt(200_000)))
                    .withOutside(outside));
        }
        return out;
    }

    private static DsuColumns columns(List<Dsu> dsus, it.fsr.core.parameter.ParameterSet p, int dsuCapacity, int memberCapacity) {
        DsuColumns c = new DsuColumns(p, Variant.RESIDENZE, Purpose.ORDINARIO, dsuCapacity, memberCapacity);
        dsus.forEach(c::add);
        return c;
    }

    @Test
    void partsMergedGiveTheWholesFigures() {
        it.fsr.core.parameter.ParameterSet p = DsuParameters.defaults();
        List<Dsu> all = dsus(90, 5);
        DsuBatch.Result whole = DsuBatch.run(columns(all, p, 1, 1), 1);
        for (int[] cut : new int[][] {{0, 45}, {1, 89}, {30, 31}, {60, 90}, {0, 0}}) {
            DsuColumns merged = columns(all.subList(0, cut[0]), p, 1, 1);
            merged.addAll(columns(all.subList(cut[0], cut[1]), p, 1, 1)).addAll(columns(all.subList(cut[1], all.size()), p, 200, 400));
            assertThat(merged.size()).isEqualTo(all.size());
            DsuBatch.Result r = DsuBatch.run(merged, 2);
            for (int i = 0; i < all.size(); i++) {
                assertThat(merged.id(i)).isEqualTo(all.get(i).id());
                assertThat(r.iseeCents(i)).as("cut %s, DSU %d", java.util.Arrays.toString(cut), i).isEqualTo(whole.iseeCents(i));
                assertThat(r.detail(i)).isEqualTo(whole.detail(i));
            }
        }
    }

    /** DSUs whose members differ in every column a view shows: relationship, age, disability, work, residence, beneficiary, case. */
    static List<Dsu> varied(int n, long seed) {
        Random r = new Random(seed);
        Disability[] dis = Disability.values();
        List<Dsu> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<DsuMember> members = new ArrayList<>();
            members.add(DsuMember.of("d", Relationship.DECLARANT, 40 + r.nextInt(30), dis[r.nextInt(dis.length)], r.nextBoolean())
                    .withEmployeeIncome(Euro.ofCents(r.nextInt(3_000_000))).withResidential(r.nextBoolean()).withBeneficiary(r.nextBoolean()));
            if (r.nextBoolean()) {
                members.add(DsuMember.of("s", Relationship.SPOUSE, 35 + r.nextInt(30), dis[r.nextInt(dis.length)], r.nextBoolean())
                        .withPensionIncome(Euro.ofCents(r.nextInt(2_000_000))));
            }
            for (int k = 0; k < r.nextInt(3); k++) {
                members.add(DsuMember.of("c" + k, Relationship.CHILD, r.nextInt(20), dis[r.nextInt(dis.length)], false)
                        .withPublicBenefits(Euro.ofCents(r.nextInt(100_000))));
            }
            if (r.nextInt(4) == 0) {
                members.add(DsuMember.of("g", Relationship.NON_COHABITING_PARENT, 45, Disability.NONE, true)
                        .withGncCase(GncCase.values()[r.nextInt(GncCase.values().length)]));
            }
            Boolean capoluogo = r.nextInt(3) == 0 ? null : r.nextBoolean();
            out.add(Dsu.of("V" + i, LocalDate.of(2025, 9, 1).plusDays(r.nextInt(30)), members).withCapoluogoMetropolitano(capoluogo)
                    .withRent(Euro.ofCents(r.nextInt(600_000))).withAssegnoUnico(Euro.ofCents(r.nextInt(300_000))));
        }
        return out;
    }

    @Test
    void everyColumnOfAMemberAndOfADsuSurvivesTheMerge() {
        it.fsr.core.parameter.ParameterSet p = DsuParameters.defaults();
        List<Dsu> all = varied(60, 11);
        DsuColumns whole = new DsuColumns(p, Variant.ORDINARIO, Purpose.ORDINARIO, 1, 1);
        all.forEach(whole::add);
        DsuColumns merged = new DsuColumns(p, Variant.ORDINARIO, Purpose.ORDINARIO, 1, 1);
        all.subList(0, 17).forEach(merged::add);
        DsuColumns rest = new DsuColumns(p, Variant.ORDINARIO, Purpose.ORDINARIO, 1, 1);
        all.subList(17, 60).forEach(rest::add);
        merged.addAll(rest);
        DsuColumns.Cursor a = whole.cursor();
        DsuColumns.Cursor b = merged.cursor();
        for (int k = 0; k < all.size(); k++) {
            a.moveTo(k);
            b.moveTo(k);
            assertThat(b.id()).isEqualTo(a.id()).isEqualTo(all.get(k).id());
            assertThat(b.date()).isEqualTo(a.date());
            assertThat(b.capoluogo()).as("DSU %d", k).isEqualTo(a.capoluogo());
            assertThat(b.rent()).isEqualTo(a.rent());
            assertThat(b.assegnoUnico()).isEqualTo(a.assegnoUnico());
            assertThat(b.size()).isEqualTo(a.size()).isEqualTo(all.get(k).members().size());
            for (int i = 0; i < a.size(); i++) {
                DsuMember m = all.get(k).members().get(i);
                assertThat(b.memberId(i)).isEqualTo(m.id());
                assertThat(b.relationship(i)).as("DSU %d member %d", k, i).isEqualTo(m.relationship());
                assertThat(b.age(i)).isEqualTo(m.age());
                assertThat(b.disability(i)).isEqualTo(m.disability());
                assertThat(b.worked(i)).isEqualTo(a.worked(i));
                assertThat(b.residential(i)).isEqualTo(a.residential(i));
                assertThat(b.beneficiary(i)).isEqualTo(a.beneficiary(i));
                assertThat(b.gncCase(i)).isEqualTo(m.gncCase());
                for (int w = 0; w < DsuView.AMOUNTS; w++) {
                    assertThat(b.amount(i, w)).isEqualTo(a.amount(i, w));
                }
            }
        }
    }

    @Test
    void partsOfAnotherKindAreRefused() {
        it.fsr.core.parameter.ParameterSet p = DsuParameters.defaults();
        DsuColumns a = new DsuColumns(p, Variant.RESIDENZE, Purpose.ORDINARIO);
        assertThatThrownBy(() -> a.addAll(new DsuColumns(p, Variant.ORDINARIO, Purpose.ORDINARIO))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> a.addAll(new DsuColumns(p, Variant.RESIDENZE, Purpose.BONUS_NIDO))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> a.addAll(new DsuColumns(DsuParameters.defaults().withOverlay(it.fsr.core.parameter.ParameterSet.ofKeys(List.of())),
                Variant.RESIDENZE, Purpose.ORDINARIO))).isInstanceOf(ValidationException.class);
    }
}
