package it.fsr.lep.catalogue;

import static it.fsr.core.testing.BadInputCatalogue.c;

import it.fsr.core.allocation.RoundingPolicy;
import it.fsr.core.money.Euro;
import it.fsr.lep.LepBatch;
import it.fsr.lep.LepParameters;
import it.fsr.lep.NurseryCoverage;
import it.fsr.lep.SocialWorkers;
import it.fsr.lep.TransportCoverage;
import it.fsr.lep.UnitCost;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import it.fsr.core.testing.BadInputCatalogue;
import it.fsr.core.testing.BadInputCatalogue.Case;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every kind of bad input of fsr-lep, each with the exact violations expected. */
class BadInputCatalogueTest {
    static final BadInputCatalogue CATALOGUE = new BadInputCatalogue();

    static Map<String, long[]> comuni() {
        Map<String, long[]> m = new LinkedHashMap<>();
        m.put("A", new long[] {100, 10});
        m.put("B", new long[] {200, 30});
        return m;
    }

    static Map<String, List<String>> bacini(String... spec) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String s : spec) {
            String[] p = s.split(":");
            m.put(p[0], List.of(p[1].split("\\+")));
        }
        return m;
    }

    static Stream<Case> cases() {
        return Stream.of(
            c("negative population and workers", () -> SocialWorkers.assess("X", -1, BigDecimal.valueOf(-1), 2025, LepParameters.defaults()),
                    "comuni[X].population = -1: must not be negative", "comuni[X].socialWorkers = -1: must not be negative"),
            c("a year with no parameter", () -> SocialWorkers.assess("X", 1, BigDecimal.ONE, 2019, LepParameters.defaults()),
                    "lep.social.objectiveRatio = 2019: no value in force for this year (first in force from 2021-01-01)"),
            c("negative children and places", () -> NurseryCoverage.assess("X", -1, -2, 2025, LepParameters.defaults()),
                    "comuni[X].children_3_36m = -1: must not be negative", "comuni[X].places = -2: must not be negative"),
            c("nursery year before the LEP", () -> NurseryCoverage.assess("X", 1, 1, 2021, LepParameters.defaults()),
                    "lep.nursery.threshold = 2021: no value in force for this year (first in force from 2022-01-01)"),
            c("more transported than enrolled", () -> TransportCoverage.assess("X", 10, 20, 2025, LepParameters.defaults()),
                    "comuni[X].pupils_transported = 20: exceeds the pupils enrolled (10)"),
            c("a bacino naming an unknown Comune", () -> NurseryCoverage.bacini(comuni(), bacini("B1:A+Q"), 2025, LepParameters.defaults()),
                    "bacini[B1] = Q: names an unknown Comune"),
            c("a Comune in two bacini", () -> NurseryCoverage.bacini(comuni(), bacini("B1:A+B", "B2:A"), 2025, LepParameters.defaults()),
                    "bacini[B2] = A: is already in bacino B1"),
            c("zero users", () -> UnitCost.of(Euro.ofEuros(100), 0), "users = 0: must be positive"),
            c("negative total", () -> UnitCost.of(Euro.parse("-1"), 3), "total = -1.00: must not be negative"),
            c("more users than the total is for", () -> UnitCost.of(Euro.ofEuros(100), 3).allocate(Map.of("A", 5L), RoundingPolicy.LARGEST_REMAINDER),
                    "users = 5: exceed the 3 users the total is for"),
            c("negative users to return", () -> UnitCost.of(Euro.ofEuros(100), 3).toReturn(-1, 0), "assigned = -1: must not be negative"),
            c("users not published for the year", () -> NurseryCoverage.unitCost(2024, LepParameters.defaults()),
                    "lep.nursery.users = 2024: no value published for this year"),
            c("negative spending", () -> SocialWorkers.SpendingObjective.assess(Euro.ZERO, Euro.parse("-1"), Euro.ZERO),
                    "spending = -1.00: must not be negative"),
            c("duplicate Comuni in the batch", () -> LepBatch.run(List.of(LepBatch.Comune.of("A", "A", "R", null, 1),
                    LepBatch.Comune.of("A", "A", "R", null, 2)), 2025, LepParameters.defaults()), "comuni[A].id = A: is a duplicate id"));
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputGivesTheExactViolations() {
        return CATALOGUE.tests(cases());
    }

    @AfterAll
    static void report() {
        System.out.println("fsr-lep bad-input catalogue: " + CATALOGUE.tried() + " bad inputs tried");
    }
}
