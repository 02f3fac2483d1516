package it.ccse.anagrafica.web.documents;

import it.ccse.anagrafica.documents.application.AttachmentContent;
import it.ccse.anagrafica.documents.application.Attachments;
import it.ccse.anagrafica.file.application.CallerCompany;
import it.ccse.anagrafica.shared.domain.BusinessException;
import it.ccse.anagrafica.web.file.DeviceInUse;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Downloads a stored attachment (SPEC "Attachments"; RQ-1..RQ-3, PY-2 "visualizza allegato"):
 * {@code /area/allegati/<public id>} for the company the user acts for (the operator's, a
 * delegate's through the device in use), {@code /backoffice/allegati/<public id>} for CCSE staff
 * (web.xml admits only staff roles there). An unknown id, or another company's, is the 404 page —
 * never a 500, never a hint that it exists. The file goes out as an attachment (never shown inline,
 * so no script in it runs in the portal's origin) with the media type detected at upload, {@code
 * nosniff}, not cached, under its sanitised name.
 */
@WebServlet(urlPatterns = {"/area/allegati/*", "/backoffice/allegati/*"})
public class AttachmentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String OPERATORS = "/area/allegati";
  static final String STAFF = "/backoffice/allegati";

  /** A public id as the store mints them (a UUID); anything else is not looked up. */
  private static final Pattern PUBLIC_ID = Pattern.compile("[0-9a-f-]{36}");

  @EJB private Attachments attachments;
  @EJB private CallerCompany callerCompany;
  @Inject private SecurityContext security;
  @Inject private DeviceInUse deviceInUse;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<AttachmentContent> found;
    try {
      found = publicId(request.getPathInfo()).flatMap(id -> find(request.getServletPath(), id));
    } catch (BusinessException | EJBAccessException unknown) {
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(found.get(), response);
  }

  private Optional<AttachmentContent> find(String servletPath, String publicId) {
    if (STAFF.equals(servletPath)) {
      return Optional.of(attachments.contentForStaff(publicId));
    }
    var principal = security.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    return callerCompany
        .of(principal.getName(), deviceInUse.get())
        .map(company -> attachments.content(company, publicId));
  }

  /** "/{id}", or "/{id}/{anything}" so that a link may end with the file's name. */
  static Optional<String> publicId(String pathInfo) {
    if (pathInfo == null || pathInfo.length() < 2) {
      return Optional.empty();
    }
    String first = pathInfo.substring(1).split("/", 2)[0];
    return PUBLIC_ID.matcher(first).matches() ? Optional.of(first) : Optional.empty();
  }

  private static void send(AttachmentContent content, HttpServletResponse response)
      throws IOException {
    var view = content.view();
    response.setContentType(view.mediaType());
    response.setContentLengthLong(content.bytes().length);
    response.setHeader("Content-Disposition", DownloadName.contentDisposition(view.fileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(content.bytes());
  }
}
