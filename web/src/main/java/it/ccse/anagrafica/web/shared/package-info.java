/** Web concerns shared by every page: messages, language, security headers. */
package it.ccse.anagrafica.web.shared;
