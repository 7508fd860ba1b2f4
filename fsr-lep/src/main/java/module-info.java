/**
 * The LEP and service objectives of the Fondo di Solidarietà Comunale / FELS: social workers, nurseries,
 * transport of pupils with disabilities, their resources, monitoring and rendicontazione.
 */
module it.fsr.lep {
    requires transitive it.fsr.core;

    exports it.fsr.lep;
    exports it.fsr.lep.monitoring;
    exports it.fsr.lep.io;
}
