package it.fsr.piano.pnrr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.money.Euro;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The M5C2 catalogue as the Avviso 1/2022 publishes it, its consistency report against the slides that summarise it
 * (Federsanità-Anci Toscana, "La programmazione integrata del Sistema dei Servizi e il PNRR"), and the tranches.
 */
class PnrrTest {

    @ParameterizedTest(name = "{1} {2}: {3} for {4} projects of {5}")
    @CsvSource(delimiter = '|', value = {
        // Avviso pubblico 1/2022 (Decreto direttoriale n. 5 del 15/02/2022): resources, ATS projects, € per project;
        // https://www.lametasociale.it/2022/02/26/speciale-pnrr-le-risorse/ (stanziamento 1.450.600.000, the maxima per project)
        "0|1.1.1|Sostegno alla genitorialità|84600000.00|400|211500.00",
        "1|1.1.2|Autonomia delle persone anziane|307500000.00|125|2460000.00",
        "2|1.1.3|Servizi a domicilio per le persone anziane|66000000.00|200|330000.00",
        "3|1.1.4|Sostegno agli assistenti sociali|42000000.00|200|210000.00",
        "4|1.2|Autonomia delle persone con disabilità|500500000.00|700|715000.00",
        "5|1.3.1|Housing first|177500000.00|250|710000.00",
        "6|1.3.2|Stazioni di posta|272500000.00|250|1090000.00"})
    void theCatalogueKeepsTheAvvisosFigures(int i, String code, String name, String resources, long projects, String perProject) {
        M5C2Catalogue.Line l = M5C2Catalogue.lines().get(i);
        assertThat(l.code()).isEqualTo(code);
        assertThat(l.name()).isEqualTo(name);
        assertThat(l.resources()).isEqualTo(Euro.parse(resources));
        assertThat(l.projects()).isEqualTo(projects);
        assertThat(l.perProject()).isEqualTo(Euro.parse(perProject));
        assertThat(l.computed()).isEqualTo(l.resources());
        assertThat(M5C2Catalogue.SOURCE).contains("Decreto direttoriale n. 5 del 15/02/2022");
    }

    @Test
    void theConsistencyReportShowsEveryDisagreementWithoutFixingIt() {
        List<M5C2Catalogue.Finding> f = M5C2Catalogue.consistency();
        assertThat(f).extracting(x -> x.where() + " " + x.difference()).containsExactly(
                // the slides' totals against the Avviso's parts
                "1.1 Sostegno persone vulnerabili (slide Azioni e Risorse) -100000.00",        // 500M vs 500.1M
                "1.2 Autonomia persone con disabilità (slide Contenuti e Risorse: 505 milioni) 4500000.00",
                "M5C2 risorse esistenti (slide) -100000000.00",                                 // 3,200M vs 2,800 + 500
                // the slides' lines against the Avviso's
                "1.1.1 Sostegno alla genitorialità (slide Contenuti e Risorse) 1800000.00",     // 86.4M vs 400 × 211,500 = 84.6M
                "1.1.4 Sostegno agli assistenti sociali (slide Contenuti e Risorse): 300 × 210000.00 21000000.00", // 300 projects, not 200
                "1.2 Autonomia delle persone con disabilità (slide Contenuti e Risorse) -500000.00"); // 500M vs 700 × 715,000
        // the Avviso's own figures agree with themselves: 1.450,6M = 500,1 + 500,5 + 450
        assertThat(f).noneMatch(x -> x.where().startsWith("Avviso") || x.where().startsWith("1.3"));
        assertThat(M5C2Catalogue.lines()).allSatisfy(l -> assertThat(l.perProject().isPositive()).isTrue());
    }

    @Test
    void aProjectIsPaidIn10_35_35_20ToTheCent() {
        List<Tranches.Tranche> t = Tranches.of(Euro.ofEuros(211_500));
        assertThat(t).extracting(Tranches.Tranche::amount).containsExactly(Euro.parse("21150.00"), Euro.parse("74025.00"),
                Euro.parse("74025.00"), Euro.parse("42300.00"));
        assertThat(t.get(0).milestone()).isEqualTo("convenzione 2022-06-01");
        assertThat(t.get(3).milestone()).contains("2026-06-30");
        // 100.01: 10.001 / 35.0035 / 35.0035 / 20.002 -> 10.00 / 35.00 / 35.00 / 20.00 and the cent to the largest remainder,
        // tied between the second and the third: the earlier tranche takes it
        assertThat(Tranches.of(Euro.parse("100.01"))).extracting(Tranches.Tranche::amount)
                .containsExactly(Euro.parse("10.00"), Euro.parse("35.01"), Euro.parse("35.00"), Euro.parse("20.00"));
    }

    @Test
    void theTranchesAlwaysSumToTheAmount() {
        qt().withExamples(2000).forAll(longs().between(0, 100_000_000_000L)).checkAssert(cents -> {
            List<Tranches.Tranche> t = Tranches.of(Euro.ofCents(cents));
            assertThat(t.stream().mapToLong(x -> x.amount().cents()).sum()).isEqualTo(cents);
            assertThat(t.get(1).amount().cents() - t.get(0).amount().cents()).isGreaterThanOrEqualTo(0);
        });
    }

    @Test
    void theMetropolitanRuleAndTheInterAmbitoSplit() {
        assertThat(M5C2Catalogue.maxProjects13(2_800_000, true)).isEqualTo(8);   // Roma-size: 2.8M / 330,000 = 8.48
        assertThat(M5C2Catalogue.maxProjects13(200_000, true)).isEqualTo(1);
        assertThat(M5C2Catalogue.maxProjects13(2_800_000, false)).isEqualTo(1);
        Map<String, Long> key = new LinkedHashMap<>();
        key.put("Ambito A", 60_000L);
        key.put("Ambito B", 30_000L);
        key.put("Ambito C", 10_000L);
        Map<String, Euro> split = Tranches.interAmbito(Euro.ofEuros(710_000), key);
        assertThat(split).containsEntry("Ambito A", Euro.ofEuros(426_000)).containsEntry("Ambito B", Euro.ofEuros(213_000))
                .containsEntry("Ambito C", Euro.ofEuros(71_000));
        assertThatThrownBy(() -> Tranches.interAmbito(Euro.ofEuros(1), Map.of("A", 0L))).hasMessageContaining("all zero");
    }
}
