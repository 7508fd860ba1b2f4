package it.fsr.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A parameters file's integer values, an overlay that ends the day before the next value, the set's equality. */
class ParameterOverlayEdgesTest {
    static final ParameterKey<Integer> AGE = ParameterKey.of("t.age", Integer.class, "age");
    static final ParameterKey<Long> COUNT = ParameterKey.of("t.count", Long.class, "count");
    static final ParameterKey<Euro> MAX = ParameterKey.of("t.max", Euro.class, "maximum");

    private static ParameterSet empty() {
        return ParameterSet.ofKeys(List.of(AGE, COUNT, MAX));
    }

    @Test
    void anIntegerBeyondItsTypeIsImplausibleALongIsRead() {
        String file = "name,value,valid_from,valid_until,source\n"
                + "t.age,2147483648,2022-01-01,,Atto\n"
                + "t.count,2147483648,2022-01-01,,Atto\n";
        assertThatThrownBy(() -> empty().withOverlay("i.csv", new StringReader(file)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.code()).isEqualTo("FSR-IMPLAUSIBLE");
                            assertThat(v.field()).startsWith("i.csv:2");
                            assertThat(v.value()).isEqualTo("2147483648");
                        }));
        String good = "name,value,valid_from,valid_until,source\n"
                + "t.age,2147483647,2022-01-01,,Atto\n"
                + "t.count,2147483648,2022-01-01,,Atto\n";
        ParameterSet set = empty().withOverlay("g.csv", new StringReader(good));
        assertThat(set.valueOn(AGE, LocalDate.of(2022, 1, 1))).isEqualTo(Integer.MAX_VALUE);
        assertThat(set.valueOn(COUNT, LocalDate.of(2022, 1, 1))).isEqualTo(2_147_483_648L);
    }

    @Test
    void anOverlayEndingTheDayBeforeTheNextValueLeavesThatValueAlone() {
        Parameter<Euro> base = Parameter.of(MAX,
                DatedValue.window(Euro.parse("600.00"), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "Atto A"),
                DatedValue.from(Euro.parse("800.00"), LocalDate.of(2021, 1, 1), "Atto B"));
        DatedValue<Euro> top = DatedValue.window(Euro.parse("700.00"), LocalDate.of(2020, 6, 1), LocalDate.of(2020, 12, 31), "Atto C");
        Parameter<Euro> over = base.overlaid(top);
        assertThat(over.history()).containsExactly(
                DatedValue.window(Euro.parse("600.00"), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 5, 31), "Atto A"),
                top,
                DatedValue.from(Euro.parse("800.00"), LocalDate.of(2021, 1, 1), "Atto B"));
        assertThat(base.overlaid(top, top.validUntil())).isEqualTo(over);
    }

    @Test
    void anOverlayInsideAValueResumesItTheDayAfter() {
        Parameter<Euro> base = Parameter.of(MAX, DatedValue.from(Euro.parse("800.00"), LocalDate.of(2021, 1, 1), "Atto B"));
        DatedValue<Euro> top = DatedValue.window(Euro.parse("700.00"), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), "Atto C");
        assertThat(base.overlaid(top).history()).containsExactly(
                DatedValue.from(Euro.parse("800.00"), LocalDate.of(2021, 1, 1), "Atto B"),   // open: it ends where the next value starts
                top,
                DatedValue.from(Euro.parse("800.00"), LocalDate.of(2022, 7, 1), "Atto B"));
        assertThat(base.overlaid(top).on(LocalDate.of(2021, 12, 31)).value()).isEqualTo(Euro.parse("800.00"));
        assertThat(base.overlaid(top).on(LocalDate.of(2022, 1, 1)).value()).isEqualTo(Euro.parse("700.00"));
        assertThat(base.overlaid(top).on(LocalDate.of(2022, 7, 1)).value()).isEqualTo(Euro.parse("800.00"));
    }

    @Test
    void distinctParametersAndSetsHashApart() {
        Set<Integer> hashes = new HashSet<>();
        Set<Integer> setHashes = new HashSet<>();
        for (int i = 1; i <= 20; i++) {
            Parameter<Euro> p = Parameter.of(MAX, DatedValue.fromYear(Euro.ofCents(i * 100L), 2020 + i, "Atto " + i));
            hashes.add(p.hashCode());
            setHashes.add(ParameterSet.of(List.of(p)).hashCode());
            assertThat(p).isEqualTo(Parameter.of(MAX, DatedValue.fromYear(Euro.ofCents(i * 100L), 2020 + i, "Atto " + i)));
            assertThat(p.hashCode()).isEqualTo(Parameter.of(MAX, DatedValue.fromYear(Euro.ofCents(i * 100L), 2020 + i, "Atto " + i)).hashCode());
        }
        assertThat(hashes).hasSizeGreaterThan(15);
        assertThat(setHashes).hasSizeGreaterThan(15);
    }

    @Test
    void aFileOfExactlyTheLargestSizeIsReadNotRefused() {
        String head = "name,value,valid_from,valid_until,source\n";
        int max = 4 * 1024 * 1024;
        String text = head + "#".repeat(max - head.length());
        assertThat(text).hasSize(max);
        try {
            empty().withOverlay("m.csv", new StringReader(text));
        } catch (ValidationException e) {
            assertThat(e.getMessage()).doesNotContain("too large");
        }
        assertThatThrownBy(() -> empty().withOverlay("m.csv", new StringReader(text + "#")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("too large");
    }

    @Test
    void aMissingValueIsTheServicesProblemNotTheCallers() {
        MissingParameterException e = new MissingParameterException("t.max", 2030, "no act for the year");
        assertThat(e.code()).isEqualTo("FSR-PARAM-MISSING");
        assertThat(e.isInputProblem()).isFalse();
        assertThat(e.parameter()).isEqualTo("t.max");
        assertThat(e.violations()).extracting(Violation::code).containsExactly("FSR-PARAM-MISSING");
        assertThatThrownBy(() -> empty().valueOn(MAX, LocalDate.of(2030, 1, 1))).isInstanceOf(MissingParameterException.class);
    }
}
