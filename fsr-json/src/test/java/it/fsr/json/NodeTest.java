package it.fsr.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A document's tree prints its type and size, never its values (a DSU's incomes stay out of logs); its text is json(). */
class NodeTest {
    @Test
    void toStringNamesTheShapeAndJsonGivesTheText() {
        Node dsu = Node.object(Map.of("id", Node.string("RSSMRA80A01L219X"), "members", Node.array(List.of(
                Node.object(Map.of("employeeIncome", Node.number(new BigDecimal("15432.00"), false)))))));
        assertThat(dsu.toString()).isEqualTo("Node[object, 2 fields]").doesNotContain("RSSMRA").doesNotContain("15432");
        assertThat(dsu.get("members").toString()).isEqualTo("Node[array, 1 elements]");
        assertThat(Node.string("a\"b").json()).isEqualTo("\"a\\\"b\"");
        assertThat(dsu.json()).contains("\"RSSMRA80A01L219X\"").contains("15432.00");
    }
}
