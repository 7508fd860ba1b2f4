package it.fsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Variant;
import it.fsr.isee.compartecipazione.Band;
import it.fsr.isee.compartecipazione.Schedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * fsr-isee's documents beyond the contract's examples: a tariff schedule with every kind of band and fallback written
 * and read back equal, its every field refused at once when wrong; an attestation without an ISE.
 */
class IseeDocumentsTest {
    private final TextContractTest json = new TextContractTest();

    private static Schedule.Builder nursery() {
        return Schedule.builder("Nido comunale").source("Regolamento, art. 4").service("nido").kind(Schedule.Kind.SOCIALE)
                .users(Schedule.UserGroup.MINORENNI).unit(Schedule.Unit.ORA).unitLabel("ora di frequenza").cost(Euro.parse("10.00"))
                .isee(Variant.MINORENNI).useFf(true).exemptUpTo(Euro.parse("5000.00")).fullCostAbove(Euro.parse("40000.00"))
                .rounding(RoundingMode.HALF_UP).unitsPerYear(1000).disabilityExemptUpTo(Euro.parse("8000.00"))
                .disabilityShare(Rate.ofPercent(50)).noIsee(new Schedule.Fallback(Schedule.FallbackKind.FULL_COST, null))
                .nonResident(new Schedule.Fallback(Schedule.FallbackKind.FEE, Euro.parse("9.50"))).rankShare(2, Rate.ofPercent(70))
                .rankShare(3, Rate.ofPercent(50));
    }

    @Test
    void aScheduleWithEveryKindOfBandReadsBackEqual() throws Exception {
        Schedule s = nursery()
                .band(new Band.Linear(Euro.parse("5000.00"), Euro.parse("10000.00"), Euro.parse("1.00"), Euro.parse("3.00")))
                .band(new Band.Quadratic(Euro.parse("10000.00"), Euro.parse("20000.00"), Euro.parse("3.00"), Euro.parse("6.00")))
                .band(new Band.Fixed(Euro.parse("20000.00"), Euro.parse("30000.00"), Euro.parse("7.00")))
                .band(new Band.Percent(Euro.parse("30000.00"), Euro.parse("40000.00"), Rate.ofPercent(90)))
                .build();
        String text = json.write(s, null, null);
        assertThat(text).contains("\"kind\":\"linear\"", "\"kind\":\"quadratic\"", "\"kind\":\"fixed\"", "\"kind\":\"percent\"",
                "\"fee\":\"7.00\"", "\"percent\":\"90%\"", "\"feeAtTo\":\"6.00\"", "\"nonResident\":\"fee:9.50\"",
                "\"noIsee\":\"full_cost\"", "\"unitsPerYear\":1000", "\"unitLabel\":\"ora di frequenza\"", "\"2\":\"70%\"",
                "\"disabilityShare\":\"50%\"");
        assertThat(json.read(text, Schedule.class, null)).isEqualTo(s);
    }

    @Test
    void aScheduleWithoutItsOptionalPartsWritesThemNullAndReadsBackEqual() throws Exception {
        Schedule s = Schedule.builder("RSA").kind(Schedule.Kind.RESIDENZIALE).users(Schedule.UserGroup.NON_AUTOSUFFICIENTI)
                .unit(Schedule.Unit.GIORNO).cost(Euro.parse("50.00")).isee(Variant.RESIDENZE).rettaDay(Euro.parse("50.00"))
                .personalAllowanceMonth(Euro.parse("200.00")).period(Schedule.Period.MESE)
                .noIsee(new Schedule.Fallback(Schedule.FallbackKind.TOP_BAND, null))
                .band(new Band.Fixed(Euro.ZERO, null, Euro.parse("50.00"))).build();
        String text = json.write(s, null, null);
        assertThat(text).contains("\"unitsPerYear\":null", "\"unitLabel\":null", "\"noIsee\":\"top_band\"", "\"nonResident\":null",
                "\"to\":null", "\"period\":\"MESE\"", "\"rettaDay\":\"50.00\"", "\"exemptUpTo\":null", "\"disabilityShare\":null");
        assertThat(json.read(text, Schedule.class, null)).isEqualTo(s);
    }

