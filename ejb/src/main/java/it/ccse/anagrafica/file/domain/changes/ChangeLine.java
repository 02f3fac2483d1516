package it.ccse.anagrafica.file.domain.changes;

import java.io.Serializable;

/**
 * One line of the "Riepilogo" and of the signed report (MD-9): where, what ({@code action} is a key
 * of the {@code i18n/changes} bundle), on which item, and the value before and after.
 */
public record ChangeLine(String site, String action, String subject, String before, String after)
    implements Serializable {}
