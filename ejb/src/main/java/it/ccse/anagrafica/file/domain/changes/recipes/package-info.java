/**
 * Recipes: what one "SALVA" of the modification area asks for when it takes several operations, or
 * depends on the file as the pending changes leave it (MD-2, MD-5, MD-6, MD-7, MD-12, TH-2). A
 * {@link it.ccse.anagrafica.file.domain.changes.recipes.ChangeRecipe} names the operations in
 * order; the public ids of the items they create are minted by the service and handed in.
 */
package it.ccse.anagrafica.file.domain.changes.recipes;
