package it.ccse.anagrafica.company.application;

/**
 * ON-7 "Invita": e-mails queued, and operators skipped (already active, or already sent the hourly
 * share of e-mails).
 */
public record InvitationResult(int sent, int skipped) {}
