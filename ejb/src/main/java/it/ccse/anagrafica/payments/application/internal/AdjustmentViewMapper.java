package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.application.AdjustmentViews.OperationView;
import it.ccse.anagrafica.payments.application.AdjustmentViews.UseView;
import it.ccse.anagrafica.payments.domain.Adjustment;
import it.ccse.anagrafica.payments.domain.AdjustmentFigures;
import it.ccse.anagrafica.payments.domain.AdjustmentReason;
import it.ccse.anagrafica.payments.domain.AdjustmentRepository;
import it.ccse.anagrafica.payments.domain.AdjustmentUse;
import it.ccse.anagrafica.payments.domain.Receipt;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An adjustment as its pages show it, with the numbers of its practices and its reason's words. */
@Dependent
class AdjustmentViewMapper {

  @Inject private PracticeRepository practices;
  @Inject private AdjustmentRepository adjustments;
  @Inject private CompanyRepository companies;

  /**
   * @param viewer the user whose pending use is shown; null for staff, who see signed uses only
   */
  AdjustmentView view(Adjustment a, String viewer) {
    var pending = viewer == null ? Optional.<AdjustmentUse>empty() : a.pendingUse(viewer);
    Map<Long, Practice> byId =
        practices
            .byIds(
                Stream.of(
                        a.practiceId().stream(),
                        a.signedUses().stream().map(AdjustmentUse::practiceId),
                        pending.stream().map(AdjustmentUse::practiceId))
                    .flatMap(s -> s)
                    .collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(Practice::getId, Function.identity()));
    Function<Long, String> number = id -> byId.get(id).getNumber().orElse("");
    Function<AdjustmentUse, UseView> use =
        u ->
            new UseView(
                byId.get(u.practiceId()).getPublicId(),
                number.apply(u.practiceId()),
                u.amount(),
                u.usedBy(),
                u.signedAt().orElse(null));
    var practice = a.practiceId().map(byId::get);
    String source = a.practiceId().map(number).orElse(null);
    var figures = a.figures();
    var attachment = a.attachment();
    return new AdjustmentView(
        a.getPublicId(),
        a.getVersion(),
        companies.find(a.getCompanyId()).map(Company::getRagioneSociale).orElse(""),
        a.getState(),
        a.getRequestDate(),
        practice.map(Practice::getPublicId).orElse(null),
        source,
        practice.map(Practice::getType).orElse(null),
        a.getReasonCode(),
        adjustments.reason(a.getReasonCode()).map(AdjustmentReason::getLabel).orElse(null),
        a.getNote(),
        attachment.map(Receipt::attachmentPublicId).orElse(null),
        attachment.map(Receipt::fileName).orElse(null),
        figures.map(AdjustmentFigures::totalPaid).orElse(null),
        figures.map(AdjustmentFigures::systemDue).orElse(null),
        figures.map(AdjustmentFigures::userDue).orElse(null),
        figures.map(AdjustmentFigures::amount).orElse(null),
        a.residual(),
        a.signedUses().stream().map(use).toList(),
        pending.map(use).orElse(null),
        a.history().stream()
            .map(
                o ->
                    new OperationView(
                        o.at(),
                        o.kind(),
                        o.kind().byStaff() ? null : o.by(),
                        number.apply(o.practiceId()),
                        o.amount(),
                        source))
            .toList(),
        a.getCreatedBy(),
        a.getSubmittedAt(),
        a.getRejectionReason());
  }
}
