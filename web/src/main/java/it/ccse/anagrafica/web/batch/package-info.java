/**
 * AD-4 batch console and BA-5 schedules: the web module starts the jobs, since their XML and
 * artifacts live in this WAR (ADR 0004); the work itself is in the EJB services.
 */
package it.ccse.anagrafica.web.batch;
