/**
 * JPA storage of the sectors area: {@link JpaActivitySectorRepository}, {@link
 * JpaSectorReferenceRepository}, {@link JpaCorporateOperationRepository}.
 */
package it.ccse.anagrafica.sectors.infrastructure;
