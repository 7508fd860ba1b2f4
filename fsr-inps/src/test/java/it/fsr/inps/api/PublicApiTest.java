package it.fsr.inps.api;

import it.fsr.core.testing.ApiSignature;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The public API of fsr-inps is the committed {@code api/fsr-inps.api}: a change must be announced (see {@link ApiSignature}). */
class PublicApiTest {
    @Test
    void thePublicApiIsTheCommittedOne() throws Exception {
        ApiSignature.check(Path.of("target", "classes"), Path.of("api", "fsr-inps.api"));
    }
}
