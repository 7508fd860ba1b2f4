package it.fsr.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.json.Schemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schemas are generated from the types by the build and committed twice: under {@code docs/schema/} for readers and in
 * fsr-json's jar ({@code it/fsr/json/schema/}) for services, which both adapters bring. A type that changes makes this test
 * fail until {@code -Dfsr.schema.update=true} writes them again (and the change is said in the CHANGELOG).
 */
class SchemaFilesTest {
    private static final Path DOCS = Path.of("..", "docs", "schema");
    private static final Path JAR = Path.of("src", "main", "resources", "it", "fsr", "json", "schema");

    @Test
    void theCommittedSchemasAreTheGeneratedOnes() throws Exception {
        boolean update = Boolean.getBoolean("fsr.schema.update");
        List<String> stale = new ArrayList<>();
        List<String[]> files = new ArrayList<>();
        for (Class<?> t : Schemas.documents()) {
            files.add(new String[] {Schemas.fileName(t), Schemas.of(t)});
        }
        files.add(new String[] {"openapi-components.json", Schemas.openApiComponents(Schemas.documents())});
        for (String[] f : files) {
            for (Path dir : List.of(DOCS, JAR)) {
                Path p = dir.resolve(f[0]);
                if (update) {
                    Files.createDirectories(dir);
                    Files.writeString(p, f[1], StandardCharsets.UTF_8);
                } else if (!Files.exists(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(f[1])) {
                    stale.add(p.toString());
                }
            }
        }
        assertThat(stale).as("schemas to write again with -Dfsr.schema.update=true").isEmpty();
        assertThat(Schemas.of(it.fsr.isee.compartecipazione.Charge.class)).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"",
                "\"fee\"", "#/$defs/Euro");
    }
}
