package it.fsr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.Parameter;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/parametri.md}, the reference of every shipped parameter, is generated from the shipped files and
 * checked here: a changed file fails the build until the page is regenerated ({@code -Dfsr.api.update=true}).
 */
class ParametersDocTest {
    static final Path DOC = Path.of("../docs/parametri.md");
    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("isee.", "ISEE nazionale e DSU (DPCM 159/2013 e successive modifiche)");
        GROUPS.put("ff.", "Fattore Famiglia e contributo per i servizi 0-3 anni (Regione del Veneto)");
        GROUPS.put("lep.", "LEP del Fondo di Solidarietà Comunale");
        GROUPS.put("fsr.", "Riparto del Fondo Sociale Regionale");
        GROUPS.put("pnrr.", "PNRR M5C2, Avviso 1/2022");
    }

    static String render(ParameterSet set) {
        StringBuilder b = new StringBuilder();
        b.append("# Parametri forniti con fsr\n\n")
                .append("Pagina generata dai file di parametri della libreria (non modificarla a mano: la rigenera\n")
                .append("`mvn install -Dfsr.api.update=true`). Ogni riga è un valore con il suo periodo e il suo atto;\n")
                .append("`java -jar fsr.jar params --year AAAA` mostra quelli in vigore in un anno, e un file con le stesse\n")
                .append("colonne, dato con `--params FILE`, aggiunge o sostituisce valori per i periodi che copre\n")
                .append("(vedi il README, \"Caricare un atto nuovo\").\n");
        for (Map.Entry<String, String> g : GROUPS.entrySet()) {
            b.append("\n## ").append(g.getValue()).append("\n\n");
            b.append("| parametro | descrizione | valore | dal | al | fonte |\n|---|---|---|---|---|---|\n");
            for (ParameterKey<?> k : set.keys()) {
                if (!k.name().startsWith(g.getKey())) {
                    continue;
                }
                Optional<Parameter<?>> p = set.all().stream().filter(x -> x.key().name().equals(k.name())).findFirst();
                if (p.isEmpty()) {
                    b.append("| `").append(k.name()).append("` | ").append(cell(k.description()))
                            .append(" | — | | | nessun valore fornito: va caricato con il suo atto |\n");
                    continue;
                }
                for (DatedValue<?> v : p.get().history()) {
                    String source = v.address().isEmpty() ? cell(v.source()) : "[" + cell(v.source()) + "](" + v.address() + ")";
                    b.append("| `").append(k.name()).append("` | ").append(cell(k.description())).append(" | ")
                            .append(cell(ParameterSet.valueText(v.value()))).append(" | ").append(v.validFrom()).append(" | ")
                            .append(v.validUntil() == null ? "" : v.validUntil().toString()).append(" | ").append(source).append(" |\n");
                }
            }
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    @Test
    void theParametersPageIsTheShippedFiles() throws Exception {
        String text = render(RunParameters.SHIPPED);
        if (Boolean.getBoolean("fsr.api.update")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, text, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).as("docs/parametri.md: regenerate with -Dfsr.api.update=true").isEqualTo(text);
        // every key of every module is on the page, with or without a value
        for (ParameterKey<?> k : RunParameters.SHIPPED.keys()) {
            assertThat(text).contains("`" + k.name() + "`");
        }
    }
}
