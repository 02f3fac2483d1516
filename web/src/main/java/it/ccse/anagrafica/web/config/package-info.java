/** Application-wide web configuration: authentication mechanism, roles, Faces. */
package it.ccse.anagrafica.web.config;
