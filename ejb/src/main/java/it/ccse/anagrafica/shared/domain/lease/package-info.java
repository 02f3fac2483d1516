/**
 * BA-5: the terms of the jobs' database leases (what a job leases, for how long, renewed how
 * often); the leases themselves are rows taken and renewed atomically by the database.
 */
package it.ccse.anagrafica.shared.domain.lease;
