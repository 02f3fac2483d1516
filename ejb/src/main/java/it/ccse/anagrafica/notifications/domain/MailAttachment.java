package it.ccse.anagrafica.notifications.domain;

/**
 * A file as the mail server receives it, read from the attachment store at delivery time: its name,
 * its detected media type and its bytes.
 */
public record MailAttachment(String fileName, String mediaType, byte[] bytes) {}
