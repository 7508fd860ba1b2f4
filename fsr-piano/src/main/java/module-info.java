/**
 * The Ambito's programming of its funds: the PNRR M5C2 catalogue and tranches (Avviso 1/2022) and the
 * multi-year fund map of every line an Ambito receives.
 */
module it.fsr.piano {
    requires transitive it.fsr.core;

    exports it.fsr.piano.pnrr;
    exports it.fsr.piano.fundmap;
}
