/**
 * Jackson 3 support for fsr's types, found by {@code JsonMapper.builder().findAndAddModules()} on the class path and on
 * the module path: the documents of {@code fsr-json}, byte for byte those of {@code fsr-jackson}.
 */
module it.fsr.jackson3 {
    requires transitive it.fsr.json;
    requires transitive tools.jackson.databind;

    exports it.fsr.jackson3;

    provides tools.jackson.databind.JacksonModule with it.fsr.jackson3.FsrJackson3Module;
}
