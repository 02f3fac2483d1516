/**
 * Shared kernel: immutable value objects of the Italian registration domain (codice fiscale,
 * partita IVA, IBAN, CAP, e-mail, PEC, address, money) that validate themselves on creation and
 * report each failure as an {@link it.ccse.anagrafica.shared.domain.InvalidValueException} whose
 * message key is in the {@code i18n/validation} bundles. The business exceptions: {@link
 * it.ccse.anagrafica.shared.domain.BusinessException} and its subtypes for invalid values and
 * fields, things not found, conflicts with a concurrent change, and requests out of the caller's
 * scope.
 */
package it.ccse.anagrafica.shared.domain;
