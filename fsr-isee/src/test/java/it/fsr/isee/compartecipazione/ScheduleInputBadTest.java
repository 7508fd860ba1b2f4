package it.fsr.isee.compartecipazione;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A schedule file's problems, every one at once, on the key and line as written; the builder's rules. */
class ScheduleInputBadTest {
    static List<String> fields(String text) {
        try {
            ScheduleInput.read("s.properties", text);
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
        throw new AssertionError("no error for " + text);
    }

    /** Every key the documentation lists is one the reader knows (never "unknown key"). */
    @Test
    void everyDocumentedKeyIsKnown() {
        for (String key : ScheduleInput.KEYS) {
            String k = key.replace(".N", key.startsWith("rank") ? ".2" : ".9");
            try {
                ScheduleInput.read("s.properties", k + "=x\n");
            } catch (it.fsr.core.validation.ValidationException e) {
                assertThat(e.violations()).as(key).noneMatch(v -> v.message(java.util.Locale.ENGLISH).contains("unknown key"));
            }
        }
    }

    @Test
    void everyKeyProblemIsNamedWithItsLine() {
        assertThat(fields(String.join("\n",
                "unit=ora",
                "cost=10",
                "isee=ordinario",
                "use_ff=forse",
                "rounding=banker",
                "name.x=1",
                "segment.x=0|1|0|1",
                "colour=blue",
                "segment.1=0|100",
                "bracket.2=0|100|abc",
                "percent.3=0|100|centodieci",
                "segment.4=0|100|0|5",
                "bracket.4=100||5")))
                .containsExactlyInAnyOrder("s.properties: name", "s.properties:4: use_ff", "s.properties:5: rounding",
                        "s.properties:6: name.x", "s.properties:7: segment.x", "s.properties:8: colour", "s.properties:9: segment.1",
                        "s.properties:10: bracket.2", "s.properties:11: percent.3", "s.properties:12: segment.4");
    }

    @Test
    void ranksUnitsFallbacksAndChoicesAreNamedWithTheirLines() {
        assertThat(fields(String.join("\n",
                "name=Nido",
                "unit=minuto",
                "cost=10",
                "isee=ordinario",
                "rank.1=50%",
                "rank.x=50%",
                "units_per_year=mille",
                "no_isee=boh",
                "non_resident=fee:abc",
                "bracket.1=0||5")))
                .containsExactlyInAnyOrder("s.properties:2: unit", "s.properties:5: rank.1", "s.properties:6: rank.x",
                        "s.properties:7: units_per_year", "s.properties:8: no_isee", "s.properties:9: non_resident");
        // the same keys well written: read
        Schedule s = ScheduleInput.read("s.properties", String.join("\n", "name=Nido", "unit=ora", "cost=10", "isee=ordinario", "rank.2=50%",
                "units_per_year=1000", "no_isee=top_band", "non_resident=fee:5", "bracket.1=0||5")).schedule();
        assertThat(s.rankShares()).containsEntry(2, it.fsr.core.money.Rate.ofPercent(50));
        assertThat(s.unitsPerYear()).isEqualTo(1000);
        assertThat(s.noIsee().kind()).isEqualTo(Schedule.FallbackKind.TOP_BAND);
        assertThat(s.nonResident().fee()).isEqualTo(it.fsr.core.money.Euro.parse("5.00"));
        assertThat(s.bands()).singleElement().satisfies(b -> assertThat(b.to()).isNull());
    }

    @Test
    void useFfReadsEveryYesAndNo() {
        for (String yes : List.of("yes", "true", "si", "sì", "1")) {
            assertThat(ScheduleInput.read("s", "name=n\nunit=ora\ncost=10\nisee=ordinario\nexempt_up_to=100\nuse_ff=" + yes).schedule().useFf())
                    .isTrue();
        }
        for (String no : List.of("no", "false", "0")) {
            assertThat(ScheduleInput.read("s", "name=n\nunit=ora\ncost=10\nisee=ordinario\nexempt_up_to=100\nuse_ff=" + no).schedule().useFf())
                    .isFalse();
        }
    }

    @Test
    void theBuilderChecksBandsFeesPercentagesAndTheRetta() {
        Schedule.Builder b = Schedule.builder("x").unit(Schedule.Unit.GIORNO).isee(it.fsr.isee.Variant.RESIDENZE).cost(Euro.ofEuros(50))
                .kind(Schedule.Kind.RESIDENZIALE).rettaDay(Euro.ofEuros(40)).exemptUpTo(Euro.parse("-1"))
                .band(new Band.Linear(Euro.parse("-1"), Euro.parse("-1"), Euro.parse("-2"), Euro.ofEuros(3)))
                .band(new Band.Fixed(Euro.ofEuros(10), Euro.ofEuros(5), Euro.parse("-1")))
                .band(new Band.Percent(Euro.ofEuros(20), null, Rate.ofPercent(120)));
        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::field).containsExactly("exempt_up_to", "band.1.from", "band.1.fee", "band.2.to", "band.2.fee",
                        "band.3.percent", "retta_day"));
        assertThatThrownBy(() -> Schedule.builder("y").kind(Schedule.Kind.SOCIALE).unit(Schedule.Unit.ORA).isee(it.fsr.isee.Variant.ORDINARIO).cost(Euro.ofEuros(5))
                .build()).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("bands"));
        // the first band may be a single point (from = to); the others must rise
        Schedule point = Schedule.builder("z").kind(Schedule.Kind.SOCIALE).unit(Schedule.Unit.ORA).isee(it.fsr.isee.Variant.ORDINARIO).cost(Euro.ofEuros(5))
                .band(new Band.Fixed(Euro.ZERO, Euro.ZERO, Euro.ZERO)).band(new Band.Fixed(Euro.ZERO, null, Euro.ofEuros(5))).build();
        assertThat(point.charge(User.of("u", Euro.ofEuros(1))).fee()).isEqualTo(Euro.ofEuros(5));
    }
}
