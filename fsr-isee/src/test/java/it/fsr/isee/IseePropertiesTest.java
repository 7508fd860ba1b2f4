package it.fsr.isee;

import it.fsr.isee.veneto.BudgetCheck;
import it.fsr.isee.veneto.ContributionDecision;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.FattoreFamigliaBatch;
import it.fsr.isee.veneto.FattoreFamigliaParameters;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.HouseholdColumns;
import it.fsr.isee.veneto.HouseholdContributions;
import it.fsr.isee.veneto.Housing;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.RescaledIsee;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.veneto.WorkStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The invariants of the fsr spec isee.md over generated households and ISEE values. */
class IseePropertiesTest {
    static final int EXAMPLES = Integer.getInteger("fsr.examples", 1000);
    static final LocalDate DATE = LocalDate.of(2022, 1, 10);
    static final ServiceYear SY = ServiceYear.parse("2021/22");
    static final NurseryContribution.Rule RULE = NurseryContribution.Rule.forServiceYear(FattoreFamigliaParameters.defaults(), SY);

    /** A random possible household from a seed. */
    static Household household(long seed) {
        Random r = new Random(seed);
        List<Member> m = new ArrayList<>();
        int headAge = 18 + r.nextInt(70);
        WorkStatus[] ws = WorkStatus.values();
        Disability[] ds = Disability.values();
        m.add(Member.of(Relationship.DECLARANT, headAge).withWork(ws[r.nextInt(3)]).withDisability(r.nextInt(8) == 0 ? ds[1 + r.nextInt(3)] : Disability.NONE));
        int youngest = headAge;
        if (r.nextBoolean()) {
            int pa = 18 + r.nextInt(70);
            youngest = Math.min(youngest, pa);
            m.add(Member.of(Relationship.SPOUSE, pa).withWork(ws[r.nextInt(3)]));
        }
        int kids = r.nextInt(5);
        for (int i = 0; i < kids && youngest > 1; i++) {
            int age = r.nextInt(Math.min(youngest - 1, 30) + 1);
            Member c = Member.child(age).withId("c" + i).withStudent(r.nextInt(5) == 0).withNursery(age <= 3 && r.nextBoolean());
            if (r.nextInt(10) == 0) {
                c = c.withDisability(ds[1 + r.nextInt(3)]);
            }
            m.add(c);
        }
        if (r.nextInt(6) == 0) {
            // an adult: a minor who is not the declarant's child has no national ISEE in fsr (FSR-DSU-MINOR-OTHER), and the
            // attestation of these households is the national one
            m.add(Member.of(Relationship.OTHER, 18 + r.nextInt(72)));
        }
        Housing[] hs = Housing.values();
        boolean singleWithMinors = m.stream().noneMatch(x -> x.relationship() == Relationship.SPOUSE)
                && m.stream().anyMatch(x -> x.relationship() == Relationship.CHILD && x.ageOn(DATE) < 18);
        return Household.of("h" + seed, m, singleWithMinors && r.nextInt(5) == 0, r.nextInt(10) == 0 ? hs[r.nextInt(hs.length)] : Housing.NORMAL, DATE);
    }

    static IseeAttestation attestation(Household h, long iseCents) {
        return it.fsr.isee.testing.NationalOf.attestation(h, Euro.ofCents(iseCents));
    }

