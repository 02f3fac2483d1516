/**
 * The payments area's use cases (PY-2, PY-3, AJ-1..AJ-3, AD-3): {@link PaymentCommunications} and
 * {@link Adjustments} for the company, {@link PaymentDesk}, {@link AdjustmentDesk} and {@link
 * AdjustmentReasons} for CCSE staff, and the coverage of practices that lets a device ship;
 * implementations in {@code internal}.
 */
package it.ccse.anagrafica.payments.application;
