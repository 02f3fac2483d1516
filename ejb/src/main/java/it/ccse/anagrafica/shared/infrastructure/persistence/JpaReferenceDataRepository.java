package it.ccse.anagrafica.shared.infrastructure.persistence;

import it.ccse.anagrafica.shared.domain.reference.AtecoActivity;
import it.ccse.anagrafica.shared.domain.reference.AtecoActivityId;
import it.ccse.anagrafica.shared.domain.reference.Comune;
import it.ccse.anagrafica.shared.domain.reference.ForeignState;
import it.ccse.anagrafica.shared.domain.reference.Province;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import it.ccse.anagrafica.shared.domain.reference.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reference data through JPA; lookups by key are served from the shared cache. */
@ApplicationScoped
public class JpaReferenceDataRepository implements ReferenceDataRepository {

  // The ANPR history has no entity: this existence check is its only use.
  private static final String COUNT_HISTORY_BY_CATASTALE =
      "SELECT COUNT(*) FROM ref_comune_history WHERE codice_catastale = ?1";

  @PersistenceContext(unitName = "anagrafica")
  EntityManager em;

  @Override
  public List<Region> regions() {
    return em.createNamedQuery(Region.ALL, Region.class).getResultList();
  }

  @Override
  public Optional<Region> region(String code) {
    return Optional.ofNullable(em.find(Region.class, code));
  }

  @Override
  public List<Province> provincesOf(String regionCode) {
    return em.createNamedQuery(Province.OF_REGION, Province.class)
        .setParameter("regionCode", regionCode)
        .getResultList();
  }

  @Override
  public List<Comune> comuniOf(String provinceSigla) {
    return em.createNamedQuery(Comune.OF_PROVINCE, Comune.class)
        .setParameter("provinceSigla", provinceSigla)
        .getResultList();
  }

  @Override
  public Optional<Comune> comune(String istatCode) {
    return Optional.ofNullable(em.find(Comune.class, istatCode));
  }

  @Override
  public Optional<Province> province(String sigla) {
    return Optional.ofNullable(em.find(Province.class, sigla));
  }

  @Override
  public boolean isKnownBirthplace(String codiceCatastale) {
    // Foreign states' codes all start with Z and comuni's never do: one lookup is enough.
    if (codiceCatastale.startsWith("Z")) {
      return em.find(ForeignState.class, codiceCatastale) != null;
    }
    Number rows =
        (Number)
            em.createNativeQuery(COUNT_HISTORY_BY_CATASTALE)
                .setParameter(1, codiceCatastale)
                .getSingleResult();
    return rows.longValue() > 0;
  }

  @Override
  public Optional<AtecoActivity> ateco(String classification, String code) {
    return Optional.ofNullable(
        em.find(AtecoActivity.class, new AtecoActivityId(classification, code)));
  }
}
