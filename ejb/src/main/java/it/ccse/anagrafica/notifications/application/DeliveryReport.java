package it.ccse.anagrafica.notifications.application;

/** Counts of one delivery run. */
public record DeliveryReport(int sent, int retried, int failed) {}
