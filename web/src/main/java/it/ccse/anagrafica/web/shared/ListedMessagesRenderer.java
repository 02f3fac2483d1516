package it.ccse.anagrafica.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages without {@code role="alert"} on each {@code <li>}: a list item with another
 * role is no longer a list item, which WCAG 2.1 (1.3.1, axe "list") counts as a serious fault. The
 * container is already an {@code aria-live} region, so the messages are still announced.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(new WithoutItemRole(writer), messages, message, severity, escape);
  }

  private static final class WithoutItemRole extends ResponseWriterWrapper {

    WithoutItemRole(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!"role".equals(name)) {
        super.writeAttribute(name, value, property);
      }
    }
  }
}
