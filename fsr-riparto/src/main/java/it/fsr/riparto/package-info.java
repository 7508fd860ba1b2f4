/**
 * The Fondo Sociale Regionale of Regione Lombardia: from the region to the Ambiti (DGR XII/4793/2025) and
 * from an Ambito to its areas, service types and units by its Avviso, with the piano di riparto, its
 * explanation and the what-if.
 */
package it.fsr.riparto;
