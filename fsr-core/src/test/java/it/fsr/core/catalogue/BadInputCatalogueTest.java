package it.fsr.core.catalogue;

import static it.fsr.core.testing.BadInputCatalogue.c;

import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.allocation.MultiCriteria;
import it.fsr.core.allocation.RoundingPolicy;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import it.fsr.core.testing.BadInputCatalogue;
import it.fsr.core.testing.BadInputCatalogue.Case;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every kind of bad input the spec names, for fsr-core, each with the exact violations expected:
 * negative, zero where positive is needed, over a legal cap, missing, duplicate, unknown code, out of
 * range, overflow-size amounts.
 */
class BadInputCatalogueTest {
    static final BadInputCatalogue CATALOGUE = new BadInputCatalogue();


    static Stream<Case> cases() {
        return Stream.of(
            c("empty amount", () -> Euro.parse(""), "amount = : is empty: expected e.g. 422430.60, 422.430,60 or € 422.430,60"),
            c("three commas", () -> Euro.parse("12,3,4"), "amount = 12,3,4: is not a euro amount: expected e.g. 422430.60, 422.430,60 or € 422.430,60 (at most two decimals)"),
            c("exponent", () -> Euro.parse("1e5"), "amount = 1e5: is not a euro amount: expected e.g. 422430.60, 422.430,60 or € 422.430,60 (at most two decimals)"),
            c("NaN", () -> Euro.parse("NaN"), "amount = NaN: is not a euro amount: expected e.g. 422430.60, 422.430,60 or € 422.430,60 (at most two decimals)"),
            c("10^15 euro", () -> Euro.parse("1000000000000000"), "amount = 1000000000000000: exceeds the largest supported amount of 1000000000000.00 euro"),
            c("fraction of a cent", () -> Euro.of(new BigDecimal("0.001")), "amount = 0.001: has a fraction of a cent; round it explicitly with Euro.of(amount, roundingMode)"),
            c("ambiguous", () -> Euro.parse("1.005"), "amount = 1.005: is ambiguous: write 1005.00 (plain) or 1.005,00 (Italian) to say which"),
            c("bad percentage", () -> Rate.parsePercent("5 percent"), "percentage = 5 percent: is not a percentage (e.g. 5%, 28,88%)"),
            c("negative budget", () -> AllocationEngine.allocate(AllocationRequest.of(Euro.parse("-1"), List.of(Claim.of("a", 1)))),
                    "budget = -1.00: must not be negative"),
            c("negative weight", () -> AllocationEngine.allocate(AllocationRequest.of(Euro.ofEuros(1), List.of(Claim.of("a", -1)))),
                    "claims[0].weight = -1: must not be negative"),
            c("duplicate key", () -> AllocationEngine.allocate(AllocationRequest.of(Euro.ofEuros(1), List.of(Claim.of("a", 1), Claim.of("a", 2)))),
                    "claims[1].key = a: is a duplicate key"),
            c("minimum over cap", () -> AllocationEngine.allocate(AllocationRequest.of(Euro.ofEuros(10),
                    List.of(Claim.of("a", 1).withCap(Euro.ofEuros(1)).withMinimum(Euro.ofEuros(2))))), "claims[0].minimum = 2.00: is above the claim's cap 1.00"),
            c("minimums over budget", () -> AllocationEngine.allocate(AllocationRequest.of(Euro.ofEuros(1),
                    List.of(Claim.of("a", 1).withMinimum(Euro.ofEuros(2))))), "budget = 1.00: cannot pay the guaranteed minimums of 2.00: missing 1.00"),
            c("negative threshold", () -> AllocationEngine.allocate(new AllocationRequest(Euro.ofEuros(1), List.of(), Euro.parse("-3"),
                    RoundingPolicy.LARGEST_REMAINDER)), "threshold = -3.00: must not be negative"),
            c("criteria weights not 100%", () -> MultiCriteria.allocatePerCriterion(Euro.ofEuros(1), List.of(
                    new MultiCriteria.Criterion("k", Rate.ofPercent(90), Map.of("a", BigDecimal.ONE))), RoundingPolicy.LARGEST_REMAINDER),
                    "criteria.weights = 90%: must sum to 100%"),
            c("CSV ragged row", () -> CsvTable.parse("f.csv", "a,b\n1\n"), "f.csv:2: row = 1: the header has 2 columns"),
            c("CSV empty", () -> CsvTable.parse("f.csv", "\n\n"), "f.csv:1: header = : the file is empty: a header row is required"),
            c("CSV unclosed quote", () -> CsvTable.parse("f.csv", "a\n\"x\n"), "f.csv:2: row = \": a quoted field is never closed"),
            c("CSV duplicate column", () -> CsvTable.parse("f.csv", "a,a\n1,2\n"), "f.csv:1: a = a: the column appears twice in the header"));
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputGivesTheExactViolations() {
        return CATALOGUE.tests(cases());
    }

    @AfterAll
    static void report() {
        System.out.println("fsr-core bad-input catalogue: " + CATALOGUE.tried() + " bad inputs tried");
    }
}
