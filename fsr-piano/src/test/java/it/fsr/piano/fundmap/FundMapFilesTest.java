package it.fsr.piano.fundmap;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An Ambito's fund map from its files (the lines of funding with their windows and areas, the services with their
 * periods, the assignments fixed by an act): the map the command line prints, its report in both languages, the
 * comparison of two programmings, the assignments refused at their place; each file's wrong values at their lines.
 */
class FundMapFilesTest {
    static final String LINES = """
            line,source,year,amount,window_end,areas
            FNPS,DM riparto FNPS 2025,2025,100000.00,2025-12-31,
            PNRR-1.1.3,"Avviso 1/2022, investimento 1.1.3",2025,330000.00,2026-06-30,anziani
            FSR,DGR XII/4793/2025,2025,50000.00,2026-12-31,minori
            FNPS,DM riparto FNPS 2026,2026,100000.00,2026-12-31,
            """;
    static final String SERVICES = """
            service,area,year,cost,period_start,period_end
            SAD anziani,anziani,2025,200000.00,,
            ADM,minori,2025,80000.00,,
            SAD anziani,anziani,2026,200000.00,2026-01-01,2026-06-30
            ADM,minori,2026,80000.00,,
            """;

    static FundMap map(String fixed) {
        FundMapInput.Read r = FundMapInput.read(new FundMapInput.Text("l.csv", LINES), new FundMapInput.Text("s.csv", SERVICES),
                fixed == null ? null : new FundMapInput.Text("f.csv", fixed));
        return FundMap.of(r.lines(), r.services(), r.fixed());
    }

    @Test
    void theMapOfTheFilesItsReportAndItsInvariants() {
        FundMap m = map(null);
        assertThat(m.toCsv(CsvDialect.PLAIN)).isEqualTo("""
                year,line,service,amount,kind
                2025,FNPS,SAD anziani,70000.00,assigned
                2025,FNPS,ADM,30000.00,assigned
                2025,PNRR-1.1.3,SAD anziani,130000.00,assigned
                2025,FSR,ADM,50000.00,assigned
                2026,PNRR-1.1.3,SAD anziani,200000.00,assigned
                2026,FNPS,ADM,80000.00,assigned
                2026,FNPS,,20000.00,unprogrammed_at_risk
                """);
        assertThat(m.years()).containsExactly(2025, 2026);
        assertThat(m.invariantBreaches()).isEmpty();
        assertThat(m.moneyAtRisk()).containsExactly(java.util.Map.entry("FNPS", Euro.parse("20000.00")));
        String it = m.toMarkdown(Locale.ITALIAN);
        assertThat(it).startsWith("# Mappa dei fondi\n\n## 2025\n\n| Linea | Servizio | Importo |").contains("| FNPS (2025) | SAD anziani | € 70.000,00 |")
                .contains("| FNPS | — non programmato, A RISCHIO | € 20.000,00 |").endsWith("Risorse a rischio: FNPS € 20.000,00\n");
        String en = m.toMarkdown(Locale.ENGLISH);
        assertThat(en).startsWith("# Fund map").contains("| Line | Service | Amount |").contains("— unprogrammed, AT RISK").contains("Money at risk: FNPS");
        assertThat(FundMapInput.read(new FundMapInput.Text("l.csv", LINES.replace(",", ";").replace("\"Avviso 1/2022; investimento 1.1.3\"",
                "Avviso 1/2022 investimento 1.1.3").replace(".00", ",00")), new FundMapInput.Text("s.csv", SERVICES), null).dialect())
                .isEqualTo(CsvDialect.ITALIAN);
    }

    @Test
    void aServiceLeftUncoveredAndALinesMoneyNotProgrammed() {
        String more = SERVICES + "Centro diurno,disabili,2026,50000.00,,\n";
        FundMapInput.Read r = FundMapInput.read(new FundMapInput.Text("l.csv", LINES), new FundMapInput.Text("s.csv", more), null);
        FundMap m = FundMap.of(r.lines(), r.services());
        // FNPS 2026's 100,000 shared by need, 80,000 : 50,000; what is left of each service stays the Comuni's
        assertThat(m.toCsv(CsvDialect.PLAIN)).contains("2026,FNPS,ADM,61538.46,assigned\n2026,FNPS,Centro diurno,38461.54,assigned")
                .contains("2026,,ADM,18461.54,uncovered\n2026,,Centro diurno,11538.46,uncovered").doesNotContain("unprogrammed");
        assertThat(m.toMarkdown(Locale.ITALIAN)).contains("— (scoperto: a carico dei Comuni) | Centro diurno | € 11.538,46").contains("Risorse a rischio: —");
        assertThat(m.toMarkdown(Locale.ENGLISH)).contains("— (uncovered: the Comuni)");
        assertThat(m.moneyAtRisk()).isEmpty();
        // a line whose window is not over at the year's end: unprogrammed, not at risk
        String later = LINES + "FSE,PN Inclusione,2026,10000.00,2027-12-31,\n";
        FundMapInput.Read r2 = FundMapInput.read(new FundMapInput.Text("l.csv", later), new FundMapInput.Text("s.csv", SERVICES), null);
        assertThat(FundMap.of(r2.lines(), r2.services()).toCsv(CsvDialect.PLAIN)).contains("2026,FSE,,10000.00,unprogrammed\n");
        assertThat(FundMap.of(r2.lines(), r2.services()).toMarkdown(Locale.ENGLISH)).contains("| FSE | — unprogrammed |");
    }

