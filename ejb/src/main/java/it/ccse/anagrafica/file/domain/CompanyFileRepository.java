package it.ccse.anagrafica.file.domain;

import it.ccse.anagrafica.company.domain.Category;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.company.domain.Vehicle;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CompanyFileRepository {

  Optional<CompanyFile> ofCompany(Company company);

  /** The files of these companies (by company id), for checks over many files (BA-4). */
  List<CompanyFile> ofCompanies(Collection<Long> companyIds);

  CompanyFile store(CompanyFile file);

  /** "F-2026-000123". */
  String nextFileCode(int year);

  /** "Codice ERP" of a new file, site or category. */
  String nextRegistryCode();

  /** The file's version moves on at commit even if only its sites changed (MD-9). */
  void forceNewVersion(CompanyFile file);

  /** Vehicles of the company whose plate contains the text (VW-5), by plate. */
  List<Vehicle> vehicles(Company company, String plate, int first, int max);

  long countVehicles(Company company, String plate);

  /** VW-6: how many vehicles a transport category has. */
  int countVehicles(Category transportCategory);

  /** VW-1: the devices a person is a delegate on, in these companies (none when none is given). */
  List<Device> devicesOfDelegate(String codiceFiscale, Collection<Long> companyIds);

  Optional<Device> findDevice(String publicId);
}
