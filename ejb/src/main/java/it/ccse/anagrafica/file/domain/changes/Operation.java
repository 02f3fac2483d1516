package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A pending change to a company file (MD-3..MD-8, MD-12, MD-13). Operations refer to items by their
 * public ids, so one may act on an item an earlier operation of the same set created. Each one says
 * which site it touches (for the edit scope), describes itself against the file as it is before it
 * runs, applies itself through the domain's rules, and names what it costs.
 *
 * <p>One record per operation, grouped in {@code package-info.java} by what they change. A pending
 * set keeps its operations as JSON under these aliases (ADR 0002): an alias, a record's component
 * names and the enum constants they hold are stored data, never renamed ({@code
 * StoredOperationsTest} reads a set of every alias as written before).
 */
@JsonbTypeInfo(
    key = "@op",
    value = {
      @JsonbSubtype(alias = "companyData", type = UpdateCompanyData.class),
      @JsonbSubtype(alias = "relocateOffice", type = RelocateOffice.class),
      @JsonbSubtype(alias = "describeLocalUnit", type = DescribeLocalUnit.class),
      @JsonbSubtype(alias = "addCategory", type = AddCategory.class),
      @JsonbSubtype(alias = "modifyCategory", type = ModifyCategory.class),
      @JsonbSubtype(alias = "deleteCategory", type = DeleteCategory.class),
      @JsonbSubtype(alias = "addDelegate", type = AddDelegate.class),
      @JsonbSubtype(alias = "deleteDelegate", type = DeleteDelegate.class),
      @JsonbSubtype(alias = "associateCategory", type = AssociateCategory.class),
      @JsonbSubtype(alias = "removeCategory", type = RemoveCategory.class),
      @JsonbSubtype(alias = "associateDelegate", type = AssociateDelegate.class),
      @JsonbSubtype(alias = "removeDelegate", type = RemoveDelegate.class),
      @JsonbSubtype(alias = "updateContacts", type = UpdateContacts.class),
      @JsonbSubtype(alias = "requestDevice", type = RequestDevice.class),
      @JsonbSubtype(alias = "addLocalUnit", type = AddLocalUnit.class),
      @JsonbSubtype(alias = "declareEmployees", type = DeclareEmployees.class),
      @JsonbSubtype(alias = "joinVoluntarily", type = JoinVoluntarily.class),
      @JsonbSubtype(alias = "declareNewProducer", type = DeclareNewProducer.class),
      @JsonbSubtype(alias = "reaffirmEmployees", type = ReaffirmEmployees.class),
      @JsonbSubtype(alias = "alignWithRegister", type = AlignWithRegister.class),
      @JsonbSubtype(alias = "certifyDeclared", type = CertifyDeclared.class)
    })
public sealed interface Operation extends Serializable
    permits UpdateCompanyData,
        RelocateOffice,
        AddLocalUnit,
        DeleteDelegate,
        OnSite,
        OnCategory,
        OnDevice,
        CompanyDeclaration,
        SettlesMisalignment {

  /** The site changed; empty for company-level operations (MD-3, MD-12). */
  Optional<Site> site(CompanyFile file);

  /** The summary line, against the file as it is before this operation; places by name. */
  ChangeLine describe(CompanyFile file, PlaceNames places);

  /** Refuses an operation outside what the user may change (VW-1, MD-1). */
  default void requireWithin(EditScope scope, CompanyFile file) {
    scope.require(site(file));
  }

  void applyTo(CompanyFile file);

  default List<PriceCode> costs() {
    return List.of();
  }

  /** The operation as typed, checked and in normal form; names the field of a wrong value. */
  default Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    return this;
  }
}
