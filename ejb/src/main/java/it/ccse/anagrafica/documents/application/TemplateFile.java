package it.ccse.anagrafica.documents.application;

/** A printed template to download: its file name with extension, its media type and its bytes. */
public record TemplateFile(String fileName, String contentType, byte[] content) {}
