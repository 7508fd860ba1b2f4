package it.fsr.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set's values by window: in force on a day or none (without an exception), declared or not, those of a year (the
 * one in force on 1 January and each starting in it), one value over a whole window; an overlay's file read as UTF-8,
 * with its mark, or as Windows-1252, and bounded; an overlay that ends resuming the value below it; a union's later set
 * winning; the set written as a file and read back equal.
 */
class ParameterSetWindowsTest {
    static final ParameterKey<Euro> MAX = ParameterKey.of("t.max", Euro.class, "maximum");
    static final ParameterKey<Long> USERS = ParameterKey.of("t.users", Long.class, "users");
    static final ParameterKey<Long> NONE = ParameterKey.of("t.none", Long.class, "declared, no value");

    static ParameterSet set() {
        return ParameterSet.of(List.of(
                Parameter.of(MAX, DatedValue.window(Euro.parse("600.00"), LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31), "DGR 1609/2021"),
                        DatedValue.from(Euro.parse("800.00"), LocalDate.of(2022, 9, 1), "DGR 1277/2022")),
                Parameter.of(USERS, DatedValue.fromYear(10L, 2020, "a"), DatedValue.fromYear(20L, 2023, "b"))))
                .withOverlay(ParameterSet.ofKeys(List.of(NONE)));
    }

    @Test
    void aValueInForceOrNone() {
        ParameterSet s = set();
        assertThat(s.declares(NONE)).isTrue();
        assertThat(s.declares(ParameterKey.of("t.other", Long.class, ""))).isFalse();
        assertThat(s.inForce(NONE, LocalDate.of(2022, 1, 1))).isNull();
        assertThat(s.inForce(MAX, LocalDate.of(2021, 8, 31))).isNull();
        assertThat(s.inForce(MAX, LocalDate.of(2021, 9, 1)).value()).isEqualTo(Euro.parse("600.00"));
        assertThat(s.inForce(MAX, LocalDate.of(2022, 9, 1)).source()).isEqualTo("DGR 1277/2022");
        assertThat(s.datedForWindow(MAX, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31), "2021/22").value()).isEqualTo(Euro.parse("600.00"));
        assertThatThrownBy(() -> s.datedForWindow(MAX, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "2022"))
                .isInstanceOf(MissingParameterException.class);
        assertThat(ParameterSet.valueText(Euro.parse("600.00"))).isEqualTo("600.00");
        assertThat(ParameterSet.valueText(Boolean.TRUE)).isEqualTo("yes");
    }

    @Test
    void theValuesOfAYear() {
        ParameterSet s = set();
        // 2022: 600 in force on 1 January, 800 from 1 September
        assertThat(s.duringYear(2022).parameter(MAX).history()).extracting(DatedValue::value)
                .containsExactly(Euro.parse("600.00"), Euro.parse("800.00"));
        // 2021: nothing on 1 January, 600 from 1 September
        assertThat(s.duringYear(2021).parameter(MAX).history()).extracting(DatedValue::value).containsExactly(Euro.parse("600.00"));
        // 2023: 800 only; users: 20 starts on 1 January, 10 is no longer in force then
        assertThat(s.duringYear(2023).parameter(MAX).history()).extracting(DatedValue::value).containsExactly(Euro.parse("800.00"));
        assertThat(s.duringYear(2023).parameter(USERS).history()).extracting(DatedValue::value).containsExactly(20L);
        assertThat(s.duringYear(2022).parameter(USERS).history()).extracting(DatedValue::value).containsExactly(10L);
        // 2019: none of them; the keys are still known
        ParameterSet none = s.duringYear(2019);
        assertThat(none.all()).isEmpty();
        assertThat(none.declares(MAX)).isTrue();
        assertThat(s.duringYear(2021).all()).hasSize(2);
    }

    @Test
    void anOverlayThatEndsResumesTheValueBelow() {
        ParameterSet top = ParameterSet.of(List.of(Parameter.of(USERS, DatedValue.fromYear(15L, 2021, "c"), DatedValue.window(16L,
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), "d"))));
        ParameterSet s = set().withOverlay(top);
        assertThat(s.valueOn(USERS, LocalDate.of(2020, 12, 31))).isEqualTo(10L);
        assertThat(s.valueOn(USERS, LocalDate.of(2021, 12, 31))).isEqualTo(15L);
        assertThat(s.valueOn(USERS, LocalDate.of(2022, 6, 30))).isEqualTo(16L);
        assertThat(s.valueOn(USERS, LocalDate.of(2022, 7, 1))).isEqualTo(10L);
        assertThat(s.valueOn(USERS, LocalDate.of(2023, 1, 1))).isEqualTo(20L);
        // a union: the later set wins on a name, the keys of both are known
        ParameterSet u = ParameterSet.union(set(), top);
        assertThat(u.valueOn(USERS, LocalDate.of(2021, 6, 1))).isEqualTo(15L);
        assertThat(u.inForce(USERS, LocalDate.of(2025, 1, 1))).isNull();
        assertThat(u.declares(NONE)).isTrue();
        assertThat(u.valueOn(MAX, LocalDate.of(2025, 1, 1))).isEqualTo(Euro.parse("800.00"));
    }

    @Test
    void anOverlaysFileInEachEncodingAndBounded(@TempDir Path dir) throws Exception {
        String row = "name,value,valid_from,valid_until,source\nt.users,30,2024-01-01,,DGR città\n";
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
            Path f = dir.resolve("p-" + cs.name() + ".csv");
            Files.write(f, row.getBytes(cs));
            ParameterSet s = set().withOverlay(f);
            assertThat(s.datedForYear(USERS, 2024).source()).isEqualTo("DGR città");
        }
        Path bom = dir.resolve("bom.csv");
        Files.writeString(bom, "\uFEFF" + row, StandardCharsets.UTF_8);
        assertThat(set().withOverlay(bom).valueForYear(USERS, 2024)).isEqualTo(30L);
        assertThat(set().withOverlay("r.csv", new StringReader(row)).valueForYear(USERS, 2024)).isEqualTo(30L);
        Path big = dir.resolve("big.csv");
        Files.write(big, new byte[4 * 1024 * 1024 + 1]);
        assertThatThrownBy(() -> set().withOverlay(big)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).message()).contains("too large"));
        assertThatThrownBy(() -> set().withOverlay("r.csv", new StringReader("x".repeat(4 * 1024 * 1024 + 1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).message()).contains("too large"));
        assertThatThrownBy(() -> set().withOverlay(dir.resolve("absent.csv"))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).message()).contains("cannot be read"));
        // exactly the bound is read (and refused only for what it holds)
        Path max = dir.resolve("max.csv");
        byte[] bytes = new byte[4 * 1024 * 1024];
        java.util.Arrays.fill(bytes, (byte) ' ');
        byte[] head = row.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, head.length);
        Files.write(max, bytes);
        assertThat(set().withOverlay(max).valueForYear(USERS, 2024)).isEqualTo(30L);
    }

    @Test
    void theSetWrittenAndReadBack() {
        ParameterSet s = set();
        String file = s.toParametersFile();
        assertThat(file).startsWith("name,value,valid_from,valid_until,source").contains("t.max,600.00,2021-09-01,2022-08-31,DGR 1609/2021");
        ParameterSet back = ParameterSet.ofKeys(s.keys()).withOverlay("back.csv", new StringReader(file));
        assertThat(back.all()).isEqualTo(s.all());
        assertThat(back).isEqualTo(s).hasSameHashCodeAs(s).isNotEqualTo(s.duringYear(2022));
        assertThat(back.parameter(USERS)).isEqualTo(s.parameter(USERS)).hasSameHashCodeAs(s.parameter(USERS)).isNotEqualTo(s.parameter(MAX));
        assertThat(s.toString()).isEqualTo("ParameterSet[3 keys, 2 with values]");
        assertThat(s.toParametersFile((k, v) -> k.name() + "@" + v.source())).contains("t.users@a");
        assertThat(s.keys()).extracting(ParameterKey::name).containsExactly("t.max", "t.users", "t.none");
    }
}
