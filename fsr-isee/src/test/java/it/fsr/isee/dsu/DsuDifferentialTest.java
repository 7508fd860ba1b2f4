package it.fsr.isee.dsu;

import it.fsr.isee.Relationship;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The DSU calculator against a slow reference written from the decree's text (DPCM 159/2013 artt. 2, 4,
 * 5, all. 1; DPCM 13/2025; L. 199/2025 c. 208), on generated DSUs; and the invariants: the ISEE is never
 * negative, more income never lowers it, a deduction never exceeds its member's income, and the
 * ordinary and the 2026 ISEE agree where their rules coincide.
 */
class DsuDifferentialTest {
    private static final int EXAMPLES = 3000;

    /** The reference: one member's net income, by the table of art. 4, in plain BigDecimal. */
    static BigDecimal referenceNet(DsuMember m) {
        BigDecimal income = sum(m.employeeIncome(), m.pensionIncome(), m.otherIncome(), m.publicBenefits(), m.maintenanceReceived());
        BigDecimal left = income;
        BigDecimal[] deductions = {
            m.maintenancePaid().toBigDecimal(),
            m.disabilityExpenses().toBigDecimal().min(new BigDecimal("5000")),
            m.agriculturalIncome().toBigDecimal(),
            new BigDecimal("0.2").multiply(m.employeeIncome().toBigDecimal()).min(new BigDecimal("3000"))
                .max(new BigDecimal("0.2").multiply(sum(m.pensionIncome(), m.publicBenefits())).min(new BigDecimal("1000")))
        };
        for (BigDecimal d : deductions) {
            left = left.subtract(d.min(left));
        }
        return left;
    }

    static BigDecimal sum(Euro... es) {
        BigDecimal s = BigDecimal.ZERO;
        for (Euro e : es) {
            s = s.add(e.toBigDecimal());
        }
        return s;
    }

