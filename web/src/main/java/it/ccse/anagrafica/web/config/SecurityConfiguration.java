package it.ccse.anagrafica.web.config;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own PrimeFaces page; the identity store is {@link
 * it.ccse.anagrafica.web.accounts.DatabaseIdentityStore}. Roles are the names of {@link
 * it.ccse.anagrafica.accounts.domain.Role}.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"OPERATOR", "DELEGATE", "BACKOFFICE", "ADMIN"})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {}
