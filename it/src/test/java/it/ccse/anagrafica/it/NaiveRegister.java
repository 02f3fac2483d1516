package it.ccse.anagrafica.it;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.reconciliation.domain.RegisterField;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * The naive way the benchmark compares with (b): per line, a JPA insert into the staging table, the
 * company looked up by its codice fiscale, its fields compared in Java and each difference inserted
 * as a misalignment. Same validation of the codice fiscale as the real job; no bulk anything.
 */
@Stateless
public class NaiveRegister {

  @PersistenceContext(unitName = "benchmark")
  private EntityManager em;

  public void stageAndCompare(long importId, long line, String text) {
    String[] f = text.split(";", -1);
    String code = CodiceFiscale.of(f[0]).value();
    em.createNativeQuery(
            "INSERT INTO register_staging (import_id, line, codice_fiscale, partita_iva,"
                + " denominazione, forma_giuridica, cciaa, rea, street, street_number, cap,"
                + " comune_istat_code, pec, activity_status, ateco, legal_rep_codice_fiscale)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)")
        .setParameter(1, importId)
        .setParameter(2, line)
        .setParameter(3, code)
        .setParameter(4, f[1])
        .setParameter(5, f[2])
        .setParameter(6, f[3])
        .setParameter(7, f[4])
        .setParameter(8, f[5])
        .setParameter(9, f[6])
        .setParameter(10, f[7])
        .setParameter(11, f[8])
        .setParameter(12, f[9])
        .setParameter(13, f[10])
        .setParameter(14, f[11])
        .setParameter(15, f[14])
        .setParameter(16, f[15])
        .executeUpdate();
    var company =
        em.createNamedQuery("Company.byCodiceFiscale", Company.class)
            .setParameter("codiceFiscale", code)
            .getResultStream()
            .findFirst();
    if (company.isEmpty()) {
      return;
    }
    Company c = company.get();
    Site o = c.registeredOffice().orElseThrow();
    compare(c, RegisterField.RAGIONE_SOCIALE, c.getRagioneSociale(), f[2]);
    compare(c, RegisterField.PARTITA_IVA, c.getPartitaIva(), f[1]);
    compare(c, RegisterField.FORMA_GIURIDICA, c.getLegalForm(), f[3]);
    compare(c, RegisterField.PEC, c.getPec(), f[10]);
    compare(
        c,
        RegisterField.LEGALE_RAPPRESENTANTE,
        c.getLegalRepresentative().getCodiceFiscale(),
        f[15]);
    compare(c, RegisterField.INDIRIZZO, o.getAddress().street(), f[6]);
    compare(c, RegisterField.CIVICO, o.getAddress().streetNumber(), f[7]);
    compare(c, RegisterField.CAP, o.getAddress().capCode(), f[8]);
    compare(c, RegisterField.COMUNE, o.getAddress().comuneIstatCode(), f[9]);
  }

  private void compare(Company c, RegisterField field, String declared, String register) {
    if (register.isBlank() || RegisterField.same(declared, register)) {
      return;
    }
    var now = LocalDateTime.now();
    em.createNativeQuery(
            "INSERT INTO misalignment (company_id, field, declared_value, register_value, status,"
                + " first_seen, last_seen, version) VALUES (?1, ?2, ?3, ?4, 'OPEN', ?5, ?5, 0)")
        .setParameter(1, c.getId())
        .setParameter(2, field.name())
        .setParameter(3, declared)
        .setParameter(4, register)
        .setParameter(5, now)
        .executeUpdate();
  }
}
