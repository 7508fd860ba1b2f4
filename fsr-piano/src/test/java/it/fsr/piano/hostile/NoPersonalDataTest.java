package it.fsr.piano.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.testing.RecordScan;
import java.nio.file.Path;
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
        assertThat(RecordScan.personalComponentsPrinted(Path.of("target/classes"))).as("components that would print a person's data").isEmpty();
    }
}
