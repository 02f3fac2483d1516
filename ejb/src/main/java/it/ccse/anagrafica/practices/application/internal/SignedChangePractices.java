package it.ccse.anagrafica.practices.application.internal;

import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.file.application.ChangeSetSigned;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import it.ccse.anagrafica.practices.domain.PracticeType;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * RQ-2b: every device a signed change set requested (MD-7 "AGGIUNGI DISPOSITIVO", MD-12) becomes a
 * "Richiesta nuovo dispositivo" practice, presented by that signature and shipped by staff once
 * covered. Any requested device without one gets it, so none stays "in richiesta" unseen.
 */
@Dependent
class SignedChangePractices {

  @Inject private CompanyRepository companies;
  @Inject private PracticeRepository practices;
  @Inject private PracticeAccess access;
  @Inject private PracticeSubmission submission;

  void present(@Observes ChangeSetSigned signed) {
    var company = companies.get(signed.companyId());
    var targets = access.targetsOf(company);
    company.getSites().stream()
        .flatMap(s -> s.getDevices().stream())
        .filter(Device::isRequested)
        .filter(d -> !practices.shipsDevice(d.getPublicId()))
        .forEach(
            d -> {
              var practice =
                  Practice.ofSignedChange(
                      d,
                      submission.nextNumber(signed.signedAt()),
                      submission.price(PracticeType.NEW_DEVICE),
                      signed.username(),
                      signed.signedAt());
              practices.store(practice);
              submission.sealAndTell(practice, targets, signed.username(), signed.signedAt());
            });
  }
}
