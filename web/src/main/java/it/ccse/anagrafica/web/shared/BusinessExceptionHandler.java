package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.shared.domain.BusinessException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.FactoryFinder;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The one place where a business refusal ({@link BusinessException}: an invalid value or field,
 * something not found, a conflict with another session, a request out of the caller's scope)
 * becomes a message on the same page, instead of an error page: backing beans call services and
 * never catch their exceptions. Every kind is shown alike, on the field an {@link
 * InvalidFieldException} names or else for the whole page, so not found and out of scope read the
 * same. Not while the page is being written: a message can no longer be shown there, and swallowing
 * the exception would leave a page cut off after what was already written (issue 14, defect 1).
 * Such an exception is a bug of the page and goes to the error page and the log like any other.
 *
 * <p>Also the one place where a postback whose page cannot be restored is answered (issue 15
 * finding 7): that is the client's doing, so it gets a page, not a stack trace in the log.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(BusinessExceptionHandler.class.getName());

  private static final String EXPIRED_PAGE = "/errori/expired.xhtml";
  private static final String NOT_FOUND_PAGE = "/errori/404.xhtml";

  public BusinessExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    var faces = FacesContext.getCurrentInstance();
    if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
      getWrapped().handle();
      return;
    }
    if (faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW && faces.isPostback()) {
      answerUnrestorablePostback(faces);
    }
    if (faces.getCurrentPhaseId() == PhaseId.APPLY_REQUEST_VALUES) {
      answerUnreadableValues(faces);
    }
    var events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ExceptionQueuedEvent event = events.next();
      Optional<BusinessException> refusal = find(event.getContext().getException());
      if (refusal.isPresent()) {
        events.remove();
        String text = CDI.current().select(Messages.class).get().text(refusal.get());
        faces.addMessage(
            clientIdOfField(faces, refusal.get()),
            new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
        faces.renderResponse();
      }
    }
    getWrapped().handle();
  }

  /**
   * A postback to a page that does not exist is a 404; one whose view state this session does not
   * hold (expired with the session, unknown, malformed, empty or forged "stateless") shows the
   * "expired" page with status 400. Mojarra answered both with a 500 and a SEVERE stack trace per
   * request, which anyone could use to flood the log; now one FINE line. A failure while a view the
   * session does hold is restored is a bug and is left to the error page and the log.
   */
  private void answerUnrestorablePostback(FacesContext faces) {
    List<Throwable> thrown = new ArrayList<>();
    getUnhandledExceptionQueuedEvents().forEach(e -> thrown.add(e.getContext().getException()));
    if (thrown.isEmpty()) {
      return;
    }
    String path = faces.getExternalContext().getRequestServletPath();
    String viewId = faces.getApplication().getViewHandler().deriveViewId(faces, path);
    String page;
    int status;
    if (viewId == null) {
      page = NOT_FOUND_PAGE;
      status = 404;
    } else if (thrown.stream().anyMatch(BusinessExceptionHandler::isViewExpired)
        || !holdsPostedState(faces, viewId)) {
      page = EXPIRED_PAGE;
      status = 400;
    } else {
      return;
    }
    LOG.log(Level.FINE, "Postback to {0} answered {1}: {2}", new Object[] {path, status, thrown});
    var events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      events.next();
      events.remove();
    }
    show(faces, page, status);
  }

  /**
   * A value no page of ours sends (letters in a number field's hidden twin, which PrimeFaces parses
   * while it reads the request) fails before any check: the page is shown again with a message and
   * nothing saved, instead of an HTTP 500 (issue 15, security fuzz).
   */
  private void answerUnreadableValues(FacesContext faces) {
    var events = getUnhandledExceptionQueuedEvents().iterator();
    boolean unreadable = false;
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      if (causes(thrown).anyMatch(IllegalArgumentException.class::isInstance)) {
        LOG.log(Level.FINE, "Unreadable value posted", thrown);
        events.remove();
        unreadable = true;
      }
    }
    if (unreadable) {
      CDI.current().select(Messages.class).get().error(null, "input.unreadable");
      faces.validationFailed();
      faces.renderResponse();
    }
  }

  private static Stream<Throwable> causes(Throwable thrown) {
    return Stream.iterate(thrown, Objects::nonNull, Throwable::getCause);
  }

  private static boolean isViewExpired(Throwable thrown) {
    return causes(thrown).anyMatch(ViewExpiredException.class::isInstance);
  }

  /**
   * Whether the posted view state is one this session holds. Mojarra's server-side state manager
   * throws on a malformed one and returns null for an unknown one; no page of ours is stateless.
   */
  private static boolean holdsPostedState(FacesContext faces, String viewId) {
    try {
      var kits = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
      String kit = faces.getApplication().getViewHandler().calculateRenderKitId(faces);
      ResponseStateManager states = kits.getRenderKit(faces, kit).getResponseStateManager();
      return !states.isStateless(faces, viewId) && states.getState(faces, viewId) != null;
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  /**
   * The page itself with the status for a full request; a redirect to it for an ajax one, which
   * PrimeFaces follows (a 4xx would only leave the page as it is).
   */
  private static void show(FacesContext faces, String page, int status) {
    var external = faces.getExternalContext();
    if (faces.getPartialViewContext().isAjaxRequest()) {
      try {
        external.redirect(external.getRequestContextPath() + page);
      } catch (IOException e) {
        throw new FacesException(e);
      }
      return;
    }
    faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, page));
    // The failed restore left event processing off; the error page's resources need it.
    faces.setProcessingEvents(true);
    external.setResponseStatus(status);
    faces.renderResponse();
  }

  /** The field named by the exception, if the page has it; else a message for the whole page. */
  private static String clientIdOfField(FacesContext faces, BusinessException refusal) {
    if (!(refusal instanceof InvalidFieldException field)) {
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

  private static Optional<BusinessException> find(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BusinessException refusal) {
        return Optional.of(refusal);
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
