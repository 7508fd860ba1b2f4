package it.fsr.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import it.fsr.json.Schemas;
import it.fsr.json.contract.Documents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every example document (the contract's: every result, input and engine output) validates against the JSON Schema of its
 * type, by networknt's validator for JSON Schema 2020-12; and the schemas are not vacuous: a document with a value of
 * another type, a component missing or one added is refused by the schema as by fsr.
 */
class SchemaValidationTest {
    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private List<Error> errors(Class<?> type, String json) {
        Schema schema = registry.getSchema(Schemas.of(type), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void everyExampleDocumentValidatesAgainstTheSchemaOfItsType() {
        int validated = 0;
        for (Map.Entry<String, Object[]> e : Documents.readable().entrySet()) {
            Object value = e.getValue()[0];
            Class<?> type = (Class<?>) e.getValue()[1];
            Class<?> element = (Class<?>) e.getValue()[2];
            if (element == null) {
                assertThat(errors(type, mapper.writeValueAsString(value))).as(e.getKey()).isEmpty();
                validated++;
            } else {
                for (Object item : (List<?>) value) {
                    assertThat(errors(element, mapper.writeValueAsString(item))).as(e.getKey()).isEmpty();
                    validated++;
                }
            }
        }
        for (Map.Entry<String, Object> e : Documents.writeOnly().entrySet()) {
            assertThat(errors(e.getValue().getClass(), mapper.writeValueAsString(e.getValue()))).as(e.getKey()).isEmpty();
            validated++;
        }
        // texts in one language, explanations left out: still the schema's documents
        Object dsuResult = Documents.readable().get("dsuResult")[0];
        assertThat(errors(dsuResult.getClass(), mapper.writer().withAttribute(FsrJackson3Module.LANGUAGE, "en").writeValueAsString(dsuResult))).isEmpty();
        assertThat(errors(dsuResult.getClass(), mapper.writer().withAttribute(FsrJackson3Module.EXPLANATIONS, false).writeValueAsString(dsuResult))).isEmpty();
        assertThat(validated).isGreaterThan(25);
    }

    @Test
    void everyDocumentOfTheCatalogueHasASchemaThatCompiles() {
        for (Class<?> t : Schemas.documents()) {
            assertThat(registry.getSchema(Schemas.of(t), InputFormat.JSON)).as(t.getName()).isNotNull();
        }
    }

    @Test
    void theSchemasRefuseWhatFsrRefuses() {
        Object charge = Documents.readable().get("charge")[0];
        String ok = mapper.writeValueAsString(charge);
        assertThat(errors(charge.getClass(), ok)).isEmpty();
        assertThat(errors(charge.getClass(), ok.replaceFirst("\"fee\":\"[^\"]*\"", "\"fee\":true"))).isNotEmpty();
        assertThat(errors(charge.getClass(), ok.replaceFirst("\"fee\":\"[^\"]*\"", "\"fee\":\"4,00\""))).isNotEmpty();
        assertThat(errors(charge.getClass(), ok.replaceFirst("\\{", "{\"pets\":2,"))).isNotEmpty();
        Object dsu = Documents.readable().get("dsu")[0];
        String d = mapper.writeValueAsString(dsu);
        assertThat(errors(dsu.getClass(), d.replaceFirst("\"age\":12", "\"age\":12.5"))).isNotEmpty();
        assertThat(errors(dsu.getClass(), d.replaceFirst("\"relationship\":\"CHILD\"", "\"relationship\":2"))).isNotEmpty();
        assertThat(errors(dsu.getClass(), d.replaceFirst("\"date\":\"[^\"]*\",", ""))).isNotEmpty();
    }
}
