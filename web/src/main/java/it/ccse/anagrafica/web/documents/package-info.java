/** Attachments (issue 17): their download for operators and staff, and the upload tag's bean. */
package it.ccse.anagrafica.web.documents;
