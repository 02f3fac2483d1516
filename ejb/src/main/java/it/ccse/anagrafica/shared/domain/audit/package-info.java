/** The audit trail: immutable records of security-relevant and business events. */
package it.ccse.anagrafica.shared.domain.audit;
