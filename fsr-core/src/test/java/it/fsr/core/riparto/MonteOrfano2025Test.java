package it.fsr.core.riparto;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The embedded example recomputed by hand, figure by figure (Avviso FSR 2025, Ambito 6 Monte Orfano). */
class MonteOrfano2025Test {
    private static final RipartoPlan PLAN = MonteOrfano2025.plan();

    private static Euro eur(String s) {
        return Euro.parse(s);
    }

    private static UnitResult unit(String id) {
        return PLAN.unit(id).orElseThrow();
    }

    @Test
    void setsAsideTheReserveAndTheInclusionShareOfTheBudget() {
        // Avviso §1: budget 422,430.60; §5: reserve ≤ 5%, inclusion ≤ 10% incl. admin ≤ 2%
        assertThat(PLAN.budget()).isEqualTo(eur("422430.60"));
        assertThat(PLAN.reserve()).isEqualTo(eur("21121.53"));      // 5% = 21,121.53 exactly
        assertThat(PLAN.inclusion()).isEqualTo(eur("33794.45"));    // 8% = 33,794.448 -> half-up
        assertThat(PLAN.admin()).isEqualTo(eur("8448.61"));         // 2% = 8,448.612 -> half-up
        assertThat(PLAN.distributable()).isEqualTo(eur("367514.62"));
    }

    @Test
    void splitsTheAreasInTheProportionsOf2024() {
        // §5: 2024 = 278,122.49 / 65,000.00 / 72,870.66 of 415,993.15. 367,514.62 × each / 415,993.15 =
        // 245,710.9720 / 57,425.1050 / 64,378.5431: floors sum to 367,514.61, the cent goes to ANZIANI (.4957)
        assertThat(PLAN.area(Area.MINORI).budget()).isEqualTo(eur("245710.97"));
        assertThat(PLAN.area(Area.ANZIANI).budget()).isEqualTo(eur("57425.11"));
        assertThat(PLAN.area(Area.DISABILI).budget()).isEqualTo(eur("64378.54"));
    }

    @Test
    void proportionalRuleGivesOneCoverageToTheUnitsOfTheType() {
        // §3 Affido: budget 59,275.58 split 60,000 : 25,000 -> 41,841.5859 / 17,433.9941
        assertThat(PLAN.type(ServiceType.AFFIDO).orElseThrow().budget()).isEqualTo(eur("59275.58"));
        assertThat(unit("U01").amount()).isEqualTo(eur("41841.59"));
        assertThat(unit("U02").amount()).isEqualTo(eur("17433.99"));
        assertThat(unit("U01").coveragePercent()).contains(new java.math.BigDecimal("69.74"));
        assertThat(unit("U02").coveragePercent()).contains(new java.math.BigDecimal("69.74"));
    }

    @Test
    void capsAUnitAtItsDeficitAndGivesTheExcessToTheOthers() {
        // ADM: U03 eligible 40,000 but deficit 41,000 − 33,000 = 8,000: capped; U04 gets the rest of 18,131.35
        assertThat(unit("U03").status()).isEqualTo(UnitStatus.CAPPED);
        assertThat(unit("U03").amount()).isEqualTo(eur("8000.00"));
        assertThat(unit("U04").amount()).isEqualTo(eur("10131.35"));
    }

    @Test
    void computesTheSadEligibleSpend() {
        // §3 SAD: 52,000 + min(20,000 − 2,000, 60% × 52,000) − 6,000 − 4,000 = 60,000
        assertThat(unit("U17").basis()).isEqualTo(eur("60000.00"));
        // 20,000 + min(15,000, 12,000) − 3,000 − 1,000 = 28,000
        assertThat(unit("U18").basis()).isEqualTo(eur("28000.00"));
        // SAD budget 54,928.37 split 60:28 -> 37,451.1614 / 17,477.2086: the cent to U18
        assertThat(unit("U17").amount()).isEqualTo(eur("37451.16"));
        assertThat(unit("U18").amount()).isEqualTo(eur("17477.21"));
        assertThat(unit("U19").reasons()).containsExactly(ExclusionReason.NO_ELIGIBLE_SPEND);
    }

    @Test
    void paysThePerDayMinimumAndSplitsTheRestByDays() {
        // §3 comunità: €5 × 2,400 + €5 × 1,100 = 17,500 first; the rest 54,394.06 by days:
        // U10 12,000 + 54,394.06 × 2,400/3,500 = 49,298.78 > deficit 48,000: capped; U11 gets 23,894.06
        assertThat(unit("U10").minimum()).isEqualTo(eur("12000.00"));
        assertThat(unit("U10").amount()).isEqualTo(eur("48000.00"));
        assertThat(unit("U10").status()).isEqualTo(UnitStatus.CAPPED);
        assertThat(unit("U11").amount()).isEqualTo(eur("23894.06"));
        assertThat(unit("U11").amount().cents()).isGreaterThanOrEqualTo(5 * 1100 * 100L);
    }

