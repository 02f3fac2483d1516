package it.ccse.anagrafica.notifications.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.notifications.domain.MailAttachment;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** OP-2: the files of a message reach the recipient byte for byte, whatever they contain. */
class SmtpMailerTest {

  @Test
  void op2AnAsciiFileTravelsInBase64WithItsLineEndsUnchanged() throws Exception {
    byte[] pdf = "%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    var session = Session.getInstance(new Properties());
    var message = new MimeMessage(session);
    message.setContent(
        SmtpMailer.multipart(
            "Corpo", List.of(new MailAttachment("atto.pdf", "application/pdf", pdf))));
    message.saveChanges();
    var written = new ByteArrayOutputStream();
    message.writeTo(written);

    var read = new MimeMessage(session, new ByteArrayInputStream(written.toByteArray()));
    var part = ((Multipart) read.getContent()).getBodyPart(1);

    assertEquals("base64", part.getHeader("Content-Transfer-Encoding")[0]);
    assertEquals("atto.pdf", part.getFileName());
    try (var in = part.getInputStream()) {
      assertArrayEquals(pdf, in.readAllBytes());
    }
  }
}
