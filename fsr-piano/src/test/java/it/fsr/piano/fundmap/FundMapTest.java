package it.fsr.piano.fundmap;

import it.fsr.core.explain.CsvDialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An Ambito's fund map: the lines programmed together over several years, the window that closes first funding first. */
class FundMapTest {

    /** A small Ambito: FNPS (any area, spent in the year), PNRR 1.1.3 (home care of the elderly, until 30/6/2026), FSR (minors). */
    static List<FundMap.Line> lines() {
        return List.of(
                new FundMap.Line("FNPS", "DM riparto FNPS 2025", 2025, Euro.ofEuros(100_000), LocalDate.of(2025, 12, 31), Set.of()),
                new FundMap.Line("PNRR-1.1.3", "Avviso 1/2022, 1.1.3", 2025, Euro.ofEuros(330_000), LocalDate.of(2026, 6, 30), Set.of("anziani")),
                new FundMap.Line("FSR", "DGR XII/4793/2025", 2025, Euro.ofEuros(50_000), LocalDate.of(2026, 12, 31), Set.of("minori")),
                new FundMap.Line("FNPS", "DM riparto FNPS 2026", 2026, Euro.ofEuros(100_000), LocalDate.of(2026, 12, 31), Set.of()));
    }

    static List<FundMap.Service> services() {
        return List.of(
                new FundMap.Service("SAD anziani", "anziani", 2025, Euro.ofEuros(200_000)),
                new FundMap.Service("ADM", "minori", 2025, Euro.ofEuros(80_000)),
                new FundMap.Service("SAD anziani", "anziani", 2026, Euro.ofEuros(200_000)),
                new FundMap.Service("ADM", "minori", 2026, Euro.ofEuros(80_000)));
    }

    @Test
    void theLineWhoseWindowClosesFirstFundsFirst() {
        FundMap m = FundMap.of(lines(), services());
        assertThat(m.invariantBreaches()).isEmpty();
        // 2025: FNPS 2025 (closes 31/12/2025) first: split SAD 200,000 : ADM 80,000 -> 71,428.57 / 28,571.43;
        // PNRR (30/6/2026) then gives SAD its other 128,571.43; FSR (31/12/2026) gives ADM its other 51,428.57... only 50,000
        FundMap.Service sad25 = services().get(0);
        FundMap.Service adm25 = services().get(1);
        assertThat(m.covered(sad25)).isEqualTo(Euro.ofEuros(200_000));
        assertThat(m.uncovered(adm25)).isEqualTo(Euro.parse("1428.57"));
        // 2026: PNRR has 201,428.57 left: SAD 2026 takes 200,000; ADM 2026 gets FNPS 2026 ... and FSR has nothing left
        FundMap.Service sad26 = services().get(2);
        FundMap.Service adm26 = services().get(3);
        assertThat(m.covered(sad26)).isEqualTo(Euro.ofEuros(200_000));
        assertThat(m.covered(adm26)).isEqualTo(Euro.ofEuros(80_000));
        // PNRR's 1,428.57 left when its window closes in 2026: at risk; FNPS 2026 has 20,000 unprogrammed and closes in 2026: at risk
        assertThat(m.moneyAtRisk()).containsEntry("PNRR-1.1.3", Euro.parse("1428.57"));
        assertThat(m.toCsv(CsvDialect.PLAIN)).startsWith("year,line,service,amount,kind\n")
                .contains("2025,FNPS,SAD anziani,71428.57,assigned\n").contains("2025,,ADM,1428.57,uncovered\n");
        assertThat(m.toMarkdown(Locale.ITALIAN)).contains("# Mappa dei fondi").contains("## 2025").contains("A RISCHIO");
    }

    @Test
    void aFixedAssignmentIsAppliedFirstAndChecked() {
        FundMap m = FundMap.of(lines(), services(), List.of(new FundMap.Fixed("FSR", 2025, "ADM", 2026, Euro.ofEuros(50_000))));
        assertThat(m.assignments().get(0).amount()).isEqualTo(Euro.ofEuros(50_000));
        assertThat(m.invariantBreaches()).isEmpty();
        assertThatThrownBy(() -> FundMap.of(lines(), services(), List.of(new FundMap.Fixed("FSR", 2025, "SAD anziani", 2025, Euro.ofEuros(1)),
                new FundMap.Fixed("PNRR-1.1.3", 2025, "SAD anziani", 2025, Euro.ofEuros(400_000)))))
                .hasMessageContaining("the line may not fund it (areas [minori]")
                .hasMessageContaining("exceeds what is left of the line (330000.00)");
        String cmp = FundMap.compare(FundMap.of(lines(), services()), m, CsvDialect.PLAIN);
        assertThat(cmp).startsWith("service,year,uncovered_a,uncovered_b,difference\n").contains("at_risk,");
    }

    @Test
    void noLineSpendsBeyondItsMoneyWindowOrAreasAndNoServiceIsCoveredBeyondItsCost() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String[] areas = {"minori", "anziani", "disabili"};
            List<FundMap.Line> lines = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(6); i++) {
                int year = 2024 + r.nextInt(3);
                lines.add(new FundMap.Line("L" + i, "", year, Euro.ofCents(r.nextInt(50_000_000)), LocalDate.of(year + r.nextInt(3), 6, 30),
                        r.nextBoolean() ? Set.of() : Set.of(areas[r.nextInt(3)])));
            }
            List<FundMap.Service> services = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(6); i++) {
                services.add(new FundMap.Service("S" + i, areas[r.nextInt(3)], 2024 + r.nextInt(4), Euro.ofCents(r.nextInt(40_000_000))));
            }
            FundMap m = FundMap.of(lines, services);
            assertThat(m.invariantBreaches()).isEmpty();
            long assigned = m.assignments().stream().mapToLong(a -> a.amount().cents()).sum();
            long programmed = lines.stream().mapToLong(l -> m.programmed(l).cents()).sum();
            assertThat(programmed).isEqualTo(assigned);
            for (FundMap.Service s : services) {
                assertThat(m.covered(s).plus(m.uncovered(s))).isEqualTo(s.cost());
                // a service left uncovered has no line that could still fund it with money left
                if (m.uncovered(s).isPositive()) {
                    for (FundMap.Line l : lines) {
                        if (l.mayFund(s)) {
                            assertThat(m.unprogrammed(l)).as("%s could fund %s", l, s).isEqualTo(Euro.ZERO);
                        }
                    }
                }
            }
        });
    }
}
