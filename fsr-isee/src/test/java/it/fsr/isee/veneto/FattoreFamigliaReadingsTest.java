package it.fsr.isee.veneto;

import it.fsr.isee.Disability;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Relationship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The settled readings of the Fattore Famiglia (L.R. Veneto 20/2020 art. 3, the scale's table as in DGR
 * Veneto 1609/2021): one rounding, the differential check against a slow reference written from the
 * table's words, and the invariants the readings promise.
 */
class FattoreFamigliaReadingsTest {
    static final int EXAMPLES = Integer.getInteger("fsr.examples", 1000);
    static final LocalDate DATE = LocalDate.of(2022, 1, 10);
    static final ServiceYear SY = ServiceYear.parse("2021/22");

    /**
     * Without the ISE, ISEE × national scale / FF is computed exactly and rounded once. Each row is a case where
     * rounding ISE = ISEE × scale to the cent first moves the result across the €15,000.00 threshold.
     */
    @ParameterizedTest(name = "ISEE {0} x {1} / FF {2} = {3}")
    @CsvSource({
        // single parent working, child of 2 at the nido: FF 1 + 0.6 + 0.4 + 0.7 + 0.2 = 2.9; 17,125.99 × 2.54 = 43,500.0146 / 2.9
        // = 15,000.005 -> 15,000.01: excluded (rounding the ISE first gives 43,500.01 / 2.9 = 15,000.00 and €200)
        "17125.99,2.54,works,15000.01,",
        // single parent unemployed, child of 2: FF 1 + 0.6 + 0.4 + 0.7 + 0.4 = 3.1; 18,235.30 × 2.55 = 46,500.015 / 3.1
        // = 14,999.9...-> 15,000.00: €200 (rounding the ISE first gives 46,500.02 / 3.1 = 15,000.01, excluded)
        "18235.30,2.55,unemployed,15000.00,200.00"})
    void rescalesWithOneRoundingOnly(String isee, String scale, String work, String rescaled, String contribution) {
        Household h = Household.of("R", DATE, Member.declarant(30, WorkStatus.valueOf(work.toUpperCase())), Member.child(2).withId("C").attendingNursery());
        IseeAttestation a = IseeAttestation.of(Euro.parse(isee), new BigDecimal(scale));
        RescaledIsee r = FattoreFamiglia.rescale(h, a);
        assertThat(r.rescaled()).isEqualTo(Euro.parse(rescaled));
        HouseholdContributions c = NurseryContribution.decide(h, r, SY);
        assertThat(c.total()).isEqualTo(contribution == null ? Euro.ZERO : Euro.parse(contribution));
        // the batch reads the same
        FattoreFamigliaBatch.Result b = FattoreFamigliaBatch.run(new HouseholdColumns().add(h, a), FattoreFamigliaBatch.Options.contribution(SY));
        assertThat(Euro.ofCents(b.iseeFfCents(0))).isEqualTo(Euro.parse(rescaled));
        assertThat(b.totalContributions()).isEqualTo(c.total());
    }

    /** A random possible household: any relationship, ages, twins, other members (minors too), disability, housing. */
    static Household household(long seed) {
        Random r = new Random(seed);
        List<Member> m = new ArrayList<>();
        WorkStatus[] ws = WorkStatus.values();
        Disability[] ds = Disability.values();
        int headAge = 18 + r.nextInt(70);
        m.add(Member.declarant(headAge, ws[r.nextInt(3)]).withDisability(r.nextInt(8) == 0 ? ds[1 + r.nextInt(3)] : Disability.NONE));
        int youngest = headAge;
        if (r.nextBoolean()) {
            int pa = 18 + r.nextInt(70);
            youngest = Math.min(youngest, pa);
            m.add(Member.spouse(pa, ws[r.nextInt(3)]));
        }
        int kids = r.nextInt(5);
        for (int i = 0; i < kids && youngest > 1; i++) {
            int age = r.nextInt(Math.min(youngest - 1, 30) + 1);
            Member c = Member.child(age).withId("c" + i).withStudent(r.nextInt(4) == 0).withNursery(age <= 3 && r.nextBoolean());
            if (r.nextInt(10) == 0) {
                c = c.withDisability(ds[1 + r.nextInt(3)]);
            }
            m.add(c);
            if (age <= 10 && r.nextInt(6) == 0) {
                m.set(m.size() - 1, c.inTwinGroup("T" + i));
                m.add(Member.child(age).withId("t" + i).withStudent(false).inTwinGroup("T" + i));
            }
        }
        int others = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0;
        for (int i = 0; i < others; i++) {
            m.add(Member.of(Relationship.OTHER, r.nextInt(95)).withId("o" + i));
        }
        boolean singleWithMinors = m.stream().noneMatch(x -> x.relationship() == Relationship.SPOUSE)
                && m.stream().anyMatch(x -> x.relationship() == Relationship.CHILD && x.ageOn(DATE) < 18);
        Housing[] hs = Housing.values();
        return Household.of("h" + seed, m, singleWithMinors && r.nextBoolean(), r.nextInt(8) == 0 ? hs[r.nextInt(hs.length)] : Housing.NORMAL, DATE);
    }

