/** JPA storage of the payments area: {@link JpaPaymentRepository}. */
package it.ccse.anagrafica.payments.infrastructure;
