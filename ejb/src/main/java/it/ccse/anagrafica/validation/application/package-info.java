/** Use cases of CCSE's validation of what operators submit (AD-1). */
package it.ccse.anagrafica.validation.application;
