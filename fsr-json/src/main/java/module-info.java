/**
 * fsr's JSON documents without a JSON library: the one reading and writing of fsr's types that the Jackson 2 and
 * Jackson 3 adapters call.
 */
module it.fsr.json {
    requires transitive it.fsr.core;
    requires transitive it.fsr.isee;
    requires transitive it.fsr.riparto;
    requires transitive it.fsr.lep;
    requires transitive it.fsr.piano;

    exports it.fsr.json;
}
