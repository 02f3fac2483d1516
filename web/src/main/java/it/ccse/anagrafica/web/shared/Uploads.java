package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.documents.application.AttachmentLimits;
import it.ccse.anagrafica.documents.domain.AttachmentUse;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Multipart requests, that is uploads (issue 15 findings 6 and 13c). One larger than its page
 * accepts, or that does not state its length (browsers do), is refused before its body is read; an
 * upload that PrimeFaces could not decode is a 400 instead of an exception in the log; the parts
 * the container spooled to disk are deleted when the request ends, whoever read them (Payara keeps
 * them otherwise). The container's own limits, in web.xml, are those of the largest page. A page
 * whose files are smaller or larger than {@link #FILE_BYTES} is a line of {@link #pageLimits}, by
 * the start of its servlet path.
 */
@WebFilter(servletNames = Uploads.FACES_SERVLET)
@WebListener
public class Uploads extends HttpFilter implements ServletRequestListener {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(Uploads.class.getName());

  /** A Business Register extract (AD-4): some 2.5 million lines of 200 bytes. */
  private static final long EXTRACT_BYTES = 512L << 20;

  /** Any other file: the legacy registry's CSV (ON-7) is the largest, a signed form 10 MB. */
  private static final long FILE_BYTES = 20L << 20;

  /** The page's other fields, sent with the file. */
  private static final long FIELD_BYTES = 1L << 20;

  static final String FACES_SERVLET = "Faces Servlet";

  /** The practices' pages (RQ-1..RQ-3, issue 17), whose files the attachment store keeps. */
  private static final String PRACTICE_PAGES = "/area/richieste/";

  /** The payments' pages (PY-3, issue 18): a receipt of at most 500 KB. */
  private static final String PAYMENT_PAGES = "/area/pagamenti/";

  /** The sectors' pages (SE-5, issue 19): a self-certification within the attachments' limit. */
  private static final String SECTOR_PAGES = "/area/settori/";

  private static final String EXTRACT_PAGE = "/backoffice/admin/batch.xhtml";

  /** A page, or the pages under a path, and the largest file one of its requests carries. */
  record PageLimit(String pathPrefix, LongSupplier fileBytes) {

    boolean covers(String servletPath) {
      return servletPath != null && servletPath.startsWith(pathPrefix);
    }
  }

  @Inject private AttachmentLimits attachmentLimits;

  /** Marks a request whose body was not read, so that nothing reads it at its end either. */
  private static final String UNREAD = Uploads.class.getName() + ".unread";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isMultipart(request)) {
      chain.doFilter(request, response);
      return;
    }
    // Parts are read here, before the Faces servlet would set the encoding of their text.
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    long length = request.getContentLengthLong();
    long limit = fileBytes(request.getServletPath());
    if (length < 0) {
      refuseUnread(request, response, HttpServletResponse.SC_LENGTH_REQUIRED);
    } else if (length > limit + FIELD_BYTES) {
      refuseUnread(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    } else if (!decodable(request)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    } else {
      chain.doFilter(request, response);
    }
  }

  /**
   * The pages whose files differ from {@link #FILE_BYTES}, the first matching prefix wins; each
   * upload of an attachment page sends one file (the {@code <a:attachment>} tag uploads each on its
   * own), so its limit is the attachment use's.
   */
  private List<PageLimit> pageLimits() {
    return List.of(
        new PageLimit(EXTRACT_PAGE, () -> EXTRACT_BYTES),
        new PageLimit(PRACTICE_PAGES, () -> attachmentLimits.maxBytes(AttachmentUse.PRACTICE)),
        new PageLimit(PAYMENT_PAGES, () -> attachmentLimits.maxBytes(AttachmentUse.PAYMENT)),
        new PageLimit(
            SECTOR_PAGES, () -> attachmentLimits.maxBytes(AttachmentUse.SELF_CERTIFICATION)));
  }

  private long fileBytes(String servletPath) {
    return pageLimits().stream()
        .filter(page -> page.covers(servletPath))
        .findFirst()
        .map(page -> page.fileBytes().getAsLong())
        .orElse(FILE_BYTES);
  }

  private static void refuseUnread(
      HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
    request.setAttribute(UNREAD, true);
    response.setHeader("Connection", "close");
    response.sendError(status);
  }

  /**
   * Whether the body is multipart within the container's limits and, when it is a PrimeFaces
   * upload, carries the file count that PrimeFaces reads as a number (a post without it ended in a
   * NumberFormatException and its stack trace).
   */
  private static boolean decodable(HttpServletRequest request) {
    try {
      request.getParts();
      String source = request.getParameter("jakarta.faces.source");
      Part file = source == null ? null : request.getPart(source);
      return file == null
          || file.getSubmittedFileName() == null
          || isCount(request.getParameter(source + "_totalFilesCount"));
    } catch (IOException | ServletException | IllegalStateException e) {
      return false;
    }
  }

  private static boolean isCount(String text) {
    return text != null && text.matches("\\d{1,9}");
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    // Only the Faces servlet's requests: its multipart-config bounds what reading the parts costs.
    ServletRequest request = event.getServletRequest();
    if (request instanceof HttpServletRequest http
        && isMultipart(http)
        && request.getAttribute(UNREAD) == null
        && FACES_SERVLET.equals(http.getHttpServletMapping().getServletName())) {
      try {
        for (Part part : http.getParts()) {
          part.delete();
        }
      } catch (IOException | ServletException | IllegalStateException e) {
        LOG.log(Level.FINE, "No parts to delete: {0}", e.toString());
      }
    }
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }
}
