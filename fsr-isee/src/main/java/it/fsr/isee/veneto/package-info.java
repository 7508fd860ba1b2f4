/**
 * The Veneto rules on the ISEE (L.R. Veneto 20/2020 art. 3): the Fattore Famiglia in-melius rescaling of the
 * national ISEE and the nursery contribution per child of DGR Veneto 1609/2021 and its later editions, with
 * the budget check and the regional fund among the Ambiti.
 */
package it.fsr.isee.veneto;
