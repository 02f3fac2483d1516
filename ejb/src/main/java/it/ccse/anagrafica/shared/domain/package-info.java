/**
 * Shared kernel: immutable value objects of the Italian registration domain (codice fiscale,
 * partita IVA, IBAN, CAP, e-mail, PEC, address, money) that validate themselves on creation and
 * report each failure as an {@link it.ccse.anagrafica.shared.domain.InvalidValueException} whose
 * message key is in the {@code i18n/validation} bundles.
 */
package it.ccse.anagrafica.shared.domain;
