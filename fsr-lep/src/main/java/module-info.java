/** LEP and service objectives of the Fondo di Solidarietà Comunale / FELS: social workers, nurseries, transport of pupils with disabilities. */
module it.fsr.lep {
    requires transitive it.fsr.core;

    exports it.fsr.lep;
    exports it.fsr.lep.pnrr;
    exports it.fsr.lep.fundmap;
    exports it.fsr.lep.monitoring;
}
