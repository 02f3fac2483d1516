/** Use cases of the company: registration, the "Dati societari" rounds and their views. */
package it.ccse.anagrafica.company.application;
