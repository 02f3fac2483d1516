package it.ccse.anagrafica.practices.application.internal;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.fees.domain.FeeRepository;
import it.ccse.anagrafica.fees.domain.PriceItem;
import it.ccse.anagrafica.practices.application.PracticeCoverage;
import it.ccse.anagrafica.practices.application.PracticeViews.AttachmentLine;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeRow;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.practices.domain.NewSite;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.ShippingAddress;
import it.ccse.anagrafica.practices.domain.Targets;
import it.ccse.anagrafica.shared.domain.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/** A practice as the pages show it; what is covered and what may be done derived here. */
@Dependent
class PracticeViewMapper {

  @Inject private PracticeCoverage coverage;
  @Inject private FeeRepository fees;

  PracticeView view(Practice p, Targets targets) {
    Money covered = covered(p);
    var price = p.getType().priceCode().map(fees.prices()::get);
    var processing = p.getProcessing();
    return new PracticeView(
        p.getPublicId(),
        p.getVersion(),
        p.getNumber().orElse(null),
        p.getType(),
        p.getState(),
        p.getTarget(),
        p.getType().targetKind().name(targets, p.getTarget()),
        p.getNewSite().map(NewSite::name).orElse(null),
        p.getNewSite().map(NewSite::address).orElse(null),
        p.getShipping().map(ShippingAddress::address).orElse(null),
        p.getShipping().map(ShippingAddress::recipient).orElse(null),
        p.isUsbLost(),
        p.getWorkshop(),
        p.getAttachments().stream()
            .map(
                a -> new AttachmentLine(a.kind(), a.attachmentPublicId(), a.fileName(), a.sha256()))
            .toList(),
        p.missingDocuments(),
        p.amountDue().or(() -> price.map(i -> Money.of(i.getAmount()))).orElse(Money.ZERO).amount(),
        price.map(PriceItem::isSample).orElse(false),
        covered.amount(),
        p.awaitingPayment(covered),
        p.cancellable(),
        targets.company().getRagioneSociale(),
        Account.shown(processing.createdBy()),
        processing.createdAt(),
        processing.submittedBy().map(Account::shown).orElse(null),
        processing.submittedAt().orElse(null),
        processing.takenBy().orElse(null),
        processing.closedAt().orElse(null),
        processing.rejectionReason().orElse(null),
        processing.shippedSerial().orElse(null));
  }

  PracticeRow row(Practice p, Targets targets) {
    Money covered = covered(p);
    return new PracticeRow(
        p.getPublicId(),
        p.getVersion(),
        p.getNumber().orElse(null),
        p.getType(),
        p.getState(),
        p.getType().targetKind().name(targets, p.getTarget()),
        p.getProcessing().submittedAt().orElse(null),
        p.getProcessing().submittedBy().map(Account::shown).orElse(null),
        targets.company().getRagioneSociale(),
        p.amountDue().map(Money::amount).orElse(BigDecimal.ZERO),
        p.awaitingPayment(covered),
        p.cancellable());
  }

  Money covered(Practice p) {
    return p.getId() == null ? Money.ZERO : coverage.covered(p.getId());
  }
}
