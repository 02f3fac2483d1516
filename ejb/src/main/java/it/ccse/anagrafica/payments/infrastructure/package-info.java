/**
 * JPA storage of the payments area: {@link JpaPaymentRepository}, {@link JpaAdjustmentRepository}.
 */
package it.ccse.anagrafica.payments.infrastructure;
