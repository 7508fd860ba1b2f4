package it.fsr.riparto;

import it.fsr.riparto.example.MonteOrfano2025;

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
    void splitsTheMinoriAreaByTheNeedOfTheUnitsThatCanReceiveMoney() {
        // needs (Σ caps of the units that can receive, a cap reaching €300): affido 60,000 + 25,000; ADM 8,000 + 18,000; nido
        // 70,000 + 45,000 (U07, capped at 250, can never be paid: not a need); residential 48,000 + 30,000; CRD 9,000 (U14 has
        // no CUDES); CAG 14,000 (U16 not authorised): 327,000 in all (327,250 before U07's 250 left the need).
        // 245,710.97 × need / 327,000 = 63,869.8240 / 19,536.6520 / 86,412.1148 / 58,609.9561 / 6,762.6872 / 10,519.7357
        assertThat(PLAN.type(ServiceType.AFFIDO).orElseThrow().budget()).isEqualTo(eur("63869.82"));
        assertThat(PLAN.type(ServiceType.ADM).orElseThrow().budget()).isEqualTo(eur("19536.65"));
        assertThat(PLAN.type(ServiceType.PRIMA_INFANZIA).orElseThrow().budget()).isEqualTo(eur("86412.11"));
        assertThat(PLAN.type(ServiceType.RESIDENZIALE_MINORI).orElseThrow().budget()).isEqualTo(eur("58609.96"));
        assertThat(PLAN.type(ServiceType.CRD).orElseThrow().budget()).isEqualTo(eur("6762.69"));
        assertThat(PLAN.type(ServiceType.CAG).orElseThrow().budget()).isEqualTo(eur("10519.74"));
        // DISABILI's 7,915.53 its capped units cannot take goes to the consolidated types of MINORI and ANZIANI by need
        // (327,000 + SAD 88,000 + centro diurno 4,000 = 419,000): affido 7,915.53 × 85,000 / 419,000 = 1,605.78 … — not to the SFA
        assertThat(PLAN.movements()).extracting(Movement::kind).containsOnly(Movement.Kind.TO_OTHER_AREA_TYPE);
        assertThat(PLAN.movements()).contains(new Movement(Movement.Kind.TO_OTHER_AREA_TYPE, Area.DISABILI, ServiceType.AFFIDO, eur("1605.78")),
                new Movement(Movement.Kind.TO_OTHER_AREA_TYPE, Area.DISABILI, ServiceType.SAD_ANZIANI, eur("1662.45")));
        assertThat(Euro.sum(PLAN.movements().stream().map(Movement::amount).toList())).isEqualTo(eur("7915.53"));
    }

    @Test
    void proportionalRuleGivesOneCoverageToTheUnitsOfTheType() {
        // Affido: 63,869.82 + 1,605.78 from DISABILI = 65,475.60 split 60,000 : 25,000 -> 46,218.0706 / 19,257.5294: one
        // coverage, 77.03%
        assertThat(unit("U01").amount()).isEqualTo(eur("46218.07"));
        assertThat(unit("U02").amount()).isEqualTo(eur("19257.53"));
        assertThat(unit("U01").coveragePercent()).contains(new java.math.BigDecimal("77.03"));
        assertThat(unit("U02").coveragePercent()).contains(new java.math.BigDecimal("77.03"));
    }

    @Test
    void capsAUnitAtItsDeficitAndGivesTheExcessToTheOthers() {
        // ADM: U03 eligible 40,000 but deficit 41,000 − 33,000 = 8,000: capped; U04 gets the rest of 19,536.65 + 491.18
        assertThat(unit("U03").status()).isEqualTo(UnitStatus.CAPPED);
        assertThat(unit("U03").amount()).isEqualTo(eur("8000.00"));
        assertThat(unit("U04").amount()).isEqualTo(eur("12027.83"));
    }

    @Test
    void computesTheSadEligibleSpend() {
        // §3 SAD: 52,000 + min(20,000 − 2,000, 60% × 52,000) − 6,000 − 4,000 = 60,000
        assertThat(unit("U17").basis()).isEqualTo(eur("60000.00"));
        // 20,000 + min(15,000, 12,000) − 3,000 − 1,000 = 28,000
        assertThat(unit("U18").basis()).isEqualTo(eur("28000.00"));
        // SAD budget 54,928.37 + 1,662.45 from DISABILI = 56,590.82 split 60:28 -> 38,584.6500 / 18,006.1700
        assertThat(unit("U17").amount()).isEqualTo(eur("38584.65"));
        assertThat(unit("U18").amount()).isEqualTo(eur("18006.17"));
        assertThat(unit("U19").reasons()).containsExactly(ExclusionReason.NO_ELIGIBLE_SPEND);
    }

    @Test
    void thePerDayMinimumIsAFloorOfTheTypeBudgetNotAnAddition() {
        // comunità: €5 × 2,400 + €5 × 1,100 = 17,500 of minimums, below the share by need 58,609.96: the floor does not bind
        // (the first version paid 17,500 on top of a full share: 71,894.06). With 1,473.53 from DISABILI, 60,083.49 by days:
        // U10 × 2,400/3,500 = 41,200.1074 (below its deficit 48,000), U11 18,883.38; both above €5 a day (17.17)
        assertThat(unit("U10").minimum()).isEqualTo(eur("12000.00"));
        assertThat(unit("U10").amount()).isEqualTo(eur("41200.11"));
        assertThat(unit("U10").status()).isEqualTo(UnitStatus.FUNDED);
        assertThat(unit("U11").amount()).isEqualTo(eur("18883.38"));
        assertThat(unit("U10").amountPerDay()).contains(new java.math.BigDecimal("17.17"));
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
    void splitsTheNurseriesByWeightedIndicatorsAndReSplitsTheSlicesAfterTheExclusion() {
        // weights 40/30/5/10/5/10 over U05, U06, U07: U07 capped at its deficit 250 < 300 is excluded; the slices are then
        // re-split between U05 and U06 alone: net cost 70,000 : 45,000, children 48 : 22, under one 1 : 1, disabilities
        // 1 : 0, 10 hours 1 : 0, payments 1 : 1 -> U05 0.4·70/115 + 0.3·48/70 + 0.05/2 + 0.1 + 0.05 + 0.1/2 = 0.674193…
        // (86,412.11 + 2,172.52 from DISABILI) × that = 59,723.10; U06 28,861.53
        assertThat(unit("U07").status()).isEqualTo(UnitStatus.BELOW_MINIMUM_CONTRIBUTION);
        assertThat(unit("U07").amount()).isEqualTo(Euro.ZERO);
        assertThat(unit("U05").amount()).isEqualTo(eur("59723.10"));
        assertThat(unit("U06").amount()).isEqualTo(eur("28861.53"));
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
        // DISABILI 64,378.54; consolidated need 18,000 + 22,000 + 4,463.01 + 12,000 = 56,463.01: 7,915.53 left. The Avviso funds
        // the SFA only "in caso di disponibilità finanziaria residua – dopo aver provveduto a definire lo specifico finanziamento
        // destinato ai servizi consolidati", and the consolidated units of MINORI and ANZIANI still have need (77.03% and
        // 64.31%): the money goes to them, the SFA gets nothing (7,915.53 before the 2026-12 reading)
        assertThat(PLAN.type(ServiceType.SFA).orElseThrow().budget()).isEqualTo(Euro.ZERO);
        assertThat(PLAN.type(ServiceType.SFA).orElseThrow().received()).isEqualTo(Euro.ZERO);
        assertThat(unit("U24").amount()).isEqualTo(Euro.ZERO);
        assertThat(PLAN.area(Area.DISABILI).toOtherAreas()).isEqualTo(eur("7915.53"));
    }

    @Test
    void sumsUpToTheCentFromUnitsToTypesToAreasToTheBudget() {
        long units = PLAN.units().stream().mapToLong(u -> u.amount().cents()).sum();
        assertThat(units + PLAN.returnedToReserve().cents()).isEqualTo(PLAN.distributable().cents());
        for (AreaResult a : PLAN.areas()) {
            for (TypeResult t : a.types()) {
                assertThat(t.budget().plus(t.received())).isEqualTo(t.allocated().plus(t.remainder()));
            }
            assertThat(a.budget().plus(a.fromOtherAreas())).isEqualTo(a.allocated().plus(a.toOtherAreas()).plus(a.unplaced()));
        }
        assertThat(PLAN.distributable().plus(PLAN.reserve()).plus(PLAN.inclusion())).isEqualTo(PLAN.budget());
        assertThat(PLAN.totalsByOperator()).containsEntry("Comune di Palazzolo sull'Oglio", eur("102802.72"));   // U01 + U17 + U21
        assertThat(PLAN.totalsByOperator().values().stream().map(Euro::cents).mapToLong(Long::longValue).sum()).isEqualTo(units);
    }

    @Test
    void rendersCsvAndReportsAndIsTheSameByteForByteEveryTime() {
        String csv = PLAN.toCsv();
        // the fixed columns, then one per indicator any unit has (the Assembly sees the values it weighed)
        assertThat(csv).startsWith(String.join(",", RipartoPlan.CSV_COLUMNS) + ",net_cost,children_attending,children_under_one,");
        assertThat(csv).contains(",41200.11,85.83,2400,17.17,");   // U10: amount, coverage, days, € per day
        assertThat(csv).contains("U01,030100,Affido familiare e in comunità - Palazzolo,Comune di Palazzolo sull'Oglio,"
                + "Palazzolo sull'Oglio,MINORI,AFFIDO,PROPORTIONAL,FUNDED,,60000.00,60000.00,60000.00,365,0.00,46218.07,77.03,,");
        assertThat(csv.lines().count()).isEqualTo(28);
        assertThat(MonteOrfano2025.plan().toCsv()).isEqualTo(csv);
        assertThat(PLAN.toMarkdown(Locale.ITALIAN, true)).contains("# Piano di riparto FSR 2025 — Ambito 6 Monte Orfano")
                .contains("| U01 |").contains("Manca la dichiarazione di assolvimento del debito informativo Minori Web");
        assertThat(PLAN.toText(Locale.ENGLISH, true)).contains("FSR 2025 riparto plan").contains("Not registered in AFAM");
    }
}