    /**
     * The scale as the table says, written apart from the calculator: one obviously-right pass over the members
     * with the weights as literals.
     */
    static BigDecimal reference(Household h) {
        List<Member> ms = h.members();
        boolean couple = ms.stream().anyMatch(x -> x.relationship() == Relationship.SPOUSE);
        boolean minorChildren = ms.stream().anyMatch(x -> x.relationship() == Relationship.CHILD && x.ageOn(DATE) < 18);
        boolean children = ms.stream().anyMatch(x -> x.relationship() == Relationship.CHILD);
        BigDecimal s = new BigDecimal(couple ? "2.0" : "1.0");
        // single o monogenitore: "la persona che vive da sola", or "un genitore solo" with a child of theirs (the table's notes)
        if (!couple && (ms.size() == 1 || children)) {
            s = s.add(new BigDecimal("0.6"));
            if (minorChildren) {
                s = s.add(new BigDecimal("0.4"));                    // con figli minori
                if (h.widowed()) {
                    s = s.add(new BigDecimal("0.2"));                // vedovo/a
                }
            }
        }
        Map<String, Integer> twins = new HashMap<>();
        for (Member x : ms) {
            int a = x.ageOn(DATE);
            boolean childRows = x.relationship() == Relationship.CHILD || x.relationship() == Relationship.OTHER && a < 18;
            if (childRows) {
                s = s.add(new BigDecimal(a <= 5 ? "0.7" : a <= 13 ? "0.6" : a <= 18 ? "0.5" : a <= 26 && x.isStudent() ? "0.4" : "0.3"));
            } else if (x.relationship() == Relationship.OTHER) {
                s = s.add(new BigDecimal("0.3"));                    // adulto aggiuntivo
            }
            if (x.relationship() == Relationship.CHILD && a <= 10 && x.twin().isPresent()) {
                twins.merge(x.twin().get(), 1, Integer::sum);
            }
            switch (x.disability()) {
                case MEDIUM -> s = s.add(new BigDecimal("0.5"));
                case SEVERE -> s = s.add(new BigDecimal("0.85"));
                case NOT_SELF_SUFFICIENT -> s = s.add(new BigDecimal("1.2"));
                case NONE -> { }
            }
            if (x.disability() != Disability.NONE && a < 18) {
                s = s.add(new BigDecimal("0.2"));
            }
        }
        for (int n : twins.values()) {
            s = s.add(new BigDecimal("0.3").multiply(BigDecimal.valueOf(n - 1L)));
        }
        if (couple && h.declarant().ageOn(DATE) < 40) {
            s = s.add(new BigDecimal("0.4"));
        }
        if (minorChildren) {
            for (Member x : ms) {
                if (couple && (x.relationship() == Relationship.DECLARANT || x.relationship() == Relationship.SPOUSE)) {
                    s = s.add(x.work() == WorkStatus.WORKS ? new BigDecimal("0.1") : x.work() == WorkStatus.UNEMPLOYED ? new BigDecimal("0.2") : BigDecimal.ZERO);
                } else if (!couple && x.relationship() == Relationship.DECLARANT) {
                    s = s.add(new BigDecimal(x.work() == WorkStatus.WORKS ? "0.2" : "0.4"));
                }
            }
        }
        switch (h.housing()) {
            case ROOFLESS, HOUSELESS -> s = s.add(new BigDecimal("0.6"));
            case INSECURE, INADEQUATE -> s = s.add(new BigDecimal("0.3"));
            case NORMAL -> { }
        }
        return s;
    }

