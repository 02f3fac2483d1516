package it.ccse.anagrafica.practices.domain;

/**
 * One target a practice may be filed on (RQ-1..RQ-3): the public id of a site or device, the plate
 * of a vehicle or the codice fiscale of the company, with what the operator recognises it by (the
 * unit's name, the device's serial, the plate, the ragione sociale).
 */
public record PracticeTarget(String id, String name) {}
