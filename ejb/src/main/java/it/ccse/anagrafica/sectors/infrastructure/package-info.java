/**
 * JPA storage of the sectors area: {@link JpaActivitySectorRepository}, {@link
 * JpaSectorReferenceRepository}.
 */
package it.ccse.anagrafica.sectors.infrastructure;
