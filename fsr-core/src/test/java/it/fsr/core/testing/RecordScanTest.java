package it.fsr.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The scan the modules' personal-data tests stand on finds what it should. */
class RecordScanTest {
    /** A record a person's data would be printed by. */
    public record Sample(String userId, long isee, long places) {
    }

    @Test
    void personalComponentsAreFoundByName() {
        assertThat(new RecordScan.Found(Sample.class, true).personalComponents()).containsExactly("Sample.userId", "Sample.isee");
    }

    @Test
    void theKernelsRecordsAreFoundWithTheirToString() throws Exception {
        assertThat(RecordScan.publicRecords(Path.of("target/test-classes"))).contains(new RecordScan.Found(Sample.class, true));
    }

    /** The kernel's own records (money, allocation, parameters, explanations) print no component that could hold a person's data. */
    @Test
    void theKernelsRecordsHoldNoPersonalData() throws Exception {
        assertThat(RecordScan.personalComponentsPrinted(Path.of("target/classes"))).isEmpty();
    }
}