    @Test
    void proratesAUnitThatCeasesDuringTheYear() {
        // §3: CSE Mongolfiera ceased 30/06/2025: 181 days of 365; cap 9,000 × 181/365 = 4,463.0137 -> 4,463.01 (down);
        // minimum €4 × 1,800 × 181/365 = 3,570.4110 -> 3,570.42 (up)
        UnitResult u = unit("U23");
        assertThat(u.activeDays()).isEqualTo(181);
        assertThat(u.prorated()).isTrue();
        assertThat(u.cap()).isEqualTo(eur("4463.01"));
        assertThat(u.minimum()).isEqualTo(eur("3570.42"));
        assertThat(u.amount()).isEqualTo(eur("4463.01"));
    }

    @Test
    void splitsTheNurseriesByWeightedIndicatorsAndDropsTheOneUnderThreeHundredEuro() {
        // weights 40/30/5/10/5/10 over U05, U06, U07 (sums: net cost 115,250; children 75; yes 2/1/1/3):
        // U07's exact share 4,356.17 is capped at its deficit 250 < 300: excluded, then 80,370.71 is
        // split U05 : U06 by their composite weights -> 54,663.9906 / 25,706.7194: the cent goes to U06
        assertThat(unit("U07").status()).isEqualTo(UnitStatus.BELOW_MINIMUM_CONTRIBUTION);
        assertThat(unit("U07").amount()).isEqualTo(Euro.ZERO);
        assertThat(unit("U05").amount()).isEqualTo(eur("54663.99"));
        assertThat(unit("U06").amount()).isEqualTo(eur("25706.72"));
    }

    @Test
    void excludesAUnitForEachEligibilityRuleWithItsReason() {
        assertThat(unit("U08").reasons()).containsExactly(ExclusionReason.STARTED_IN_FUNDING_YEAR);
        assertThat(unit("U09").reasons()).containsExactly(ExclusionReason.REVENUES_COVER_COSTS);
        assertThat(unit("U12").reasons()).containsExactly(ExclusionReason.MINORI_WEB_MISSING);
        assertThat(unit("U14").reasons()).containsExactly(ExclusionReason.NO_CUDES);
        assertThat(unit("U16").reasons()).containsExactly(ExclusionReason.NOT_IN_REGULAR_OPERATION);
        assertThat(unit("U26").reasons()).containsExactly(ExclusionReason.NOT_SEATED_IN_AMBITO);
        assertThat(unit("U27").reasons()).containsExactly(ExclusionReason.NOT_ACTIVE_IN_FUNDING_YEAR);
        for (UnitResult u : PLAN.units()) {
            if (u.status() == UnitStatus.EXCLUDED) {
                assertThat(u.amount()).isEqualTo(Euro.ZERO);
                assertThat(u.explanation().toText()).contains(u.reasons().get(0).source());
            }
        }
    }

    @Test
    void fundsTheResidualSfaOnlyFromWhatTheConsolidatedServicesLeave() {
        // DISABILI 64,378.54; consolidated need 18,000 + 22,000 + 4,463.01 + 12,000 = 56,463.01 -> SFA 7,915.53
        assertThat(PLAN.type(ServiceType.SFA).orElseThrow().budget()).isEqualTo(eur("7915.53"));
        assertThat(unit("U24").amount()).isEqualTo(eur("7915.53"));
    }

    @Test
    void sumsUpToTheCentFromUnitsToTypesToAreasToTheBudget() {
        long units = PLAN.units().stream().mapToLong(u -> u.amount().cents()).sum();
        assertThat(units + PLAN.returnedToReserve().cents()).isEqualTo(PLAN.distributable().cents());
        for (AreaResult a : PLAN.areas()) {
            long types = a.types().stream().mapToLong(t -> t.budget().cents()).sum();
            assertThat(types + a.unplaced().cents() - a.types().stream().mapToLong(t -> t.remainder().cents()).sum())
                    .isEqualTo(a.budget().cents());
        }
        assertThat(PLAN.distributable().plus(PLAN.reserve()).plus(PLAN.inclusion())).isEqualTo(PLAN.budget());
    }

    @Test
    void rendersCsvAndReportsAndIsTheSameByteForByteEveryTime() {
        String csv = PLAN.toCsv();
        assertThat(csv).startsWith(String.join(",", RipartoPlan.CSV_COLUMNS) + "\n");
        assertThat(csv).contains("U01,030100,Affido familiare e in comunità - Palazzolo,Comune di Palazzolo sull'Oglio,"
                + "Palazzolo sull'Oglio,MINORI,AFFIDO,PROPORTIONAL,FUNDED,,60000.00,60000.00,60000.00,365,0.00,41841.59,69.74\n");
        assertThat(csv.lines().count()).isEqualTo(28);
        assertThat(MonteOrfano2025.plan().toCsv()).isEqualTo(csv);
        assertThat(PLAN.toMarkdown(Locale.ITALIAN, true)).contains("# Piano di riparto FSR 2025 — Ambito 6 Monte Orfano")
                .contains("| U01 |").contains("Manca la dichiarazione di assolvimento del debito informativo Minori Web");
        assertThat(PLAN.toText(Locale.ENGLISH, true)).contains("FSR 2025 riparto plan").contains("Not registered in AFAM");
    }
}