    @Test
    void rescaledIseeNeverExceedsTheNationalIsee() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 10_000_000_00L)).checkAssert((seed, ise) -> {
            Household h = household(seed);
            RescaledIsee r = FattoreFamiglia.rescale(h, attestation(h, ise));
            assertThat(r.rescaled()).isLessThanOrEqualTo(r.nationalIsee());
            assertThat(r.rescaled().isNegative()).isFalse();
        });
    }

    @Test
    void theContributionNeverIncreasesWithTheIseeAndStaysBetweenTwoAndSixHundredWhenGranted() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 2_000_000L), longs().between(0, 100_000L)).checkAssert((x, dx) -> {
            ContributionDecision a = NurseryContribution.decideChild("a", "1", Euro.ofCents(x), Euro.ZERO, RULE);
            ContributionDecision b = NurseryContribution.decideChild("b", "1", Euro.ofCents(x + dx), Euro.ZERO, RULE);
            if (a.granted()) {
                assertThat(a.amount().cents()).isBetween(20000L, 60000L);
            }
            if (b.granted()) {
                assertThat(a.granted()).isTrue();
                assertThat(b.amount()).isLessThanOrEqualTo(a.amount());
            }
            assertThat(a.granted()).isEqualTo(x <= 1_500_000L);
        });
    }

    @Test
    void addingAChildNeverRaisesTheRescaledIsee() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 10_000_000_00L), integers().between(0, 17)).checkAssert((seed, ise, age) -> {
            Household h = household(seed);
            int youngestParent = h.members().stream().filter(m -> m.relationship() != Relationship.CHILD && m.relationship() != Relationship.OTHER)
                    .mapToInt(m -> m.ageOn(DATE)).min().orElseThrow();
            if (age >= youngestParent) {
                return;
            }
            Household bigger = h.with(Member.child(age).withStudent(false));
            Euro before = FattoreFamiglia.rescale(h, attestation(h, ise)).rescaled();
            Euro after = FattoreFamiglia.rescale(bigger, attestation(bigger, ise)).rescaled();
            assertThat(after).isLessThanOrEqualTo(before);
        });
    }

    @Test
    void rankingNeverFundsAHigherIseeWhileALowerOneIsUnfundedAndTotalsNeverExceedTheBudget() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 2_000_000L)).checkAssert((seed, budget) -> {
            Random r = new Random(seed);
            List<BudgetCheck.Application> apps = new ArrayList<>();
            int n = 1 + r.nextInt(30);
            for (int i = 0; i < n; i++) {
                Euro isee = Euro.ofCents(r.nextInt(1_500_001));
                apps.add(new BudgetCheck.Application("a" + i, isee, NurseryContribution.decideChild("a" + i, "1", isee, Euro.ZERO, RULE).amount()));
            }
            for (BudgetCheck.Policy p : List.of(BudgetCheck.Policy.RANKING, BudgetCheck.Policy.PRO_RATA)) { // the chronological order is tested with its own orders
                BudgetCheck.Result res = BudgetCheck.check(Euro.ofCents(budget), apps, p);
                assertThat(res.funded()).isLessThanOrEqualTo(Euro.ofCents(budget));
                for (BudgetCheck.Outcome o : res.outcomes()) {
                    assertThat(o.funded()).isLessThanOrEqualTo(o.application().contribution());
                }
                if (p == BudgetCheck.Policy.RANKING) {
                    for (BudgetCheck.Outcome funded : res.outcomes()) {
                        for (BudgetCheck.Outcome other : res.outcomes()) {
                            if (funded.fullyFunded() && !other.fullyFunded()) {
                                assertThat(funded.application().rescaledIsee()).isLessThanOrEqualTo(other.application().rescaledIsee());
                            }
                        }
                    }
                }
            }
        });
    }

    /** Twenty generated households with their attestations, as lists and as the batch's columns. */
    record Sample(List<Household> households, List<IseeAttestation> attestations, HouseholdColumns columns) {
    }

    static Sample sample(long seed) {
        Random r = new Random(seed);
        List<Household> hs = new ArrayList<>();
        List<IseeAttestation> as = new ArrayList<>();
        HouseholdColumns columns = new HouseholdColumns();
        for (int i = 0; i < 20; i++) {
            Household h = household(r.nextLong());
            IseeAttestation a = attestation(h, r.nextInt(6_000_000));
            hs.add(h);
            as.add(a);
            columns.add(h, a);
        }
        return new Sample(hs, as, columns);
    }

    @Test
    void batchEqualsOneByOneForEitherCapAndOnAnyNumberOfThreads() {
        qt().withExamples(Math.min(200, EXAMPLES)).forAll(longs().all()).checkAssert(seed -> {
            Sample sample = sample(seed);
            List<Household> hs = sample.households();
            List<IseeAttestation> as = sample.attestations();
            HouseholdColumns columns = sample.columns();
            for (FattoreFamiglia.Cap cap : FattoreFamiglia.Cap.values()) {
                FattoreFamigliaBatch.Options o = FattoreFamigliaBatch.Options.contribution(SY).withCap(cap);
                FattoreFamigliaBatch.Result single = FattoreFamigliaBatch.run(columns, o);
                for (int threads : new int[] {2, 3}) {
                    FattoreFamigliaBatch.Result many = FattoreFamigliaBatch.run(columns, o.withThreads(threads));
                    assertThat(many.childCount()).isEqualTo(single.childCount());
                    for (int k = 0; k < single.childCount(); k++) {
                        assertThat(many.child(k)).isEqualTo(single.child(k));
                    }
                    for (int i = 0; i < hs.size(); i++) {
                        assertThat(many.iseeFfCents(i)).isEqualTo(single.iseeFfCents(i));
                        assertThat(many.ffScale(i)).isEqualTo(single.ffScale(i));
                    }
                }
                FattoreFamigliaBatch.Result rescaledOnly = FattoreFamigliaBatch.run(columns, FattoreFamigliaBatch.Options.rescaleOnly().withCap(cap));
                for (int i = 0; i < hs.size(); i++) {
                    RescaledIsee one = FattoreFamiglia.rescale(hs.get(i), as.get(i), FattoreFamigliaParameters.defaults(), cap);
                    HouseholdContributions d = NurseryContribution.decide(hs.get(i), one, RULE);
                    assertThat(single.ffScale(i)).isEqualTo(one.ffScale()); // the same digits as the one-by-one scale
                    assertThat(rescaledOnly.ffScale(i)).isEqualTo(one.ffScale());
                    assertThat(rescaledOnly.capApplied(i)).isEqualTo(one.capApplied());
                    assertThat(rescaledOnly.iseeFfCents(i)).isEqualTo(one.rescaled().cents());
                    assertThat(rescaledOnly.granted(i)).isFalse();
                    assertThat(single.iseeFfCents(i)).isEqualTo(one.rescaled().cents());
                    assertThat(single.row(i).householdTotal()).isEqualTo(d.total());
                    assertThat(single.exclusion(i)).isEqualTo(d.decisions().get(0).exclusion());
                    assertThat(single.childrenAttending(i)).isEqualTo(d.decisions().get(0).memberId() == null ? 0 : d.decisions().size());
                    FattoreFamigliaBatch.Detail detail = single.detail(i);
                    assertThat(detail.rescaled().explanation().toText()).isEqualTo(one.explanation().toText());
                    assertThat(detail.contributions().orElseThrow().total()).isEqualTo(d.total());
                }
            }
        });
    }

    /**
     * A parameters file of the 2021/22 service year with every Fattore Famiglia weight, age and option and
     * every nursery figure perturbed within a plausible range (the thresholds and the amounts kept ordered).
     */
    static ParameterSet generatedParameters(long seed) {
        Random r = new Random(seed);
        StringBuilder csv = new StringBuilder("name,value,valid_from,valid_until,source\n");
        long low = 100_000 + r.nextInt(700_000);
        long high = low + 100 + r.nextInt(2_500_000);
        long min = 1_000 + r.nextInt(100_000);
        long max = min + r.nextInt(150_000);
        long cap = 500_000 + r.nextInt(4_000_000);
        for (it.fsr.core.parameter.ParameterKey<?> k : FattoreFamigliaParameters.defaults().keys()) {
            String name = k.name();
            String value;
            if (k.type() == java.math.BigDecimal.class) {
                int base = name.equals("ff.firstMember") || name.equals("ff.couple") ? 50 : 0;
                value = java.math.BigDecimal.valueOf(base + r.nextInt(151), 2).toPlainString();
            } else if (k.type() == Integer.class) {
                value = String.valueOf(name.equals("ff.youngCoupleAge") ? 25 + r.nextInt(25) : 3 + r.nextInt(15));
            } else if (k.type() == Boolean.class) {
                value = r.nextBoolean() ? "yes" : "no";
            } else {
                long cents = switch (name) {
                    case "ff.nursery.iseeLow" -> low;
                    case "ff.nursery.iseeHigh" -> high;
                    case "ff.nursery.min" -> min;
                    case "ff.nursery.max" -> max;
                    default -> cap;
                };
                csv.append(name).append(',').append(Euro.ofCents(cents).toBigDecimal().toPlainString()).append(",2021-09-01,2022-08-31,generato\n");
                continue;
            }
            csv.append(name).append(',').append(value).append(",2020-05-28,,generato\n");
        }
        return FattoreFamigliaParameters.defaults().withOverlay("generato-" + seed + ".csv", new java.io.StringReader(csv.toString()));
    }

    @Test
    void batchEqualsOneByOneOnGeneratedParameterSets() {
        qt().withExamples(Math.min(100, EXAMPLES)).forAll(longs().all()).checkAssert(seed -> {
            ParameterSet p = generatedParameters(seed);
            NurseryContribution.Rule rule = NurseryContribution.Rule.forServiceYear(p, SY);
            Sample sample = sample(seed);
            List<Household> hs = sample.households();
            List<IseeAttestation> as = sample.attestations();
            HouseholdColumns columns = sample.columns();
            for (FattoreFamiglia.Cap cap : FattoreFamiglia.Cap.values()) {
                FattoreFamigliaBatch.Result batch = FattoreFamigliaBatch.run(columns,
                        FattoreFamigliaBatch.Options.contribution(SY).withParameters(p).withCap(cap).withThreads(1 + (int) Math.floorMod(seed, 3)));
                for (int i = 0; i < hs.size(); i++) {
                    RescaledIsee one = FattoreFamiglia.rescale(hs.get(i), as.get(i), p, cap);
                    HouseholdContributions d = NurseryContribution.decide(hs.get(i), one, rule);
                    String at = "seed " + seed + " " + cap + " " + hs.get(i).id();
                    assertThat(batch.ffScale(i)).as(at).isEqualTo(one.ffScale());
                    assertThat(batch.capApplied(i)).as(at).isEqualTo(one.capApplied());
                    assertThat(batch.iseeFfCents(i)).as(at).isEqualTo(one.rescaled().cents());
                    assertThat(batch.row(i).householdTotal()).as(at).isEqualTo(d.total());
                    assertThat(batch.exclusion(i)).as(at).isEqualTo(d.decisions().get(0).exclusion());
                }
            }
        });
    }

}
