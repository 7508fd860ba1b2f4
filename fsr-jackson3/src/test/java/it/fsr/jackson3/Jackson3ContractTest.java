package it.fsr.jackson3;

import it.fsr.json.Node;
import it.fsr.json.contract.JsonContract;
import java.util.List;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** fsr's JSON contract on Jackson 3: a stock mapper that finds its modules; the golden bytes are Jackson 2's too. */
class Jackson3ContractTest extends JsonContract {
    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Override
    protected String write(Object value, Object language, Boolean explanations) {
        ObjectWriter w = mapper.writer();
        if (language != null) {
            w = w.withAttribute(FsrJackson3Module.LANGUAGE, language);
        }
        if (explanations != null) {
            w = w.withAttribute(FsrJackson3Module.EXPLANATIONS, explanations);
        }
        return w.writeValueAsString(value);
    }

    @Override
    protected Object read(String json, Class<?> type, Class<?> element) {
        return element == null ? mapper.readValue(json, type)
                : mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, element));
    }

    @Override
    protected int status(Throwable error) {
        return FsrProblems.httpStatus(error);
    }

    @Override
    protected Node tree(String json) {
        return FsrJackson3Module.tree(mapper.createParser(json));
    }
}
