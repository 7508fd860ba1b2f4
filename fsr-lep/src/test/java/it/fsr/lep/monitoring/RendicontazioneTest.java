package it.fsr.lep.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.lep.LepParameters;
import it.fsr.lep.NurseryCoverage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a Comune justifies and gives back for each of the three shares, per Comune and per region. */
class RendicontazioneTest {

    @Test
    void theSocialShareIsJustifiedBySpendingOrWorkersElseByWhatTheComuneReports() {
        Euro c = Euro.ofEuros(40_000);
        Rendicontazione.Result r = Rendicontazione.assess(List.of(
                Rendicontazione.Report.social("A", "R", c, Euro.ofEuros(900_000), Euro.ofEuros(850_000), BigDecimal.ONE, 20_000, Euro.ZERO),
                Rendicontazione.Report.social("B", "R", c, Euro.ofEuros(500_000), Euro.ofEuros(850_000), BigDecimal.valueOf(3), 19_500, Euro.ZERO),
                Rendicontazione.Report.social("C", "R", c, Euro.ofEuros(500_000), Euro.ofEuros(850_000), BigDecimal.ONE, 19_500, Euro.ofEuros(25_000))), 2023, LepParameters.defaults());
        assertThat(r.outcomes()).extracting(Rendicontazione.Outcome::reason).containsExactly("objective_met_spending", "objective_met_workers",
                "reported_use");
        assertThat(r.outcomes().get(2).toRecover()).isEqualTo(Euro.ofEuros(15_000));
        assertThat(r.byRegion()).singleElement().satisfies(t -> {
            assertThat(t.assigned()).isEqualTo(Euro.ofEuros(120_000));
            assertThat(t.toRecover()).isEqualTo(Euro.ofEuros(15_000));
        });
    }

    /**
     * The social share is ear-marked to close the gap to the objective (L. 178/2020 art. 1 c. 791-792): what is recovered is
     * bounded by the part of the gap left open. Assigned 10,000, spending 848,000 against a standard need of 850,000 (gap
     * 2,000), 2,000 used: nothing to recover (before: 8,000); 500 used: 1,500; a gap above the assignment recovers
     * assigned − used as before.
     */
    @Test
    void theSocialRecoveryIsBoundedByTheGapLeftOpen() {
        Euro assigned = Euro.ofEuros(10_000);
        Rendicontazione.Result r = Rendicontazione.assess(List.of(
                Rendicontazione.Report.social("A", "R", assigned, Euro.ofEuros(848_000), Euro.ofEuros(850_000), BigDecimal.ONE, 20_000, Euro.ofEuros(2_000)),
                Rendicontazione.Report.social("B", "R", assigned, Euro.ofEuros(848_000), Euro.ofEuros(850_000), BigDecimal.ONE, 20_000, Euro.ofEuros(500)),
                Rendicontazione.Report.social("C", "R", assigned, Euro.ofEuros(800_000), Euro.ofEuros(850_000), BigDecimal.ONE, 20_000, Euro.ofEuros(4_000))),
                2023, LepParameters.defaults());
        assertThat(r.outcomes()).extracting(o -> o.toRecover().toString()).containsExactly("0.00", "1500.00", "6000.00");
        assertThat(r.outcomes()).extracting(Rendicontazione.Outcome::reason).containsExactly("gap_closed", "reported_use", "reported_use");
        assertThat(r.outcomes().get(0).justified()).isEqualTo(assigned);
    }

    @Test
    void nurseryUsersNotServedAreRecoveredAtTheDecreesUnitCostUnlessTheirBacinoMetTheTarget() {
        // DM 26/04/2023: €175,000,000 for 22,822 users: €7,668.04 a user (not rounded); Montesilvano 68 users -> €521,426.69
        Euro unit = NurseryCoverage.unitCost(2023, LepParameters.defaults()).amount(1);
        Euro montesilvano = NurseryCoverage.unitCost(2023, LepParameters.defaults()).amount(68);
        Rendicontazione.Result r = Rendicontazione.assess(List.of(
                Rendicontazione.Report.users("Montesilvano", "Abruzzo", Rendicontazione.Share.NIDI, montesilvano, 68, 60, unit, null),
                Rendicontazione.Report.users("X", "Abruzzo", Rendicontazione.Share.NIDI, Euro.ofEuros(76_680), 10, 4, unit, "B1"),
                Rendicontazione.Report.users("Y", "Abruzzo", Rendicontazione.Share.NIDI, Euro.ofEuros(76_680), 10, 16, unit, "B1"),
                Rendicontazione.Report.users("Z", "Molise", Rendicontazione.Share.TRASPORTO, Euro.parse("4389.04"), 1, 0, Euro.parse("4389.04"), null)), 2023, LepParameters.defaults());
        // 8 users not served × 7,668.04 = 61,344.32 (to the cent, half-up)
        assertThat(r.outcomes().get(0).toRecover()).isEqualTo(Euro.parse("61344.32"));
        assertThat(r.outcomes().get(1).reason()).isEqualTo("bacino_met");        // X served 4 of 10, but X+Y served 20 of 20
        assertThat(r.outcomes().get(1).toRecover()).isEqualTo(Euro.ZERO);
        assertThat(r.outcomes().get(3).toRecover()).isEqualTo(Euro.parse("4389.04"));
        assertThat(r.byRegion()).extracting(t -> t.name() + " " + t.share() + " " + t.toRecover())
                .containsExactly("Abruzzo NIDI 61344.32", "Molise TRASPORTO 4389.04");
        assertThat(r.toCsv(it.fsr.core.explain.CsvDialect.ITALIAN)).startsWith("comune;region;share;assigned;justified;to_recover;reason\n")
                .contains("Montesilvano;Abruzzo;nidi;521426,69;460082,37;61344,32;users_not_served\n")
                .contains(";Molise;trasporto;4389,04;0,00;4389,04;total\n");
    }

    @Test
    void theObjectiveRatioIsTheParameterInForceThatYear() {
        // 3 workers for 19,500 inhabitants meet 1:6,500 (L. 178/2020 c. 797); a made-up act raising it to 1:6,000 from 2027 does not
        Rendicontazione.Report b = Rendicontazione.Report.social("B", "R", Euro.ofEuros(40_000), Euro.ofEuros(500_000), Euro.ofEuros(850_000),
                BigDecimal.valueOf(3), 19_500, Euro.ZERO);
        it.fsr.core.parameter.ParameterSet later = LepParameters.defaults().withOverlay("atto.csv", new java.io.StringReader(
                "name,value,valid_from,valid_until,source\nlep.social.objectiveRatio,6000,2027-01-01,,atto di prova\n"));
        assertThat(Rendicontazione.assess(List.of(b), 2026, later).outcomes().get(0).reason()).isEqualTo("objective_met_workers");
        assertThat(Rendicontazione.assess(List.of(b), 2027, later).outcomes().get(0).reason()).isEqualTo("reported_use");
    }

    @Test
    void missingFiguresAreReportedAllAtOnce() {
        assertThatThrownBy(() -> Rendicontazione.assess(List.of(
                Rendicontazione.Report.social("A", "R", Euro.ofEuros(1), null, null, null, 0, null),
                Rendicontazione.Report.users("B", "R", Rendicontazione.Share.NIDI, Euro.ofEuros(-1), -1, 0, null, null)), 2023, LepParameters.defaults()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("reports[A/SOCIALE].spending = null: is required")
                .contains("reports[B/NIDI].assigned = -1.00: must not be negative")
                .contains("reports[B/NIDI].unitCost = null: is required");
    }
}
