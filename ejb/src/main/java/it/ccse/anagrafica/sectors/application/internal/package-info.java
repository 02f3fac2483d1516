/** The sectors area's services and the helpers they share; reached only through the interfaces. */
package it.ccse.anagrafica.sectors.application.internal;
