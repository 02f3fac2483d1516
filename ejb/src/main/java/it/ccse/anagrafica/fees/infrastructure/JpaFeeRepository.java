package it.ccse.anagrafica.fees.infrastructure;

import it.ccse.anagrafica.fees.domain.FeeBand;
import it.ccse.anagrafica.fees.domain.FeeKind;
import it.ccse.anagrafica.fees.domain.FeeRepository;
import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.fees.domain.PriceItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaFeeRepository implements FeeRepository {

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Override
  public List<FeeBand> feeBands() {
    return em.createQuery("select b from FeeBand b", FeeBand.class).getResultList();
  }

  @Override
  public Optional<FeeBand> feeBand(FeeKind kind, int lowerBound) {
    return em.createQuery(
            "select b from FeeBand b where b.kind = :kind and b.lowerBound = :lowerBound",
            FeeBand.class)
        .setParameter("kind", kind)
        .setParameter("lowerBound", lowerBound)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<PriceCode, PriceItem> prices() {
    var prices = new EnumMap<PriceCode, PriceItem>(PriceCode.class);
    em.createQuery("select p from PriceItem p", PriceItem.class)
        .getResultList()
        .forEach(p -> prices.put(p.getCode(), p));
    return prices;
  }
}