    @Test
    void everyWrongFieldOfAScheduleIsNamedAtOnce() {
        String bad = "{\"name\":\"X\",\"kind\":\"SOCIALE\",\"unit\":\"ORA\",\"cost\":\"10.00\",\"isee\":\"ORDINARIO\",\"useFf\":false,"
                + "\"rounding\":\"HALF_UP\",\"unitsPerYear\":0,\"noIsee\":\"nothing\",\"nonResident\":\"fee:abc\","
                + "\"rankShares\":{\"1\":\"50%\",\"x\":\"10%\",\"3\":\"abc\"},"
                + "\"bands\":[{\"kind\":\"fixed\",\"from\":\"0.00\",\"to\":null,\"fee\":\"5.00\"}]}";
        assertThatThrownBy(() -> json.read(bad, Schedule.class, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).contains("$.unitsPerYear", "$.noIsee", "$.nonResident",
                        "$.rankShares.1", "$.rankShares.x", "$.rankShares.3"));
        String tooMany = bad.replace("\"unitsPerYear\":0", "\"unitsPerYear\":8785");
        assertThatThrownBy(() -> json.read(tooMany, Schedule.class, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).contains("$.unitsPerYear"));
        String most = "{\"name\":\"X\",\"kind\":\"SOCIALE\",\"unit\":\"ORA\",\"cost\":\"10.00\",\"isee\":\"ORDINARIO\",\"useFf\":false,"
                + "\"rounding\":\"HALF_UP\",\"unitsPerYear\":8784,\"rankShares\":{\"2\":\"50%\"},"
                + "\"bands\":[{\"kind\":\"fixed\",\"from\":\"0.00\",\"to\":null,\"fee\":\"5.00\"}]}";
        try {
            Object read = json.read(most, Schedule.class, null);
            assertThat(((Schedule) read).unitsPerYear()).isEqualTo(8784);
            assertThat(((Schedule) read).rankShares()).containsEntry(2, Rate.ofPercent(50));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String one = most.replace("\"unitsPerYear\":8784", "\"unitsPerYear\":1");
        assertThat(read(one).unitsPerYear()).isEqualTo(1);
    }

    @Test
    void rankSharesMustBeAnObject() {
        String bad = "{\"name\":\"X\",\"kind\":\"SOCIALE\",\"unit\":\"ORA\",\"cost\":\"10.00\",\"isee\":\"ORDINARIO\",\"useFf\":false,"
                + "\"rounding\":\"HALF_UP\",\"rankShares\":[1],\"bands\":[{\"kind\":\"fixed\",\"from\":\"0.00\",\"to\":null,\"fee\":\"5.00\"}]}";
        assertThatThrownBy(() -> json.read(bad, Schedule.class, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$.rankShares"));
    }

    @Test
    void aBandOfNoKnownKindOrMissingItsFeesIsRefused() {
        String head = "{\"name\":\"X\",\"kind\":\"SOCIALE\",\"unit\":\"ORA\",\"cost\":\"10.00\",\"isee\":\"ORDINARIO\",\"useFf\":false,"
                + "\"rounding\":\"HALF_UP\",\"bands\":[";
        assertThatThrownBy(() -> json.read(head + "{\"kind\":\"step\",\"from\":\"0.00\"}]}", Schedule.class, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::code).contains("FSR-JSON-TYPE"));
        assertThatThrownBy(() -> json.read(head + "{\"kind\":\"linear\",\"from\":\"0.00\"}]}", Schedule.class, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).contains("$.bands[0].to", "$.bands[0].feeAtFrom", "$.bands[0].feeAtTo"));
        assertThatThrownBy(() -> json.read(head + "{\"kind\":\"quadratic\",\"from\":\"0.00\",\"to\":\"10.00\",\"feeAtFrom\":\"1.00\"}]}", Schedule.class, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$.bands[0].feeAtTo"));
        assertThatThrownBy(() -> json.read(head + "{\"kind\":\"fixed\",\"from\":\"0.00\"}]}", Schedule.class, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$.bands[0].fee"));
        assertThatThrownBy(() -> json.read(head + "{\"kind\":\"percent\",\"from\":\"0.00\",\"percent\":\"abc\"}]}", Schedule.class, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("$.bands[0].percent"));
        assertThatThrownBy(() -> json.read(head + "{\"kind\":\"fixed\",\"from\":\"0.00\",\"fee\":\"1.00\",\"rate\":\"1\"}]}", Schedule.class, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).contains("$.bands[0].rate"));
    }

    @Test
    void aScheduleTheBuilderRefusesIsRefusedAsBadInput() {
        String overlapping = "{\"name\":\"X\",\"kind\":\"SOCIALE\",\"unit\":\"ORA\",\"cost\":\"10.00\",\"isee\":\"ORDINARIO\",\"useFf\":false,"
                + "\"rounding\":\"HALF_UP\",\"bands\":[{\"kind\":\"fixed\",\"from\":\"0.00\",\"to\":\"100.00\",\"fee\":\"5.00\"},"
                + "{\"kind\":\"fixed\",\"from\":\"100.00\",\"to\":\"50.00\",\"fee\":\"6.00\"}]}";
        assertThatThrownBy(() -> json.read(overlapping, Schedule.class, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).anyMatch(f -> f.contains("band.2.to")));
    }

    @Test
    void anAttestationWithoutAnIseWritesItNullAndEveryBadFieldIsNamed() throws Exception {
        IseeAttestation a = IseeAttestation.of(Euro.parse("12000.00"), new BigDecimal("2.04"));
        String text = json.write(a, null, null);
        assertThat(text).isEqualTo("{\"isee\":\"12000.00\",\"scale\":\"2.04\",\"ise\":null}");
        assertThat(json.read(text, IseeAttestation.class, null)).isEqualTo(a);
        IseeAttestation full = IseeAttestation.of(Euro.parse("12000.00"), new BigDecimal("2.04"), Euro.parse("24480.00"));
        assertThat(json.read(json.write(full, null, null), IseeAttestation.class, null)).isEqualTo(full);
        assertThatThrownBy(() -> json.read("{\"isee\":\"abc\",\"scale\":\"x\",\"ise\":\"y\"}", IseeAttestation.class, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("$.isee", "$.scale", "$.ise"));
    }

    @Test
    void aHouseholdsBadFieldsAreNamedAtOnce() {
        assertThatThrownBy(() -> json.read("{\"id\":\"F1\",\"date\":\"2025-13-01\",\"widowed\":\"maybe\",\"housing\":\"CASTLE\",\"members\":[]}",
                it.fsr.isee.veneto.Household.class, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).contains("$.date", "$.widowed", "$.housing"));
    }

    @Test
    void aRegistryBuiltAfreshKnowsEveryDocumentOfTheModulesPresent() {
        Registry r = Registry.build();
        assertThat(r).isNotNull();
        for (Class<?> c : List.of(Euro.class, Rate.class, it.fsr.core.explain.Label.class, it.fsr.core.explain.Step.class,
                it.fsr.core.explain.Explanation.class, Violation.class, IseeAttestation.class, it.fsr.isee.veneto.Household.class,
                Schedule.class)) {
            assertThat(r.writers).as(c.getSimpleName()).containsKey(c);
            assertThat(r.readers).as(c.getSimpleName()).containsKey(c);
        }
        assertThat(r.familyOf(Band.Linear.class)).isNotNull();
        assertThat(r.familyOf(String.class)).isNull();
        assertThat(r.writeOnly).containsKeys(it.fsr.core.allocation.Share.class, it.fsr.core.allocation.Allocation.class);
    }

    private Schedule read(String text) {
        try {
            return (Schedule) json.read(text, Schedule.class, null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
