package it.ccse.anagrafica.file.domain.changes.recipes;

import java.io.Serializable;

/** How to reach a delegate on one device, as typed (MD-7); the operations check it. */
public record DeviceContacts(String phone, String fax, String email) implements Serializable {}
