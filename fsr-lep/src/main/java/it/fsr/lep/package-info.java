/**
 * The LEP and service objectives of the Fondo di Solidarietà Comunale (L. 178/2020 c. 791-797; L. 234/2021 c.
 * 172-174): social workers and the c. 797 contribution, nursery coverage, transport of pupils with
 * disabilities, their unit-cost resources, for a Comune, an Ambito or the whole country.
 */
package it.fsr.lep;
