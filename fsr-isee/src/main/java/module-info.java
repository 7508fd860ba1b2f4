/** National ISEE, Fattore Famiglia in-melius rescaling, the Veneto nursery contribution and ISEE tariffs. */
module it.fsr.isee {
    requires transitive it.fsr.core;

    exports it.fsr.isee;
    exports it.fsr.isee.tariff;
    exports it.fsr.isee.compartecipazione;
    exports it.fsr.isee.dsu;
}
