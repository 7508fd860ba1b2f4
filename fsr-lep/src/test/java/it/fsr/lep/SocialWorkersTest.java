package it.fsr.lep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** L. 178/2020 c. 797 and the 1:6,500 / 1:5,000 / 1:4,000 ratios (fsr spec lep.md §1). */
class SocialWorkersTest {

    @Test
    void theSpecExampleSixtyFiveThousandInhabitantsFifteenWorkers() {
        // thresholds 10 / 13 / 16.25 workers; C = 40,000 × (13 − 10) + 20,000 × (15 − 13) = 160,000
        SocialWorkerReport r = SocialWorkers.assess("A", 65_000, BigDecimal.valueOf(15), 2025, LepParameters.defaults());
        assertThat(r.contribution797()).isEqualTo(Euro.ofEuros(160_000));
        assertThat(r.needed6500()).isEqualTo(10);
        assertThat(r.needed5000()).isEqualTo(13);
        assertThat(r.needed4000()).isEqualTo(17);
        assertThat(r.gap4000()).isEqualByComparingTo("2");
        assertThat(r.gap5000()).isEqualByComparingTo("0");
        assertThat(r.status()).isEqualTo(SocialWorkerStatus.LEP_MET);
        assertThat(r.inhabitantsPerWorker()).contains(new BigDecimal("4333.33"));
        assertThat(r.explanation().toText()).contains("Contributo L. 178/2020 c. 797: € 160.000,00");
    }

    @ParameterizedTest(name = "P {0}, N {1} -> {2} ({3})")
    @CsvSource({"65000,0,0.00,BELOW_OBJECTIVE", "65000,12,80000.00,OBJECTIVE_MET", "65000,20,185000.00,FURTHER_OBJECTIVE_MET",
        "65000,16.25,185000.00,FURTHER_OBJECTIVE_MET", "65000,14.5,150000.00,LEP_MET", "10000,2,18461.54,LEP_MET", "10000,1.5,0.00,BELOW_OBJECTIVE",
        "6500,1,0.00,OBJECTIVE_MET", "0,0,0.00,FURTHER_OBJECTIVE_MET"})
    void contributionAndStatus(long population, String workers, String contribution, SocialWorkerStatus status) {
        SocialWorkerReport r = SocialWorkers.assess("A", population, new BigDecimal(workers), 2025, LepParameters.defaults());
        assertThat(r.contribution797()).isEqualTo(Euro.parse(contribution));
        assertThat(r.status()).isEqualTo(status);
    }

    @Test
    void rejectsNegativeInputsAndAYearWithNoParameter() {
        assertThatThrownBy(() -> SocialWorkers.assess("X", -1, BigDecimal.valueOf(-2), 2025, LepParameters.defaults()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(2))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("comuni[X].population = -1: must not be negative")
                .contains("comuni[X].socialWorkers = -2: must not be negative");
        assertThatThrownBy(() -> SocialWorkers.assess("X", 1000, BigDecimal.ONE, 2019, LepParameters.defaults()))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("lep.social.objectiveRatio = 2019: no value in force for this year");
    }

    @Test
    void spendingObjective() {
        assertThat(SocialWorkers.SpendingObjective.assess(Euro.ofEuros(50_000), Euro.ofEuros(900_000), Euro.ofEuros(880_000)).met()).isTrue();
        SocialWorkers.SpendingObjective s = SocialWorkers.SpendingObjective.assess(Euro.ofEuros(50_000), Euro.ofEuros(850_000), Euro.ofEuros(880_000));
        assertThat(s.met()).isFalse();
        assertThat(s.amountToReport()).isEqualTo(Euro.ofEuros(30_000));
        assertThat(SocialWorkers.SpendingObjective.assess(Euro.ofEuros(20_000), Euro.ofEuros(800_000), Euro.ofEuros(880_000)).amountToReport())
                .isEqualTo(Euro.ofEuros(20_000));
    }
}
