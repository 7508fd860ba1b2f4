package it.fsr.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.explain.Coded;
import it.fsr.core.explain.CsvDialect;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A row's cells by column: a column looked up by a name that is not the header's own string, the dialect, an id checked,
 * an enum read by its code, its alias, its constant's name or a plain enum's name, in any case and with a dash or a
 * blank for the underscore.
 */
class CsvRowSpellingsTest {
    enum Housing implements Coded {
        NORMAL("normal", "normale"), NOT_SELF_SUFFICIENT("not-self-sufficient", "non autosufficiente");

        private final String code;
        private final List<String> aliases;

        Housing(String code, String... aliases) {
            this.code = code;
            this.aliases = List.of(aliases);
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }
    }

    enum Plain { LOW_INCOME, HIGH }

    private static CsvRow row(String... values) {
        Map<String, Integer> index = new LinkedHashMap<>();
        index.put("id", 0);
        index.put("housing", 1);
        index.put("plain", 2);
        return new CsvRow("f.csv", 7, CsvDialect.ITALIAN, index, CsvRow.names(index), values);
    }

    @Test
    void aColumnByAnyStringOfItsName() {
        CsvRow r = row("U1", "normal", "high");
        String built = new StringBuilder("hous").append("ing").toString();
        assertThat(r.hasColumn(built)).isTrue();
        assertThat(r.text(built)).contains("normal");
        assertThat(r.hasColumn("id")).isTrue();
        assertThat(r.hasColumn("nome")).isFalse();
        assertThat(r.text("nome")).isEmpty();
        assertThat(r.dialect()).isEqualTo(CsvDialect.ITALIAN);
        assertThat(r.line()).isEqualTo(7);
        assertThat(CsvRow.names(Map.of("b", 1, "a", 0))).containsExactly("a", "b");
        assertThat(CsvRow.names(Map.of())).isEmpty();
    }

    @Test
    void anIdChecked() {
        Violations v = new Violations();
        assertThat(row("U1", "", "").id("id", v)).isEqualTo("U1");
        assertThat(row("U\u202E1", "", "").id("id", v)).isNull();
        assertThat(row("", "", "").id("id", v)).isNull();
        assertThat(v.list()).extracting(Violation::field).containsExactly("f.csv:7: id", "f.csv:7: id");
        assertThat(v.list()).extracting(Violation::code).containsExactly("FSR-ID-CHARACTER", "FSR-REQUIRED");
    }

    @Test
    void anEnumByEachOfItsSpellings() {
        Violations v = new Violations();
        for (String s : new String[] {"normal", "NORMAL", " Normale ", "normale"}) {
            assertThat(row("U1", s, "high").enumValue("housing", Housing.class, null, v)).as(s).isEqualTo(Housing.NORMAL);
        }
        for (String s : new String[] {"not-self-sufficient", "not_self_sufficient", "NOT SELF SUFFICIENT", "non autosufficiente",
            "Non-Autosufficiente"}) {
            assertThat(row("U1", s, "high").enumValue("housing", Housing.class, null, v)).as(s).isEqualTo(Housing.NOT_SELF_SUFFICIENT);
        }
        for (String s : new String[] {"low_income", "LOW-INCOME", "low income", "High"}) {
            assertThat(row("U1", "normal", s).enumValue("plain", Plain.class, null, v)).as(s).isNotNull();
        }
        assertThat(v.isEmpty()).isTrue();
        assertThat(row("U1", "", "").enumValue("housing", Housing.class, Housing.NORMAL, v)).isEqualTo(Housing.NORMAL);
        assertThat(v.isEmpty()).isTrue();
        assertThat(row("U1", "", "").enumValue("housing", Housing.class, null, v)).isNull();
        assertThat(row("U1", "palazzo", "").enumValue("housing", Housing.class, null, v)).isNull();
        assertThat(row("U1", "", "medium").enumValue("plain", Plain.class, null, v)).isNull();
        assertThat(v.list()).extracting(Violation::field).containsExactly("f.csv:7: housing", "f.csv:7: housing", "f.csv:7: plain");
        assertThat(v.list().get(1).message()).contains("normal").contains("not-self-sufficient");
        assertThat(v.list().get(2).message()).contains("low_income").contains("high");
    }
}
