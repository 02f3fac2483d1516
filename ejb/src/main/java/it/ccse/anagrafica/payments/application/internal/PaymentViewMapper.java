package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.payments.application.PaymentViews.AllocationView;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.payments.domain.Allocation;
import it.ccse.anagrafica.payments.domain.Payment;
import it.ccse.anagrafica.payments.domain.Receipt;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A payment as its pages show it, with the balances of its practices as they are now. */
@Dependent
class PaymentViewMapper {

  @Inject private PracticeRepository practices;
  @Inject private PracticeBalances balances;
  @Inject private CompanyRepository companies;

  PaymentView view(Payment payment) {
    Map<Long, Practice> byId =
        practices
            .byIds(payment.getAllocations().stream().map(Allocation::practiceId).toList())
            .stream()
            .collect(Collectors.toMap(Practice::getId, Function.identity()));
    var allocations =
        payment.getAllocations().stream()
            .map(
                a ->
                    new AllocationView(balances.due(byId.get(a.practiceId())), a.share(), a.note()))
            .toList();
    var receipt = payment.receipt();
    return new PaymentView(
        payment.getPublicId(),
        payment.getVersion(),
        companies.find(payment.getCompanyId()).map(Company::getRagioneSociale).orElse(""),
        payment.getState(),
        payment.amount().orElse(null),
        payment.getMode(),
        payment.getReference(),
        payment.getPaidOn(),
        payment.getNote(),
        receipt.map(Receipt::attachmentPublicId).orElse(null),
        receipt.map(Receipt::fileName).orElse(null),
        payment.isWithoutReceipt(),
        receipt.isPresent() && payment.getState().receiptRemovable(),
        allocations,
        payment.allocated(),
        payment.getCreatedBy(),
        payment.getSubmittedAt(),
        payment.getCheckedBy(),
        payment.getCheckedAt(),
        payment.getRejectionReason());
  }
}
