package it.fsr.riparto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.Violation;
import it.fsr.riparto.example.MonteOrfano2025;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The riparto's files as a clerk writes them (Avviso FSR 2025 of Ambito 6 Monte Orfano, DGR XII/4793/2025): read whole
 * into the plan the library computes, a what-if on the same units, each problem at its file's line and key, a region's
 * Ambiti file read and refused; the plan's report with its weights, indicators, per-day and operators' sections.
 */
class RipartoFilesTest {
    static final String S = "s.properties";
    static final String U = "u.csv";

    private static List<String> fields(Runnable r) {
        return it.fsr.core.testing.Problems.fields(r);
    }

    @Test
    void theFilesGiveTheLibrarysPlanAndAWhatIf() {
        RipartoInput.Files f = RipartoInput.read(S, MonteOrfano2025.scenarioText(), U, MonteOrfano2025.unitsText());
        RipartoPlan plan = f.plan(RipartoParameters.defaults());
        RipartoPlan expected = MonteOrfano2025.plan();
        assertThat(plan.toCsv()).isEqualTo(expected.toCsv());
        assertThat(plan.areas()).hasSize(3);
        RipartoPlan whatIf = f.withScenario("w.properties", MonteOrfano2025.scenarioText().replace("reserve=5%", "reserve=4%"))
                .plan(RipartoParameters.defaults());
        assertThat(whatIf.distributable()).isGreaterThan(plan.distributable());
        assertThat(fields(() -> f.withScenario("w.properties", MonteOrfano2025.scenarioText().replace("reserve=5%", "reserve=10%"))
                .plan(RipartoParameters.defaults()))).containsExactly("w.properties:8: reserve");
        assertThat(RipartoInput.requiredColumns()).contains("id", "service_type");
        assertThat(RipartoInput.optionalColumns()).contains("children_attending");
        assertThat(RipartoInput.dialectOf(U, "id;name\n1;a\n")).isEqualTo(CsvDialect.ITALIAN);
        assertThat(RipartoInput.dialectOf(U, "id,name\n1,a\n")).isEqualTo(CsvDialect.PLAIN);
    }

    @Test
    void theReportShowsTheWeightsTheIndicatorsAndTheOperators() {
        String md = MonteOrfano2025.plan().toMarkdown(Locale.ITALIAN, false);
        String en = MonteOrfano2025.plan().toMarkdown(Locale.ENGLISH, false);
        for (String report : List.of(md, en)) {
            assertThat(report).contains("40%").contains("|");
        }
        assertThat(MonteOrfano2025.plan().toMarkdown()).isNotBlank();
        // each type with indicator weights has its own table of the units' indicators
        long typesWithWeights = MonteOrfano2025.scenario().indicatorWeights().keySet().stream()
                .filter(t -> MonteOrfano2025.plan().units().stream().anyMatch(u -> u.unit().type() == t && !u.indicators().isEmpty())).count();
        assertThat(typesWithWeights).isPositive();
        assertThat(md.split(":\n\n", -1).length - 1).isGreaterThanOrEqualTo((int) typesWithWeights);
        MonteOrfano2025.plan().units().stream().filter(u -> !u.indicators().isEmpty()).forEach(u -> assertThat(md).contains(u.id()));
    }

    @Test
    void aScenariosProblemIsAtItsKeysLine() {
        String text = "budget=100\nreserve=5%\narea.MINORI=10\ntype.CSE=5\nweights.CAG.STAFF_HOURS=50%\nprevious_residuals=0\n";
        assertThat(RipartoInput.placeInScenario(Violation.of("reserveRate", 1, "m"), S, text).field()).isEqualTo("s.properties:2: reserve");
        assertThat(RipartoInput.placeInScenario(Violation.of("inclusionRate", 1, "m"), S, text).field()).isEqualTo("s.properties: inclusion");
        assertThat(RipartoInput.placeInScenario(Violation.of("adminRate", 1, "m"), S, text).field()).isEqualTo("s.properties: admin");
        assertThat(RipartoInput.placeInScenario(Violation.of("budget", 1, "m"), S, text).field()).isEqualTo("s.properties:1: budget");
        assertThat(RipartoInput.placeInScenario(Violation.of("previousResiduals", 1, "m"), S, text).field())
                .isEqualTo("s.properties:6: previous_residuals");
        assertThat(RipartoInput.placeInScenario(Violation.of("typeBudgets[CSE]", 1, "m"), S, text).field()).isEqualTo("s.properties:4: type.CSE");
        assertThat(RipartoInput.placeInScenario(Violation.of("areaBudgets", 1, "m"), S, text).field()).isEqualTo("s.properties:3: area.MINORI");
        assertThat(RipartoInput.placeInScenario(Violation.of("indicatorWeights[CAG]", 1, "m"), S, text).field())
                .isEqualTo("s.properties:5: weights.CAG.STAFF_HOURS");
        assertThat(RipartoInput.placeInScenario(Violation.of("indicatorWeights[CAG][STAFF_HOURS]", 1, "m"), S, text).field())
                .isEqualTo("s.properties:5: weights.CAG.STAFF_HOURS");
        assertThat(RipartoInput.placeInScenario(Violation.of("previousAreaSplit[ANZIANI]", 1, "m"), S, text).field())
                .isEqualTo("s.properties: previous_area.ANZIANI");
        assertThat(RipartoInput.placeInScenario(Violation.of("typeBudgets[CDD]", 1, "m"), S, text).field()).isEqualTo("s.properties: type.CDD");
        assertThat(RipartoInput.placeInScenario(Violation.of("units", 1, "m"), S, text).field()).isEqualTo("s.properties: units");
    }

