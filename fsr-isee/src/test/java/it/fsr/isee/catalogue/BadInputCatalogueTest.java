package it.fsr.isee.catalogue;

import static it.fsr.core.testing.BadInputCatalogue.c;

import it.fsr.core.money.Euro;
import it.fsr.isee.veneto.WorkStatus;
import it.fsr.isee.veneto.BudgetCheck;
import it.fsr.isee.veneto.FattoreFamigliaParameters;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.Housing;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.dsu.IseeParameters;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.Relationship;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.veneto.RegionalNurseryFund;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import it.fsr.core.testing.BadInputCatalogue;
import it.fsr.core.testing.BadInputCatalogue.Case;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every kind of bad input of fsr-isee, each with the exact violations expected. */
class BadInputCatalogueTest {
    static final LocalDate D = LocalDate.of(2022, 1, 1);
    static final BadInputCatalogue CATALOGUE = new BadInputCatalogue();

    static Map<String, Long> places(long n) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("Verona", n);
        return m;
    }

    static Stream<Case> cases() {
        return Stream.of(
            c("two heads, a couple of three", () -> Household.of("h", D, Member.declarant(30, WorkStatus.WORKS), Member.declarant(31, WorkStatus.WORKS), Member.spouse(30, WorkStatus.WORKS), Member.spouse(29, WorkStatus.WORKS)),
                    "household[h].members = 2 heads: a household has exactly one head",
                    "household[h].members = 2 partners: a household has at most one partner"),
            c("no head", () -> Household.of("h", D, Member.spouse(30, WorkStatus.WORKS)), "household[h].members = 0 heads: a household has exactly one head"),
            c("a child older than the head", () -> Household.of("h", D, Member.declarant(30, WorkStatus.WORKS), Member.child(40)),
                    "household[h].members[1].age = 40: a child must be younger than the head and the partner (30)"),
            c("age out of range", () -> Household.of("h", D, Member.declarant(121, WorkStatus.WORKS)), "household[h].members[0].age = 121: must be between 0 and 120"),
            c("negative age", () -> Household.of("h", D, Member.declarant(30, WorkStatus.WORKS), Member.child(-2)), "household[h].members[1].age = -2: must be between 0 and 120"),
            c("twins that are not children", () -> Household.of("h", D, Member.declarant(40, WorkStatus.WORKS), Member.of(Relationship.OTHER, 8).inTwinGroup("T"),
                    Member.child(8).inTwinGroup("T")), "household[h].members[1].twinGroup = T: twins must be children of the head"),
            c("a twin alone", () -> Household.of("h", D, Member.declarant(40, WorkStatus.WORKS), Member.child(8).inTwinGroup("T")),
                    "household[h].twinGroup = T: a twin group needs at least two members"),
            c("born after the date", () -> Household.of("h", List.of(Member.declarant(30, WorkStatus.WORKS), Member.child(0).bornOn(LocalDate.of(2023, 1, 1))), false,
                    Housing.NORMAL, D), "household[h].members[1].age = -1: must be between 0 and 120",
                    "household[h].members[1].birthDate = 2023-01-01: is after the application date 2022-01-01"),
            c("negative ISEE", () -> IseeAttestation.of(Euro.parse("-1"), BigDecimal.ONE), "isee = -1.00: must not be negative"),
            c("scale below one", () -> IseeAttestation.of(Euro.ofEuros(1), new BigDecimal("0.5")), "scale = 0.5: must be at least 1.00 (DPCM 159/2013 all. 1)"),
            c("scale implausibly large", () -> IseeAttestation.of(Euro.ofEuros(1), new BigDecimal("101")), "scale = 101: is implausibly large"),
            c("missing scale", () -> IseeAttestation.of(Euro.ofEuros(1), null), "scale = null: is required"),
            c("ISE inconsistent with ISEE and scale", () -> IseeAttestation.of(Euro.ofEuros(10000), new BigDecimal("1.57"), Euro.ofEuros(10000)),
                    "ise = 10000.00: is inconsistent with ISEE 10000.00 × scale 1.57: ISE / scale = 6369.43 (more than a cent apart)"),
            c("10^15 euro ISEE", () -> Euro.parse("1.000.000.000.000.000,00"), "amount = 1.000.000.000.000.000,00: exceeds the largest supported amount of 1000000000000.00 euro"),
            c("negative income", () -> it.fsr.isee.dsu.DsuCalculator.compute(it.fsr.isee.dsu.Dsu.of("h", D, List.of(it.fsr.isee.dsu.DsuMember.of("a",
                    Relationship.DECLARANT, 30, it.fsr.isee.Disability.NONE, true).withEmployeeIncome(Euro.parse("-1")))), it.fsr.isee.Variant.ORDINARIO,
                    it.fsr.isee.Purpose.ORDINARIO), "member a: employee_income = -1.00: must not be negative"),
            c("negative rescaled ISEE", () -> NurseryContribution.decideChild("h", "1", Euro.parse("-1"), Euro.ZERO,
                    NurseryContribution.Rule.forServiceYear(ServiceYear.parse("2021/22"))), "iseeFf = -1.00: must not be negative"),
            c("a service year that is not two consecutive years", () -> ServiceYear.parse("2021/23"),
                    "serviceYear = 2021/23: must be two consecutive years, such as 2021/22"),
            c("a head's work status not stated with minor children", () -> Household.of("h", D, Member.declarant(30), Member.child(2)),
                    "household[h].members[0].work = null: is not stated: the head of a household with minor children needs a work status (works, unemployed, not_working)"),
            c("a partner's work status not stated with minor children", () -> Household.of("h", D, Member.declarant(30, WorkStatus.WORKS), Member.spouse(30),
                    Member.child(2)),
                    "household[h].members[1].work = null: is not stated: the partner of a household with minor children needs a work status (works, unemployed, not_working)"),
            c("a child of 19-26 with no student flag", () -> Household.of("h", D, Member.declarant(50), Member.child(20)),
                    "household[h].members[1].student = null: is not stated: a child aged 19-26 needs the student flag (yes/no)"),
            c("widowed in a couple", () -> Household.of("h", List.of(Member.declarant(30, WorkStatus.WORKS), Member.spouse(30, WorkStatus.WORKS),
                    Member.child(2)), true, Housing.NORMAL, D),
                    "household[h].widowed = yes: applies only to a single parent (no partner) with minor children"),
            c("widowed without minor children", () -> Household.of("h", List.of(Member.declarant(60)), true, Housing.NORMAL, D),
                    "household[h].widowed = yes: applies only to a single parent (no partner) with minor children"),
            c("the head at the nido", () -> Household.of("h", D, Member.declarant(30).attendingNursery()),
                    "household[h].members[0].nursery = yes: the head or the partner cannot be the child attending a 0-3 service",
                    "household[h].members[0].nursery = yes: the child attending a 0-3 service must be under 4 at the date (age 30)"),
            c("two members with one id", () -> Household.of("h", D, Member.declarant(30).withId("A"), Member.of(Relationship.OTHER, 60).withId("A")),
                    "household[h].members[1].id = A: is a duplicate member id in this household"),
            c("a schedule without bands", () -> it.fsr.isee.compartecipazione.Schedule.builder("s").kind(it.fsr.isee.compartecipazione.Schedule.Kind.SOCIALE)
                    .unit(it.fsr.isee.compartecipazione.Schedule.Unit.ORA).cost(Euro.ofEuros(10)).isee(it.fsr.isee.Variant.ORDINARIO).build(),
                    "bands = []: at least one band is required"),
            c("duplicate applications and a negative budget", () -> BudgetCheck.check(Euro.parse("-1"), List.of(
                    new BudgetCheck.Application("a", Euro.ZERO, Euro.ofEuros(600)), new BudgetCheck.Application("a", Euro.ZERO, Euro.ofEuros(600))),
                    BudgetCheck.Policy.RANKING), "budget = -1.00: must not be negative", "applications[a].id = a: is a duplicate id"),
            c("negative places", () -> RegionalNurseryFund.split(Euro.ofEuros(5_000_000), places(-1)), "places[Verona] = -1: must not be negative"));
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputGivesTheExactViolations() {
        return CATALOGUE.tests(cases());
    }

    @AfterAll
    static void report() {
        System.out.println("fsr-isee bad-input catalogue: " + CATALOGUE.tried() + " bad inputs tried");
    }
}
