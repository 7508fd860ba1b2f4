package it.fsr.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM a vendor imports pins every published fsr library at the build's version. */
class BomTest {
    private static String version(String pom) {
        Matcher m = Pattern.compile("<artifactId>(fsr-parent|fsr-bom)</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        return m.group(2);
    }

    @Test
    void theBomManagesTheLibraryModulesAtTheProjectVersion() throws Exception {
        String parent = Files.readString(Path.of("..", "pom.xml"));
        String bom = Files.readString(Path.of("..", "fsr-bom", "pom.xml"));
        assertThat(version(bom)).isEqualTo(version(parent));
        for (String module : new String[] {"fsr-core", "fsr-isee", "fsr-lep", "fsr-jackson"}) {
            assertThat(bom).contains("<artifactId>" + module + "</artifactId><version>${project.version}</version>");
            assertThat(parent).contains("<module>" + module + "</module>");
        }
        assertThat(bom).doesNotContain("<parent>").doesNotContain("junit");
    }
}
