/**
 * The public administration's formats around fsr's ISEE: the attestation INPS returns to an ente erogatore
 * (read, chosen for a service, its arithmetic checked), the DSU in INPS's XML (read into fsr's {@code Dsu}), and
 * the SIUSS flows of the prestazioni sociali agevolate granted (DM 206/2014), validated against INPS's published
 * schema before anything is written. Depends on fsr-isee and the JDK's {@code java.xml} only.
 */
module it.fsr.inps {
    requires transitive it.fsr.isee;
    requires java.xml;

    exports it.fsr.inps;
    exports it.fsr.inps.attestazione;
    exports it.fsr.inps.dsu;
    exports it.fsr.inps.siuss;

}
