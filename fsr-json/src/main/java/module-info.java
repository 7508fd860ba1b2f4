/**
 * fsr's JSON documents without a JSON library: the one reading and writing of fsr's types that the Jackson 2 and
 * Jackson 3 adapters call.
 */
module it.fsr.json {
    requires transitive it.fsr.core;
    // each domain optional: present when the service brings it
    requires static it.fsr.isee;
    requires static it.fsr.riparto;
    requires static it.fsr.lep;
    requires static it.fsr.piano;

    exports it.fsr.json;
}
