/**
 * A company's activity sectors as CCSE's manual has them declared once the company data are
 * validated (SE-1..SE-8, CO-1, BK-1): {@link ActivitySector} with its services, the ATOs of a water
 * service, contacts, own bank and self-certification, its rules and its state; the reference lists
 * it chooses from ({@link SectorType}, {@link Ato}, {@link LegalNature}); the repositories.
 */
package it.ccse.anagrafica.sectors.domain;
