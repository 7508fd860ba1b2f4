package it.fsr.riparto;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The piano di riparto as a clerk reads it, for a small Ambito computed by hand: budget 10,000.00;
 * reserve 5% = 500.00 (+ residuals 123.45); inclusion 10% = 1,000.00 of which admin 2% = 200.00;
 * 8,500.00 to split 3 : 1 : 0 -> MINORI 6,375.00, ANZIANI 2,125.00, DISABILI 0.00. Affido needs
 * 6,000 + 2,000 (A2's deficit) = 8,000 > 6,375: all of it; 6,375 by 6,000 : 3,000 gives A2 2,125.00 >
 * its deficit 2,000.00: capped, A1 gets 4,375.00. The day centre's cap 100.00 is under the €300 floor: it can
 * never be paid and is no need, so ANZIANI's 2,125.00 goes to the admitted units with need in MINORI: A1's
 * 1,625.00 (to its deficit 6,000.00), and only the 500.00 nobody can take reaches the reserve (before the
 * 2026-12 reading the 2,125.00 went to the reserve while A1 had need).
 */
class ReportRenderingTest {

    static RipartoPlan plan() {
        RipartoScenario s = RipartoScenario.of("Ambito Prova", 2025, Euro.ofEuros(10_000))
                .withSetAsides(Rate.ofPercent(5), Rate.ofPercent(10), Rate.ofPercent(2))
                .withPreviousResiduals(Euro.parse("123.45"))
                .withPreviousAreaSplit(Map.of(Area.MINORI, Euro.ofEuros(3), Area.ANZIANI, Euro.ofEuros(1), Area.DISABILI, Euro.ZERO));
        List<ServiceUnit> units = List.of(
                ServiceUnit.builder("A1", ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("C1").name("Affido Uno").operator("Comune Uno")
                        .costs(Euro.ofEuros(6000)).eligibleSpend(Euro.ofEuros(6000)).build(),
                ServiceUnit.builder("A2", ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("C2").name("Affido Due").operator("Comune Due")
                        .costs(Euro.ofEuros(5000)).revenues(Euro.ofEuros(3000)).eligibleSpend(Euro.ofEuros(3000)).build(),
                ServiceUnit.builder("A3", ServiceType.AFFIDO).authorised(true).seatedInAmbito(true).cudes("C3").name("Affido Tre").operator("Comune Tre").authorised(false)
                        .costs(Euro.ofEuros(1000)).eligibleSpend(Euro.ofEuros(1000)).build(),
                ServiceUnit.builder("D1", ServiceType.CENTRO_DIURNO_ANZIANI).authorised(true).seatedInAmbito(true).cudes("C4").name("Centro Diurno").operator("Fondazione")
                        .costs(Euro.ofEuros(1100)).revenues(Euro.ofEuros(1000)).build());
        return AmbitoRiparto.compute(s, units);
    }

    @Test
    void theFiguresComputedByHand() {
        RipartoPlan p = plan();
        assertThat(p.reserve()).isEqualTo(Euro.parse("500.00"));
        assertThat(p.inclusion()).isEqualTo(Euro.parse("1000.00"));
        assertThat(p.admin()).isEqualTo(Euro.parse("200.00"));
        assertThat(p.area(Area.MINORI).budget()).isEqualTo(Euro.parse("6375.00"));
        assertThat(p.area(Area.ANZIANI).budget()).isEqualTo(Euro.parse("2125.00"));
        assertThat(p.unit("A1").orElseThrow().amount()).isEqualTo(Euro.parse("6000.00"));
        assertThat(p.unit("A2").orElseThrow().amount()).isEqualTo(Euro.parse("2000.00"));
        assertThat(p.returnedToReserve()).isEqualTo(Euro.parse("500.00"));
        assertThat(p.reserveTotal()).isEqualTo(Euro.parse("1123.45"));
        assertThat(p.type(ServiceType.AFFIDO).orElseThrow().coveragePercent()).contains(new java.math.BigDecimal("88.89"));
        assertThat(p.unit("D1").orElseThrow().status()).isEqualTo(UnitStatus.BELOW_MINIMUM_CONTRIBUTION);
        assertThat(p.area(Area.ANZIANI).toOtherAreas()).isEqualTo(Euro.parse("1625.00"));
        assertThat(p.type(ServiceType.CSE)).isEmpty();
    }

    /**
     * The whole report, in Italian text with explanations and in English Markdown, as reviewed line by
     * line against the figures above (src/test/resources/it/fsr/riparto/report-prova-*).
     */
    @Test
    void theReportsReadAsReviewed() throws java.io.IOException {
        RipartoPlan p = plan();
        assertThat(p.toText(Locale.ITALIAN, true)).isEqualTo(resource("report-prova-it.txt"));
        assertThat(p.toMarkdown(Locale.ENGLISH, false)).isEqualTo(resource("report-prova-en.md"));
        assertThat(p.toCsv()).isEqualTo("""
                unit_id,cudes,name,operator,comune,area,service_type,rule,status,reasons,eligible_spend,deficit,cap,active_days,minimum,amount,coverage_percent,resident_days,amount_per_day
                A1,C1,Affido Uno,Comune Uno,,MINORI,AFFIDO,PROPORTIONAL,CAPPED,,6000.00,6000.00,6000.00,365,0.00,6000.00,100.00,,
                A2,C2,Affido Due,Comune Due,,MINORI,AFFIDO,PROPORTIONAL,CAPPED,,3000.00,2000.00,2000.00,365,0.00,2000.00,66.67,,
                A3,C3,Affido Tre,Comune Tre,,MINORI,AFFIDO,PROPORTIONAL,EXCLUDED,NOT_IN_REGULAR_OPERATION,1000.00,1000.00,0.00,365,0.00,0.00,0.00,,
                D1,C4,Centro Diurno,Fondazione,,ANZIANI,CENTRO_DIURNO_ANZIANI,PROPORTIONAL,BELOW_MINIMUM_CONTRIBUTION,,100.00,100.00,100.00,365,0.00,0.00,0.00,,
                """);
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = ReportRenderingTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
