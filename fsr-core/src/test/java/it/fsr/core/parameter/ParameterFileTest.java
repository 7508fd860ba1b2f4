package it.fsr.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one parameters-file reader and the overlay of a file on the shipped values. */
class ParameterFileTest {
    static final ParameterKey<Euro> MAX = ParameterKey.of("t.max", Euro.class, "maximum");
    static final ParameterKey<Rate> SHARE = ParameterKey.of("t.share", Rate.class, "share");
    static final ParameterKey<BigDecimal> WEIGHT = ParameterKey.of("t.weight", BigDecimal.class, "weight");
    static final ParameterKey<Integer> AGE = ParameterKey.of("t.age", Integer.class, "age");
    static final ParameterKey<Boolean> FLAG = ParameterKey.of("t.flag", Boolean.class, "flag");
    static final ParameterKey<Euro> EMPTY = ParameterKey.of("t.empty", Euro.class, "a key with no value shipped");

    static ParameterSet base() {
        return ParameterSet.fromResources(name -> ParameterFileTest.class.getResourceAsStream(name), List.of(MAX, SHARE, WEIGHT, AGE, FLAG, EMPTY), "shipped.csv");
    }

    @Test
    void readsTheShippedFileWithItsActsAndAddresses() {
        ParameterSet set = base();
        assertThat(set.valueOn(MAX, LocalDate.of(2022, 1, 1))).isEqualTo(Euro.parse("600.00"));
        assertThat(set.valueOn(SHARE, LocalDate.of(2022, 1, 1))).isEqualTo(Rate.ofPercent(20));
        assertThat(set.valueOn(WEIGHT, LocalDate.of(2022, 1, 1))).isEqualByComparingTo("0.85");
        assertThat(set.valueOn(AGE, LocalDate.of(2022, 1, 1))).isEqualTo(40);
        assertThat(set.valueOn(FLAG, LocalDate.of(2022, 1, 1))).isTrue();
        DatedValue<Euro> v = set.parameter(MAX).on(LocalDate.of(2022, 1, 1));
        assertThat(v.source()).isEqualTo("Atto A");
        assertThat(v.address()).isEqualTo("https://example.org/a");
        assertThat(v.validUntil()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(set.keys()).extracting(ParameterKey::name).contains("t.empty");
        assertThatThrownBy(() -> set.valueOn(EMPTY, LocalDate.of(2022, 1, 1))).isInstanceOf(MissingParameterException.class);
    }

    @Test
    void aNewEditionLaidOverTheDefaultsAddsItsWindowOnly() {
        String file = "parametro;valore;dal;al;fonte\n"
                + "t.max;1.500,00;01/09/2026;31/08/2027;Atto C\n";
        ParameterSet set = base().withOverlay("nuovo.csv", new StringReader(file));
        assertThat(set.valueOn(MAX, LocalDate.of(2026, 10, 1))).isEqualTo(Euro.parse("1500.00"));
        assertThat(set.parameter(MAX).on(LocalDate.of(2026, 10, 1)).source()).isEqualTo("Atto C");
        assertThat(set.valueOn(MAX, LocalDate.of(2022, 1, 1))).isEqualTo(Euro.parse("600.00"));
        assertThat(base().parameter(MAX).history()).hasSize(2);   // the defaults are unchanged
    }

    @Test
    void aWindowOverAnOpenValueWinsForItsDaysAndTheOldValueResumes() {
        String file = "name,value,valid_from,valid_until,source\n"
                + "t.share,25%,2025-04-03,2025-12-31,Atto D\n";
        ParameterSet set = base().withOverlay("d.csv", new StringReader(file));
        assertThat(set.valueOn(SHARE, LocalDate.of(2025, 4, 2))).isEqualTo(Rate.ofPercent(20));
        assertThat(set.valueOn(SHARE, LocalDate.of(2025, 4, 3))).isEqualTo(Rate.ofPercent(25));
        assertThat(set.valueOn(SHARE, LocalDate.of(2025, 12, 31))).isEqualTo(Rate.ofPercent(25));
        assertThat(set.valueOn(SHARE, LocalDate.of(2026, 1, 1))).isEqualTo(Rate.ofPercent(20));
        assertThat(set.parameter(SHARE).on(LocalDate.of(2026, 1, 1)).source()).isEqualTo("Atto B");
    }

    @Test
    void aBadFileListsEveryProblemAtOnceWithStableCodes() {
        String file = "# a comment line\n"
                + "name,value,valid_from,valid_until,source\n"
                + "t.nope,1,2022-01-01,,Atto\n"            // unknown name
                + "t.max,abc,2022-01-01,,Atto\n"           // not an amount
                + "t.max,-5,2023-01-01,,Atto\n"            // negative
                + "t.share,120%,2022-01-01,,Atto\n"        // above 100%
                + "t.weight,0.5,2022-05-01,2022-04-01,Atto\n"  // window ends before it starts
                + "t.age,40,2022-01-01,,\n"                // no source
                + "t.flag,yes,2022-01-01,2022-12-31,Atto\n"
                + "t.flag,no,2022-06-01,,Atto\n";          // overlaps the row above
        ValidationException e = catchValidation(() -> base().withOverlay("bad.csv", new StringReader(file)));
        assertThat(e.violations()).extracting(Violation::code).containsExactlyInAnyOrder(
                "FSR-PARAM-UNKNOWN", "FSR-CSV-NOT-A-NUMBER", "FSR-NEGATIVE", "FSR-RANGE", "FSR-PARAM-WINDOW", "FSR-PARAM-SOURCE",
                "FSR-PARAM-OVERLAP");
        assertThat(e.violations().get(0).field()).startsWith("bad.csv:3");
        assertThat(e.violations()).allSatisfy(v -> {
            assertThat(v.message(Locale.ITALIAN)).isNotBlank();
            assertThat(v.message(Locale.ENGLISH)).isNotBlank();
        });
        assertThat(e.violations()).filteredOn(v -> v.code().equals("FSR-PARAM-UNKNOWN")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo("t.nope"));
    }

    @Test
    void aMissingColumnIsNamedInBothLanguages() {
        ValidationException e = catchValidation(() -> base().withOverlay("x.csv", new StringReader("name,value,dal\nt.max,1,2022-01-01\n")));
        assertThat(e.violations()).extracting(Violation::code).contains("FSR-CSV-COLUMN-MISSING");
        assertThat(e.getMessage()).contains("valid_until / al").contains("source / fonte");
    }

    @Test
    void readsAFileFromDiskInUtf8OrWindows1252(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.write(f, "parametro;valore;dal;al;fonte\nt.max;700,00;01/09/2030;;Delibera di Giunta n. 5 (città)\n"
                .getBytes(Charset.forName("windows-1252")));
        ParameterSet set = base().withOverlay(f);
        assertThat(set.valueOn(MAX, LocalDate.of(2031, 1, 1))).isEqualTo(Euro.parse("700.00"));
        assertThat(set.parameter(MAX).on(LocalDate.of(2031, 1, 1)).source()).contains("città");
    }

    @Test
    void aFileTooLargeIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.csv");
        Files.write(f, new byte[5 * 1024 * 1024]);
        assertThatThrownBy(() -> base().withOverlay(f)).isInstanceOf(ValidationException.class).hasMessageContaining("too large");
    }

    @Test
    void aSetWrittenAsAFileReadsBackToTheSameValues() {
        ParameterSet set = base();
        String text = set.toParametersFile();
        ParameterSet back = ParameterSet.ofKeys(set.keys()).withOverlay("back.csv", new StringReader(text));
        assertThat(back.all()).hasSameSizeAs(set.all());
        for (Parameter<?> p : set.all()) {
            assertThat(back.parameter(p.key()).history()).isEqualTo(p.history());
        }
    }

    private static ValidationException catchValidation(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("no ValidationException");
    }
}