    /** The reference ISEE (variant ordinario), purpose ordinary or 2026 family. */
    static Euro referenceIsee(Dsu d, boolean family) {
        int n = d.members().size();
        int kids = 0;
        int minors = 0;
        boolean under3 = false;
        for (DsuMember m : d.members()) {
            if (m.relationship() == Relationship.CHILD) {
                kids++;
                if (m.age() < 18) {
                    minors++;
                }
                if (m.age() < 3) {
                    under3 = true;
                }
            }
        }
        BigDecimal net = BigDecimal.ZERO;
        for (DsuMember m : d.members()) {
            net = net.add(referenceNet(m));
        }
        BigDecimal rentCap = BigDecimal.valueOf(7000 + 500L * Math.max(0, kids - 2));
        BigDecimal isr = net.add(d.figurativeIncome().toBigDecimal()).subtract(d.rent().toBigDecimal().min(rentCap)).max(BigDecimal.ZERO)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal homeFranchigia = family
                ? BigDecimal.valueOf((Boolean.TRUE.equals(d.capoluogoMetropolitano()) ? 120000 : 91500) + 2500L * Math.max(0, kids - 1))
                : BigDecimal.valueOf(52500 + 2500L * Math.max(0, kids - 2));
        BigDecimal home = d.homeValue().toBigDecimal().subtract(d.homeMortgage().toBigDecimal()).max(BigDecimal.ZERO);
        BigDecimal homeCounted = home.subtract(homeFranchigia).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(2))
                .divide(BigDecimal.valueOf(3), 20, RoundingMode.HALF_UP);
        BigDecimal bondExclusion = d.date().isBefore(LocalDate.of(2025, 4, 3)) ? BigDecimal.ZERO : new BigDecimal("50000");
        // art. 5 c. 4 lett. a): the average if greater, unless the year's purchases exceed the average less the balance
        BigDecimal gap = d.depositsAverage().toBigDecimal().subtract(d.depositsBalance().toBigDecimal());
        boolean balanceCounts = gap.signum() > 0 && d.assetIncreases() != null && d.assetIncreases().toBigDecimal().compareTo(gap) > 0;
        BigDecimal financial = (balanceCounts ? d.depositsBalance().toBigDecimal() : d.depositsBalance().toBigDecimal().max(d.depositsAverage().toBigDecimal()))
                .add(d.otherFinancial().toBigDecimal())
                .add(d.governmentBonds().toBigDecimal().subtract(bondExclusion).max(BigDecimal.ZERO));
        BigDecimal franchigia = BigDecimal.valueOf(Math.min(6000 + 2000L * (n - 1), 10000) + 1000L * Math.max(0, kids - 2));
        BigDecimal isp = homeCounted.add(d.otherRealEstate().toBigDecimal()).add(financial.subtract(franchigia).max(BigDecimal.ZERO))
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal ise = isr.add(isp.multiply(new BigDecimal("0.2"))).setScale(2, RoundingMode.HALF_UP);
        String[] base = {"1", "1.57", "2.04", "2.46", "2.85"};
        BigDecimal scale = n <= 5 ? new BigDecimal(base[n - 1]) : new BigDecimal("2.85").add(new BigDecimal("0.35").multiply(BigDecimal.valueOf(n - 5L)));
        if (family) {
            scale = scale.add(new BigDecimal(kids >= 5 ? "0.55" : kids == 4 ? "0.40" : kids == 3 ? "0.25" : kids == 2 ? "0.10" : "0"));
        } else {
            scale = scale.add(new BigDecimal(kids >= 5 ? "0.5" : kids == 4 ? "0.35" : kids == 3 ? "0.2" : "0"));
        }
        List<DsuMember> parents = d.members().stream().filter(m -> m.relationship() == Relationship.DECLARANT
                || m.relationship() == Relationship.SPOUSE).toList();
        boolean allWork = parents.stream().allMatch(DsuMember::worked6Months);
        boolean loneParentWithMinors = parents.size() == 1 && n == 1 + minors;
        if (minors > 0 && (allWork || loneParentWithMinors)) {
            scale = scale.add(new BigDecimal(under3 ? "0.3" : "0.2"));
        }
        for (DsuMember m : d.members()) {
            if (m.disability() != Disability.NONE) {
                scale = scale.add(new BigDecimal("0.5"));
            }
        }
        return Euro.of(ise.divide(scale, 2, RoundingMode.HALF_UP));
    }

    static Euro amount(SplittableRandom r, long maxEuros) {
        return r.nextInt(3) == 0 ? Euro.ZERO : Euro.ofCents(r.nextLong(maxEuros * 100 + 1));
    }

    static Dsu generate(long seed, LocalDate date) {
        SplittableRandom r = new SplittableRandom(seed);
        List<DsuMember> ms = new ArrayList<>();
        ms.add(member(r, "d", Relationship.DECLARANT, 25 + r.nextInt(60)));
        if (r.nextBoolean()) {
            ms.add(member(r, "s", Relationship.SPOUSE, 25 + r.nextInt(60)));
        }
        int kids = r.nextInt(6);
        for (int i = 0; i < kids; i++) {
            ms.add(member(r, "c" + i, Relationship.CHILD, r.nextInt(Math.min(30, ms.get(0).age() - 14)))); // younger than the declarant
        }
        if (r.nextInt(5) == 0) {
            ms.add(member(r, "o", Relationship.OTHER, 60 + r.nextInt(30)));
        }
        boolean rents = r.nextBoolean(); // a rented home or an owned one (art. 4 c. 4 lett. a; art. 5 c. 2)
        return DsuReference.withAssetIncreases(r, Dsu.of("g" + seed, date, ms).withRent(rents ? amount(r, 12000) : Euro.ZERO)
                .withHome(rents ? Euro.ZERO : amount(r, 400000), rents ? Euro.ZERO : amount(r, 150000))
                .withOtherRealEstate(amount(r, 200000)).withDeposits(amount(r, 60000), amount(r, 60000))
                .withFinancial(amount(r, 80000), amount(r, 120000)).withFigurativeIncome(amount(r, 2000))
                .withCapoluogoMetropolitano(r.nextBoolean()));
    }

    static DsuMember member(SplittableRandom r, String id, Relationship rel, int age) {
        Disability[] ds = Disability.values();
        Disability dis = r.nextInt(6) == 0 ? ds[r.nextInt(ds.length)] : Disability.NONE;
        return DsuMember.of(id, rel, age, dis, r.nextBoolean()).withEmployeeIncome(amount(r, 60000)).withPensionIncome(amount(r, 30000))
                .withOtherIncome(amount(r, 20000)).withPublicBenefits(amount(r, 8000))
                .withMaintenance(amount(r, 6000), r.nextInt(4) == 0 ? amount(r, 20000) : Euro.ZERO)
                .withDisabilityExpenses(r.nextInt(4) == 0 ? amount(r, 9000) : Euro.ZERO)
                .withAgriculturalIncome(r.nextInt(5) == 0 ? amount(r, 10000) : Euro.ZERO);
    }

    @Test
    void ordinaryIseeMatchesTheReferenceOnGeneratedDsus() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(0, 1)).checkAssert((seed, after) -> {
            Dsu d = generate(seed, after == 1 ? LocalDate.of(2025, 9, 1) : LocalDate.of(2025, 3, 1));
            assertThat(DsuCalculator.compute(d, Variant.ORDINARIO, Purpose.ORDINARIO).isee()).isEqualTo(referenceIsee(d, false));
        });
    }

    @Test
    void family2026IseeMatchesTheReferenceOnGeneratedDsus() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Dsu d = generate(seed, LocalDate.of(2026, 2, 1));
            assertThat(DsuCalculator.compute(d, Variant.ORDINARIO, Purpose.FAMIGLIA_2026).isee()).isEqualTo(referenceIsee(d, true));
        });
    }

    @Test
    void theIseeIsNeverNegativeAndNoDeductionExceedsItsMembersIncome() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            DsuResult res = DsuCalculator.compute(generate(seed, LocalDate.of(2025, 9, 1)), Variant.ORDINARIO, Purpose.ORDINARIO);
            assertThat(res.iseeFinal().isNegative()).isFalse();
            assertThat(res.isr().isNegative()).isFalse();
            for (MemberLine l : res.members()) {
                assertThat(l.deductions()).isLessThanOrEqualTo(l.income());
                assertThat(l.net().signum()).isGreaterThanOrEqualTo(0);
            }
        });
    }

    @Test
    void moreIncomeNeverLowersTheIsee() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().between(1, 5_000_000), longs().between(0, 3)).checkAssert((seed, extra, kind) -> {
            Dsu d = generate(seed, LocalDate.of(2025, 9, 1));
            DsuMember m = d.members().get(0);
            Euro x = Euro.ofCents(extra);
            DsuMember richer = switch (kind.intValue()) {
                case 0 -> m.withEmployeeIncome(m.employeeIncome().plus(x));
                case 1 -> m.withPensionIncome(m.pensionIncome().plus(x));
                case 2 -> m.withPublicBenefits(m.publicBenefits().plus(x));
                default -> m.withOtherIncome(m.otherIncome().plus(x));
            };
            List<DsuMember> ms = new ArrayList<>(d.members());
            ms.set(0, richer);
            Dsu more = new Dsu(d.id(), d.date(), ms, d.rent(), d.homeValue(), d.homeMortgage(), d.otherRealEstate(), d.depositsBalance(),
                    d.depositsAverage(), d.otherFinancial(), d.governmentBonds(), d.figurativeIncome(), d.capoluogoMetropolitano(),
                    d.assegnoUnico(), d.donations(), d.outside(), d.assetIncreases());
            assertThat(DsuCalculator.compute(more, Variant.ORDINARIO, Purpose.ORDINARIO).isee())
                    .isGreaterThanOrEqualTo(DsuCalculator.compute(d, Variant.ORDINARIO, Purpose.ORDINARIO).isee());
        });
    }

    @Test
    void ordinaryAnd2026AgreeWhereTheirRulesCoincide() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Dsu g = generate(seed, LocalDate.of(2026, 5, 1));
            List<DsuMember> atMostOneChild = new ArrayList<>();
            boolean child = false;
            for (DsuMember m : g.members()) {
                if (m.relationship() == Relationship.CHILD) {
                    if (child) {
                        continue;
                    }
                    child = true;
                }
                atMostOneChild.add(m);
            }
            Dsu d = new Dsu(g.id(), g.date(), atMostOneChild, g.rent(), Euro.ZERO, Euro.ZERO, g.otherRealEstate(), g.depositsBalance(),
                    g.depositsAverage(), g.otherFinancial(), g.governmentBonds(), g.figurativeIncome(), g.capoluogoMetropolitano(),
                    null, Euro.ZERO, List.of(), g.assetIncreases());
            assertThat(DsuCalculator.compute(d, Variant.ORDINARIO, Purpose.FAMIGLIA_2026).isee())
                    .isEqualTo(DsuCalculator.compute(d, Variant.ORDINARIO, Purpose.ORDINARIO).isee());
        });
    }
}
