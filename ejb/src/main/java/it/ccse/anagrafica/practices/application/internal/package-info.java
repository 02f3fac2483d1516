/**
 * The practices services: {@code DefaultPracticeRequests}, {@code DefaultPracticeStatus}, {@code
 * DefaultPracticeDesk}, over {@code PracticeAccess} (whose company, which targets), {@code
 * PracticeViewMapper}, the sealed report ({@code PracticeReports}) and the outcome notices ({@code
 * PracticeOutcomes}); {@code SignedChangePractices} turns devices requested by a signed change set
 * into practices (RQ-2b).
 */
package it.ccse.anagrafica.practices.application.internal;