    @Test
    void aScenariosKeysAndValuesAreChecked() {
        String base = MonteOrfano2025.scenarioText();
        assertThat(fields(() -> RipartoInput.scenario(S, base.replace("year=2025", "year=25")))).containsExactly("s.properties:6: year");
        assertThat(fields(() -> RipartoInput.scenario(S, base.replace("year=2025\n", "")))).containsExactly("s.properties: year");
        assertThat(fields(() -> RipartoInput.scenario(S, base + "area.GIOVANI=10\n"))).singleElement().asString().endsWith(": area.GIOVANI");
        assertThat(fields(() -> RipartoInput.scenario(S, base + "type.XYZ=10\n"))).singleElement().asString().endsWith(": type.XYZ");
        assertThat(fields(() -> RipartoInput.scenario(S, base + "weights.CAG=10%\n"))).singleElement().asString().endsWith(": weights.CAG");
        assertThat(fields(() -> RipartoInput.scenario(S, base + "weights.CAG.NOPE=10%\n"))).singleElement().asString().endsWith(": weights.CAG.NOPE");
        assertThat(fields(() -> RipartoInput.scenario(S, base + "colour=blu\n"))).singleElement().asString().endsWith(": colour");
        assertThat(fields(() -> RipartoInput.scenario(S, base.replace("reserve=5%", "reserve=0,05")))).singleElement().asString().endsWith(": reserve");
        assertThat(fields(() -> RipartoInput.scenario(S, base + "area.MINORI=dieci\n"))).singleElement().asString().endsWith(": area.MINORI");
        assertThat(fields(() -> RipartoInput.scenario(S, base + "weights.CAG.STAFF_HOURS=30%\n")))
                .anySatisfy(f -> assertThat(f).endsWith(": weights.CAG.STAFF_HOURS"));
        // a blank weight is no weight
        RipartoScenario blank = RipartoInput.scenario(S, base.replace("weights.CRD.CANTEEN=10%", "weights.CRD.CANTEEN="));
        assertThat(blank.indicatorWeights().get(ServiceType.CRD)).doesNotContainKey(Indicator.CANTEEN);
        // an area budget and a type budget are read
        RipartoScenario budgets = RipartoInput.scenario(S, base + "area.MINORI=100.000,00\ntype.AFFIDO=20.000,00\n");
        assertThat(budgets.areaBudgets()).containsEntry(Area.MINORI, Euro.parse("100000.00"));
        assertThat(budgets.typeBudgets()).containsEntry(ServiceType.AFFIDO, Euro.parse("20000.00"));
    }

    @Test
    void theUnitsFilesProblemsAtTheirLines() {
        String units = MonteOrfano2025.unitsText();
        String[] lines = units.split("\n");
        // a unit twice
        String twice = units + lines[1] + "\n";
        assertThat(fields(() -> RipartoInput.units(U, twice))).anySatisfy(f -> assertThat(f).isEqualTo(U + ":" + (lines.length + 1) + ": id"));
        // both files wrong: every problem at once
        assertThat(fields(() -> RipartoInput.read(S, MonteOrfano2025.scenarioText().replace("year=2025", "year=x"), U, twice)))
                .anySatisfy(f -> assertThat(f).startsWith(S)).anySatisfy(f -> assertThat(f).startsWith(U));
        assertThat(fields(() -> RipartoInput.read(S, MonteOrfano2025.scenarioText(), U, twice))).allSatisfy(f -> assertThat(f).startsWith(U));
    }

    @Test
    void aRegionsAmbitiFileReadAndRefused() {
        String ok = "ambito,population,places,home_care_users,foster_minors,cofinanced_units,active_units\nA,75000,100,10,4,5,10\nB,25000,100,30,0,5,20\n";
        RegionalRiparto.Result r = RipartoInput.regional(Euro.parse("1000000.00"), "a.csv", ok, 2025, RipartoParameters.defaults());
        assertThat(r.toString()).isNotBlank();
        assertThat(fields(() -> RipartoInput.regional(Euro.parse("1000000.00"), "a.csv", ok.replace(",active_units", ",attive"), 2025,
                RipartoParameters.defaults()))).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("a.csv:1"));
        assertThat(fields(() -> RipartoInput.regional(Euro.parse("1000000.00"), "a.csv", ok + "A,1,1,1,1,1,1\n", 2025, RipartoParameters.defaults())))
                .containsExactly("a.csv:4: ambito");
        assertThat(fields(() -> RipartoInput.regional(Euro.parse("1000000.00"), "a.csv", ok.replace("75000", "molti"), 2025,
                RipartoParameters.defaults()))).containsExactly("a.csv:2: population");
        // a problem of the riparto itself, placed on the Ambito's line
        assertThat(fields(() -> RipartoInput.regional(Euro.parse("1000000.00"), "a.csv", ok.replace("75000", "-5"), 2025,
                RipartoParameters.defaults()))).allSatisfy(f -> assertThat(f).startsWith("a.csv:2: "));
    }
}
