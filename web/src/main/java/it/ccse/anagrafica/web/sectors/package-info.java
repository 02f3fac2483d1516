/**
 * The pages of the sectors area (SE-1..SE-8, CO-1, BK-1): "Lista settori attività", a sector from
 * draft to CCSE with its services, ATOs and self-certification, its contacts and its bank.
 */
package it.ccse.anagrafica.web.sectors;
