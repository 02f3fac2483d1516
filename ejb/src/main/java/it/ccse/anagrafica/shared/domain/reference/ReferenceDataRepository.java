package it.ccse.anagrafica.shared.domain.reference;

import java.util.List;
import java.util.Optional;

/** Read access to the reference data; lists are ordered by name. Arguments must not be null. */
public interface ReferenceDataRepository {

  List<Region> regions();

  Optional<Region> region(String code);

  List<Province> provincesOf(String regionCode);

  List<Comune> comuniOf(String provinceSigla);

  Optional<Comune> comune(String istatCode);

  Optional<Province> province(String sigla);

  /**
   * Whether a codice fiscale's birthplace code exists: a comune of any time (ceased ones too, as
   * older people were born there) or a foreign state. Expects the code with omocodia already
   * undone, e.g. "L219", not "L2MV".
   */
  boolean isKnownBirthplace(String codiceCatastale);

  /**
   * @param classification {@link AtecoActivity#ATECO_2025} or {@link AtecoActivity#ATECO_2007_2022}
   */
  Optional<AtecoActivity> ateco(String classification, String code);
}
