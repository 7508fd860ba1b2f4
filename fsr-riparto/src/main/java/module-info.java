/**
 * The FSR riparto of Regione Lombardia: the Fondo Sociale Regionale from the region to the Ambiti, and
 * from an Ambito to its areas, service types and units, by the DGR and the Ambito's Avviso.
 */
module it.fsr.riparto {
    requires transitive it.fsr.core;

    exports it.fsr.riparto;
}
