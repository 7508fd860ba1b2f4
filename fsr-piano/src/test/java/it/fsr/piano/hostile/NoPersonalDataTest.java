package it.fsr.piano.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.testing.RecordScan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * fsr-piano's values hold the figures of Comuni, Ambiti, funds and service units, never a person's: a record that
 * prints its components ({@code toString}) may do so only while none of them could hold a person's data (an ISEE, an
 * income, a disability, a fiscal code, a person's id). A component added with such a name makes this test fail
 * until its record states a {@code toString} of its type and counts (issue "hostile input and personal data").
 */
class NoPersonalDataTest {
    @Test
    void noRecordThatPrintsItsComponentsHoldsAPersonsData() throws Exception {
        List<RecordScan.Found> records = RecordScan.publicRecords(Path.of("target/classes"));
        assertThat(records).isNotEmpty();
        List<String> personal = records.stream().filter(RecordScan.Found::implicitToString)
                .flatMap(f -> f.personalComponents().stream()).toList();
        assertThat(personal).as("components that would print a person's data").isEmpty();
    }
}
