/**
 * Jackson 2 support for fsr's types, found by {@code ObjectMapper.findAndRegisterModules()} on the class
 * path and on the module path.
 */
module it.fsr.jackson {
    requires transitive it.fsr.json;
    requires transitive it.fsr.core;
    requires transitive it.fsr.isee;
    requires transitive it.fsr.riparto;
    requires transitive it.fsr.lep;
    requires transitive it.fsr.piano;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;

    exports it.fsr.jackson;

    provides com.fasterxml.jackson.databind.Module with it.fsr.jackson.FsrModule;
}
