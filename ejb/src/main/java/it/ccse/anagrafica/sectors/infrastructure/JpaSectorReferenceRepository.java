package it.ccse.anagrafica.sectors.infrastructure;

import it.ccse.anagrafica.sectors.domain.Ato;
import it.ccse.anagrafica.sectors.domain.SectorReferenceRepository;
import it.ccse.anagrafica.sectors.domain.SectorType;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSectorReferenceRepository implements SectorReferenceRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<SectorType> activeTypes() {
    return em.createQuery(
            "select t from SectorType t where t.active = true order by t.label", SectorType.class)
        .getResultList();
  }

  @Override
  public List<SectorType> allTypes() {
    return em.createQuery("select t from SectorType t order by t.label", SectorType.class)
        .getResultList();
  }

  @Override
  public void store(SectorType type) {
    if (em.find(SectorType.class, type.getCode()) != null) {
      throw new InvalidFieldException("typeCode", "sectorType.duplicate", type.getCode());
    }
    em.persist(type);
  }

  /** Flushed here: at commit a conflict would reach the user as an error page. */
  @Override
  public void flush() {
    Rows.flush(em, "sectorType.changed");
  }

  @Override
  public Optional<SectorType> type(String code) {
    return Optional.ofNullable(code).map(c -> em.find(SectorType.class, c));
  }

  @Override
  public List<Ato> atos(String regionCode, LocalDate day) {
    return em.createQuery(
            "select a from Ato a where a.regionCode = :region and a.validFrom <= :day"
                + " and (a.validTo is null or a.validTo >= :day) order by a.name",
            Ato.class)
        .setParameter("region", regionCode)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public Optional<Ato> ato(String code) {
    return Optional.ofNullable(code).map(c -> em.find(Ato.class, c));
  }

  @Override
  public List<Ato> atos(List<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Ato a where a.code in :codes", Ato.class)
        .setParameter("codes", codes)
        .getResultList();
  }

  @Override
  public List<Ato> allAtos() {
    return em.createQuery("select a from Ato a order by a.regionCode, a.name", Ato.class)
        .getResultList();
  }

  @Override
  public void store(Ato ato) {
    em.persist(ato);
  }
}
