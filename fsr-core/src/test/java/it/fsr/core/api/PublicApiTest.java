package it.fsr.core.api;

import it.fsr.core.testing.ApiSignature;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The public API of fsr-core is the committed {@code api/fsr-core.api}: a change must be announced (see {@link ApiSignature}). */
class PublicApiTest {
    @Test
    void thePublicApiIsTheCommittedOne() throws Exception {
        ApiSignature.check(Path.of("target", "classes"), Path.of("api", "fsr-core.api"));
    }
}
