/**
 * The pending change set of a company file (MD-9): {@link
 * it.ccse.anagrafica.file.domain.changes.ChangeSet}, its questions, summary and report, and the
 * {@link it.ccse.anagrafica.file.domain.changes.Operation}s it holds, one record per file, grouped
 * here by what they change:
 *
 * <ul>
 *   <li>company data: {@code UpdateCompanyData} (MD-3);
 *   <li>sites: {@code RelocateOffice} (MD-4), {@code DescribeLocalUnit} (MD-8), {@code
 *       AddLocalUnit} (MD-12);
 *   <li>categories: {@code AddCategory}, {@code ModifyCategory}, {@code DeleteCategory} (MD-5),
 *       with their {@code Details};
 *   <li>delegates: {@code AddDelegate}, {@code DeleteDelegate} (MD-6, MD-13);
 *   <li>devices ({@code OnDevice}, MD-7): {@code AssociateCategory}, {@code RemoveCategory}, {@code
 *       AssociateDelegate}, {@code RemoveDelegate}, {@code UpdateContacts}, and {@code
 *       RequestDevice} on a site;
 *   <li>declarations: {@code DeclareEmployees}, {@code ReaffirmEmployees} ({@code
 *       CompanyDeclaration}, TH-1, TH-2), {@code JoinVoluntarily} (VO-1), {@code
 *       DeclareNewProducer} (NP-1);
 *   <li>misalignments ({@code SettlesMisalignment}, BR-1): {@code AlignWithRegister}, {@code
 *       CertifyDeclared}.
 * </ul>
 *
 * <p>{@code OnSite}, {@code OnCategory} and {@code OnDevice} say which site an operation on that
 * item touches (VW-1); {@code ChangeLines} words the summary lines.
 */
package it.ccse.anagrafica.file.domain.changes;