    @Test
    void theScaleAgreesWithTheReferenceOnGeneratedHouseholds() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Household h = household(seed);
            assertThat(FattoreFamigliaScale.of(h).value()).as("%s", h.members()).isEqualByComparingTo(reference(h));
        });
    }

    @Test
    void theRescaledIseeAndTheContributionsAgreeWithTheReference() {
        NurseryContribution.Rule rule = NurseryContribution.Rule.forServiceYear(SY);
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 2_500_000L), longs().between(100, 600)).checkAssert((seed, isee, scale) -> {
            Household h = household(seed);
            BigDecimal national = plausible(h, scale);
            IseeAttestation a = IseeAttestation.of(Euro.ofCents(isee), national);
            // reference: min(ISEE, ISEE × scale / FF rounded once); 600 − (x − 3,000) / 30 rounded half-up; per child
            BigDecimal exact = Euro.ofCents(isee).toBigDecimal().multiply(national).divide(reference(h), 2, RoundingMode.HALF_UP);
            Euro expected = Euro.of(exact).min(Euro.ofCents(isee));
            RescaledIsee r = FattoreFamiglia.rescale(h, a);
            assertThat(r.rescaled()).isEqualTo(expected);
            long children = h.members().stream().filter(Member::nursery).count();
            BigDecimal x = expected.toBigDecimal();
            BigDecimal each = x.compareTo(new BigDecimal("3000")) <= 0 ? new BigDecimal("600")
                    : new BigDecimal("600").subtract(x.subtract(new BigDecimal("3000")).divide(new BigDecimal("30"), 10, RoundingMode.HALF_UP))
                            .setScale(2, RoundingMode.HALF_UP);
            boolean granted = children > 0 && isee <= 2_000_000L && x.compareTo(new BigDecimal("15000")) <= 0;
            Euro total = granted ? Euro.of(each.multiply(BigDecimal.valueOf(children))) : Euro.ZERO;
            assertThat(NurseryContribution.decide(h, r, rule).total()).isEqualTo(total);
            assertThat(FattoreFamigliaBatch.run(new HouseholdColumns().add(h, a), FattoreFamigliaBatch.Options.contribution(SY))
                    .totalContributions()).isEqualTo(total);
        });
    }

    /**
     * Adding a member never lowers the scale — save when the head stops living alone: the +0.6 of "la persona che vive da
     * sola" goes, and the member adds its own weight (a person alone 1.6; with another adult 1.3, with a grandchild of 14
     * 1.5). Our first property had no such exception; the table's note wins.
     */
    @Test
    void addingAMemberNeverLowersTheScale() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 94), longs().between(0, 2)).checkAssert((seed, age, kind) -> {
            Household h = household(seed);
            Member added = switch (kind.intValue()) {
                case 0 -> Member.of(Relationship.OTHER, age.intValue());                                  // a grandmother, a lodger, a grandchild
                case 1 -> Member.child(age.intValue()).withStudent(false);
                default -> Member.child(age.intValue()).withStudent(true);
            };
            Household bigger;
            try {
                bigger = h.with(added);
            } catch (it.fsr.core.validation.ValidationException impossible) {
                return;                                                                                  // a child older than a parent
            }
            BigDecimal before = FattoreFamigliaScale.of(h).value();
            boolean stopsLivingAlone = h.size() == 1 && added.relationship() != Relationship.CHILD;
            assertThat(FattoreFamigliaScale.of(bigger).value()).isGreaterThanOrEqualTo(stopsLivingAlone ? before.subtract(new BigDecimal("0.6")) : before);
        });
    }

    @Test
    void losingAJobNeverRaisesTheRescaledIsee() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 5_000_000L)).checkAssert((seed, isee) -> {
            Household h = household(seed);
            IseeAttestation a = IseeAttestation.of(Euro.ofCents(isee), plausible(h, 204));
            for (int i = 0; i < h.size(); i++) {
                Member x = h.members().get(i);
                if (x.work() == WorkStatus.WORKS) {
                    List<Member> after = new ArrayList<>(h.members());
                    after.set(i, x.withWork(WorkStatus.UNEMPLOYED));
                    Household jobless = Household.of(h.id(), after, h.widowed(), h.housing(), DATE);
                    assertThat(FattoreFamiglia.rescale(jobless, a).rescaled()).isLessThanOrEqualTo(FattoreFamiglia.rescale(h, a).rescaled());
                }
            }
        });
    }

    /**
     * A national scale the household's facts allow ({@link FattoreFamiglia#scaleRange}), chosen by {@code hundredths}:
     * the generators state attestations that could be the household's (an implausible one is refused, and
     * {@code checkScaleRefusesWhatTheHouseholdCannotHave} tests that).
     */
    static BigDecimal plausible(Household h, long hundredths) {
        it.fsr.isee.dsu.ScaleRange r = FattoreFamiglia.scaleRange(h);
        long lo = r.lowest().movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
        long hi = r.highest().movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
        return BigDecimal.valueOf(lo + Math.floorMod(hundredths, hi - lo + 1), 2);
    }
}
