package it.ccse.anagrafica.web.config;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/**
 * Roles are the names of {@link it.ccse.anagrafica.accounts.domain.Role}; the authentication
 * mechanism is {@link FormSessionMechanism}, the identity store {@link
 * it.ccse.anagrafica.web.accounts.DatabaseIdentityStore}.
 */
@DeclareRoles({"OPERATOR", "DELEGATE", "BACKOFFICE", "ADMIN"})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {}
