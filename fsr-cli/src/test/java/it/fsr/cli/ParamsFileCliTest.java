package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.EX;
import static it.fsr.cli.CliEndToEndTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --params FILE}: a clerk loads an act fsr does not ship, and what {@code params} prints loads back unchanged. */
class ParamsFileCliTest {
    /** A made-up 2026/27 Veneto edition, written the way a clerk would copy a row and change it (Italian dialect). */
    static final String EDITION_2026 = "parametro;valore;dal;al;fonte\n"
            + "ff.nursery.iseeLow;4.000,00;01/09/2026;31/08/2027;DGR di prova 2026/27\n"
            + "ff.nursery.iseeHigh;16.000,00;01/09/2026;31/08/2027;DGR di prova 2026/27\n"
            + "ff.nursery.max;2.000,00;01/09/2026;31/08/2027;DGR di prova 2026/27\n"
            + "ff.nursery.min;1.000,00;01/09/2026;31/08/2027;DGR di prova 2026/27\n"
            + "ff.nursery.nationalIseeCap;20.000,00;01/09/2026;31/08/2027;DGR di prova 2026/27\n";

    @Test
    void aNewServiceYearsEditionLoadedFromAFilePricesAChild(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("nido-2026.csv");
        Files.writeString(f, EDITION_2026, StandardCharsets.UTF_8);
        String[] base = {"contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date", "2026-10-01",
            "--service-year", "2026/27"};
        CliEndToEndTest.Run without = run(base);
        assertThat(without.code()).isEqualTo(3);
        assertThat(without.err()).contains("ff.nursery.").contains("2026/27");
        List<String> args = new ArrayList<>(List.of(base));
        args.addAll(List.of("--params", f.toString()));
        CliEndToEndTest.Run with = run(args.toArray(new String[0]));
        assertThat(with.err()).isEmpty();
        assertThat(with.code()).isZero();
        // F6: FF rescaled ISEE 10,556.90 (as for 2021/22); 2,000 - 1,000 x (10,556.90 - 4,000) / 12,000 = 1,453.59
        assertThat(with.out().lines().filter(l -> l.startsWith("F6,"))).singleElement().asString().contains(",1453.59,");
        CliEndToEndTest.Run explained = run(concat(args, "--explain"));
        assertThat(explained.out()).contains("DGR di prova 2026/27");
    }

    @Test
    void whatParamsPrintsLoadsBackAndGivesTheSameResults(@TempDir Path dir) throws Exception {
        for (String year : List.of("2021", "2022", "2023", "2025")) {
            CliEndToEndTest.Run params = run("params", "--year", year);
            assertThat(params.code()).isZero();
            Path f = dir.resolve("params-" + year + ".csv");
            Files.writeString(f, params.out(), StandardCharsets.UTF_8);
            CliEndToEndTest.Run again = run("params", "--year", year, "--params", f.toString());
            assertThat(again.err()).isEmpty();
            // the same values, now from the file (only the origin column changes)
            assertThat(again.out().replace(",params-" + year + ".csv\n", ",fsr\n")).isEqualTo(params.out());
            assertThat(again.out()).contains(",params-" + year + ".csv\n");
        }
        Path f = dir.resolve("params-2025.csv");
        List<String[]> examples = List.of(
                new String[] {"demo"},
                new String[] {"riparto", "--scenario", EX + "riparto-scenario.properties", "--units", EX + "riparto-units.csv", "--explain"},
                new String[] {"regione", "--fund", "1000000", "--ambiti", EX + "regione-ambiti.csv", "--year", "2025"},
                new String[] {"lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025", "--explain"},
                new String[] {"isee", "--households", EX + "dsu.csv", "--members", EX + "dsu-membri.csv", "--date", "2025-06-01", "--quiet"},
                new String[] {"contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date",
                    "2025-06-01", "--service-year", "2024/25", "--explain"},
                new String[] {"fattore-famiglia", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date", "2025-06-01"});
        for (String[] example : examples) {
            CliEndToEndTest.Run shipped = run(example);
            CliEndToEndTest.Run loaded = run(concat(List.of(example), "--params", f.toString()));
            assertThat(loaded.code()).as(String.join(" ", example)).isEqualTo(shipped.code());
            assertThat(loaded.out()).as(String.join(" ", example)).isEqualTo(shipped.out());
        }
    }

    @Test
    void aBadParametersFileStopsTheRunListingEveryProblem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sbagliato.csv");
        Files.writeString(f, "parametro;valore;dal;al;fonte\n"
                + "ff.nursery.massimo;2.000,00;01/09/2026;31/08/2027;DGR\n"
                + "ff.nursery.max;-5;01/09/2026;31/08/2027;DGR\n"
                + "isee.ise.assetsShare;120%;01/01/2027;;DPCM\n"
                + "ff.nursery.min;1.000,00;01/09/2026;31/08/2025;DGR\n"
                + "ff.nursery.iseeLow;4.000,00;01/09/2026;31/08/2027;\n", StandardCharsets.UTF_8);
        CliEndToEndTest.Run r = run("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv",
                "--service-year", "2021/22", "--params", f.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("sbagliato.csv:2:").contains("[FSR-PARAM-UNKNOWN]").contains("sbagliato.csv:3:").contains("[FSR-NEGATIVE]")
                .contains("sbagliato.csv:4:").contains("[FSR-RANGE]").contains("sbagliato.csv:5:").contains("[FSR-PARAM-WINDOW]")
                .contains("sbagliato.csv:6:").contains("[FSR-PARAM-SOURCE]");
        CliEndToEndTest.Run en = run("params", "--lang", "en", "--params", f.toString());
        assertThat(en.code()).isEqualTo(3);
        assertThat(en.err()).contains("[FSR-PARAM-UNKNOWN]");
        assertThat(run("params", "--params").code()).isEqualTo(2);
        assertThat(run("params", "--params", dir.resolve("assente.csv").toString()).code()).isEqualTo(3);
    }

    @Test
    void aRipartoYearWithNoRegionalParametersIsAnErrorNamingThem(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s2026.properties");
        Files.writeString(scenario, Files.readString(Path.of(EX + "riparto-scenario.properties"), StandardCharsets.UTF_8).replace("year=2025", "year=2026"),
                StandardCharsets.UTF_8);
        CliEndToEndTest.Run r = run("riparto", "--scenario", scenario.toString(), "--units", EX + "riparto-units.csv");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("fsr.").contains("2026").contains("[FSR-PARAM-MISSING]");
        // the 2025 DGR's values copied to 2026 by the clerk (a made-up act): the run goes through and cites it
        String rows = run("params", "--year", "2025").out().lines().filter(l -> l.startsWith("fsr."))
                .map(l -> l.replaceFirst("2025-01-01,2025-12-31,(\"?)", "2026-01-01,2026-12-31,$1DGR di prova 2026; "))
                .reduce("name,value,valid_from,valid_until,source,address,origin\n", (a, b) -> a + b + "\n");
        Path p = dir.resolve("dgr-2026.csv");
        Files.writeString(p, rows, StandardCharsets.UTF_8);
        CliEndToEndTest.Run ok = run("riparto", "--scenario", scenario.toString(), "--units", EX + "riparto-units.csv", "--params", p.toString(),
                "--format", "md", "--explain");
        assertThat(ok.err()).isEmpty();
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("DGR di prova 2026");
    }

    private static String[] concat(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }
}
