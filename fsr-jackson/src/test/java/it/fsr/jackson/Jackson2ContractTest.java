package it.fsr.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import it.fsr.json.Node;
import it.fsr.json.contract.JsonContract;
import java.util.List;

/** fsr's JSON contract on Jackson 2: a stock mapper that finds its modules. */
class Jackson2ContractTest extends JsonContract {
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    @Override
    protected String write(Object value, Object language, Boolean explanations) throws Exception {
        ObjectWriter w = mapper.writer();
        if (language != null) {
            w = w.withAttribute(FsrModule.LANGUAGE, language);
        }
        if (explanations != null) {
            w = w.withAttribute(FsrModule.EXPLANATIONS, explanations);
        }
        return w.writeValueAsString(value);
    }

    @Override
    protected Object read(String json, Class<?> type, Class<?> element) throws Exception {
        return element == null ? mapper.readValue(json, type)
                : mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, element));
    }

    @Override
    protected int status(Throwable error) {
        return FsrProblems.httpStatus(error);
    }

    @Override
    protected Node tree(String json) throws Exception {
        return Trees.tree(mapper.createParser(json));
    }
}
