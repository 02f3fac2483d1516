/** Use cases of the registry area. */
package it.ccse.anagrafica.file.application;
