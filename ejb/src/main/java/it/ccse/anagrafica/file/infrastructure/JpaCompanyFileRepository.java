package it.ccse.anagrafica.file.infrastructure;

import it.ccse.anagrafica.company.domain.Category;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.company.domain.Vehicle;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.CompanyFileRepository;
import it.ccse.anagrafica.shared.infrastructure.persistence.Sequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaCompanyFileRepository implements CompanyFileRepository {

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Override
  public Optional<CompanyFile> ofCompany(Company company) {
    return em.createQuery(
            "select f from CompanyFile f where f.company = :company", CompanyFile.class)
        .setParameter("company", company)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CompanyFile> ofCompanies(Collection<Long> companyIds) {
    return em.createQuery(
            "select f from CompanyFile f where f.company.id in :ids", CompanyFile.class)
        .setParameter("ids", companyIds)
        .getResultList();
  }

  @Override
  public CompanyFile store(CompanyFile file) {
    em.persist(file);
    return file;
  }

  @Override
  public String nextFileCode(int year) {
    return String.format("F-%d-%06d", year, Sequences.next(em, "file_code_seq"));
  }

  @Override
  public String nextRegistryCode() {
    return "ERP" + Sequences.next(em, "registry_code_seq");
  }

  @Override
  public void forceNewVersion(CompanyFile file) {
    em.lock(file, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  @Override
  public List<Vehicle> vehicles(Company company, String plate, int first, int max) {
    return em.createNamedQuery("Vehicle.ofCompany", Vehicle.class)
        .setParameter("company", company)
        .setParameter("plate", platePattern(plate))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countVehicles(Company company, String plate) {
    return em.createNamedQuery("Vehicle.countOfCompany", Long.class)
        .setParameter("company", company)
        .setParameter("plate", platePattern(plate))
        .getSingleResult();
  }

  private static String platePattern(String plate) {
    return "%" + (plate == null ? "" : plate.replace(" ", "").toUpperCase(Locale.ROOT)) + "%";
  }

  @Override
  public int countVehicles(Category transportCategory) {
    return em.createQuery(
            "select count(v) from Vehicle v where v.transportCategory = :category", Long.class)
        .setParameter("category", transportCategory)
        .getSingleResult()
        .intValue();
  }

  @Override
  public List<Device> devicesOfDelegate(String codiceFiscale, Collection<Long> companyIds) {
    if (companyIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct dd.device from DeviceDelegate dd where dd.delegate.codiceFiscale = :cf"
                + " and dd.device.site.company.id in :companies",
            Device.class)
        .setParameter("cf", codiceFiscale)
        .setParameter("companies", companyIds)
        .getResultList();
  }

  @Override
  public Optional<Device> findDevice(String publicId) {
    return em.createQuery("select d from Device d where d.publicId = :publicId", Device.class)
        .setParameter("publicId", publicId)
        .getResultStream()
        .findFirst();
  }
}
