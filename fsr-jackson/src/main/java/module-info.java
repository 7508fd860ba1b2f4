/**
 * Jackson 2 support for fsr's types, found by {@code ObjectMapper.findAndRegisterModules()} on the class
 * path and on the module path. fsr's domain modules are the service's to bring: this module needs none of them.
 */
module it.fsr.jackson {
    requires transitive it.fsr.json;
    requires transitive it.fsr.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;

    exports it.fsr.jackson;

    provides com.fasterxml.jackson.databind.Module with it.fsr.jackson.FsrModule;
}