    @Test
    void twoProgrammingsSideBySide() {
        FundMap a = map(null);
        FundMap b = map("line,line_year,service,service_year,amount\nFNPS,2025,ADM,2025,80000.00\n");
        String cmp = FundMap.compare(a, b, CsvDialect.PLAIN);
        assertThat(cmp).startsWith("service,year,uncovered_a,uncovered_b,difference\n").contains("at_risk,,20000.00,");
        assertThat(cmp.lines().count()).isEqualTo(6);
        assertThat(b.toCsv(CsvDialect.PLAIN)).contains("2025,FNPS,ADM,80000.00,assigned");
        assertThat(b.invariantBreaches()).isEmpty();
        assertThat(FundMapInput.fixed(new FundMapInput.Text("f.csv", "line,line_year,service,service_year,amount\nFNPS,2025,ADM,2025,1.00\n")))
                .singleElement().satisfies(f -> assertThat(f.amount()).isEqualTo(Euro.parse("1.00")));
    }

    private static List<String> fields(String lines, String services, String fixed) {
        try {
            FundMapInput.Read r = FundMapInput.read(new FundMapInput.Text("l.csv", lines), new FundMapInput.Text("s.csv", services),
                    fixed == null ? null : new FundMapInput.Text("f.csv", fixed));
            FundMap.of(r.lines(), r.services(), r.fixed());
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Test
    void eachProblemAtItsPlace() {
        String h = "line,line_year,service,service_year,amount\n";
        assertThat(fields(LINES, SERVICES, h + "FNPS,2024,ADM,2025,1.00\n")).containsExactly("assignments[0].line");
        assertThat(fields(LINES, SERVICES, h + "FNPS,2025,ADM,2027,1.00\n")).containsExactly("assignments[0].service");
        assertThat(fields(LINES, SERVICES, h + "FNPS,2024,ADM,2027,1.00\n")).containsExactly("assignments[0].line", "assignments[0].service");
        assertThat(fields(LINES, SERVICES, h + "FSR,2025,SAD anziani,2025,1.00\n")).containsExactly("assignments[0]");
        assertThat(fields(LINES, SERVICES, h + "FNPS,2025,ADM,2025,100000.01\n")).contains("assignments[0].amount");
        assertThat(fields(LINES, SERVICES, h + "FNPS,2025,ADM,2025,80000.01\n")).containsExactly("assignments[0].amount");
        assertThat(fields(LINES, SERVICES, h + "FNPS,2025,ADM,2025,80000.00\nFNPS,2025,SAD anziani,2025,20000.01\n"))
                .containsExactly("assignments[1].amount");
        assertThat(fields(LINES, SERVICES, h + "FNPS,2025,ADM,2025,80000.00\nFNPS,2025,SAD anziani,2025,20000.00\n")).isEmpty();
        assertThat(fields(LINES.replace(",2025-12-31,", ",fine anno,"), SERVICES, null)).containsExactly("l.csv:2: window_end");
        assertThat(fields(LINES.replace("100000.00,2025", "centomila,2025"), SERVICES, null)).containsExactly("l.csv:2: amount");
        assertThat(fields(LINES, SERVICES.replace("80000.00,,\nSAD", "molti,,\nSAD"), null)).containsExactly("s.csv:3: cost");
        assertThat(fields(LINES, SERVICES.replace("2026-01-01", "gennaio"), null)).containsExactly("s.csv:4: period_start");
        assertThat(fields(LINES, SERVICES, h + "FNPS,duemila,ADM,2025,1.00\n")).containsExactly("f.csv:2: line_year");
        assertThat(fields(LINES.replace("line,source", "linea_x,source"), SERVICES, null)).isNotEmpty();
    }

    @Test
    void aComparisonWithAServiceTheOtherLacksAndAYearOfALineAlone() {
        FundMap a = map(null);
        FundMapInput.Read fewer = FundMapInput.read(new FundMapInput.Text("l.csv", LINES), new FundMapInput.Text("s.csv",
                SERVICES.replace("ADM,minori,2026,80000.00,,\n", "")), null);
        FundMap b = fewer.map();
        assertThat(b.lines()).hasSize(4);
        String cmp = FundMap.compare(a, b, CsvDialect.PLAIN);
        // ADM 2026 is in the first programming only: the other leaves nothing of it uncovered
        assertThat(cmp).contains("ADM,2026,0.00,0.00,0.00");
        assertThat(FundMap.compare(b, a, CsvDialect.PLAIN).lines().count()).isEqualTo(5);
        // a line of a year with no service: the year is the map's, its money unprogrammed
        FundMapInput.Read later = FundMapInput.read(new FundMapInput.Text("l.csv", LINES + "FSE,PN Inclusione,2027,5000.00,2028-12-31,\n"),
                new FundMapInput.Text("s.csv", SERVICES), null);
        FundMap m = FundMap.of(later.lines(), later.services());
        assertThat(m.years()).containsExactly(2025, 2026, 2027);
        assertThat(m.toMarkdown(Locale.ITALIAN)).contains("## 2027").contains("| FSE | — non programmato | € 5.000,00 |");
        // the assignments file alone: its header and its rows checked
        assertThat(it.fsr.core.testing.Problems.fields(() -> FundMapInput.fixed(new FundMapInput.Text("f.csv", "lyne,line_year,service,service_year,amount\nFNPS,2025,ADM,2025,1\n"))))
                .isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("f.csv:1"));
        assertThat(it.fsr.core.testing.Problems.fields(() -> FundMapInput.fixed(new FundMapInput.Text("f.csv", "line,line_year,service,service_year,amount\nFNPS,x,ADM,2025,1\n"))))
                .containsExactly("f.csv:2: line_year");
        assertThat(it.fsr.core.testing.Problems.fields(() -> FundMapInput.fixed(new FundMapInput.Text("f.csv", "line,line_year,service,service_year,amount,nota\nFNPS,2025,ADM,2025,1,x\n"))))
                .isEmpty();
    }
}
