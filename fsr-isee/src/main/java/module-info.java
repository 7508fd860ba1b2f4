/**
 * The ISEE: the national ISEE from the DSU and its variants (DPCM 159/2013), the Veneto Fattore Famiglia
 * rescaling and nursery contribution, and what a user pays for a service from the ISEE
 * (compartecipazione).
 */
module it.fsr.isee {
    requires transitive it.fsr.core;

    exports it.fsr.isee;
    exports it.fsr.isee.dsu;
    exports it.fsr.isee.veneto;
    exports it.fsr.isee.compartecipazione;
    exports it.fsr.isee.io;
}
