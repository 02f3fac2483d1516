package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where a rule broken by the user's input becomes a message on the same page, instead
 * of an error page: backing beans call services and never catch their exceptions. Not while the
 * page is being written: a message can no longer be shown there, and swallowing the exception would
 * leave a page cut off after what was already written (issue 14, defect 1). Such an exception is a
 * bug of the page and goes to the error page and the log like any other.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

  public BusinessExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    if (FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
      getWrapped().handle();
      return;
    }
    var events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ExceptionQueuedEvent event = events.next();
      Optional<InvalidValueException> invalid = find(event.getContext().getException());
      if (invalid.isPresent()) {
        events.remove();
        var faces = FacesContext.getCurrentInstance();
        String text = CDI.current().select(Messages.class).get().text(invalid.get());
        faces.addMessage(
            clientIdOfField(faces, invalid.get()),
            new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
        faces.renderResponse();
      }
    }
    getWrapped().handle();
  }

  /** The field named by the exception, if the page has it; else a message for the whole page. */
  private static String clientIdOfField(FacesContext faces, InvalidValueException invalid) {
    if (!(invalid instanceof InvalidFieldException field)) {
      return null;
    }
    String[] found = new String[1];
    faces
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(faces, null, Set.of(VisitHint.SKIP_UNRENDERED)),
            (context, component) -> {
              if (field.field().equals(component.getId())) {
                found[0] = component.getClientId(faces);
                return VisitResult.COMPLETE;
              }
              return VisitResult.ACCEPT;
            });
    return found[0];
  }

  private static Optional<InvalidValueException> find(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InvalidValueException invalid) {
        return Optional.of(invalid);
      }
    }
    return Optional.empty();
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
