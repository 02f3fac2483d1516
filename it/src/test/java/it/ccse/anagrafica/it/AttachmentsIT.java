package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.documents.application.AttachmentView;
import it.ccse.anagrafica.documents.application.Attachments;
import it.ccse.anagrafica.documents.domain.AttachmentUse;
import it.ccse.anagrafica.file.application.CallerCompany;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17, SPEC "Attachments" (RQ-1..RQ-3, PY-3) on Payara with PostgreSQL: the store keeps a file
 * of an allowed format with its SHA-256 for its company, which alone reads it (and staff); a file
 * refused by its content or its size leaves no row.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithStaffCaller(
        AttachmentsIT.class, CompanyCodes.class, ValidatedCompanies.class);
  }

  @Inject private Attachments attachments;
  @Inject private CallerCompany callerCompany;
  @Inject private ValidatedCompanies companies;
  @Inject private StaffCaller staff;

  @Resource(lookup = "java:app/jdbc/anagrafica")
  private DataSource dataSource;

  @Test
  void rq1StoresAPracticeDocumentAndItsCompanyFindsIt() throws Exception {
    long company = newCompany();
    byte[] png = png();

    AttachmentView stored =
        attachments.store(
            company, AttachmentUse.PRACTICE, "C:\\foto\\documento.png", stream(png), "operatore");

    assertEquals("documento.png", stored.fileName());
    assertEquals("image/png", stored.mediaType());
    assertEquals(png.length, stored.sizeBytes());
    assertEquals(sha256(png), stored.sha256());
    assertEquals(Optional.of(stored), attachments.find(company, stored.publicId()));
    assertArrayEquals(png, attachments.content(company, stored.publicId()).bytes());
    assertArrayEquals(
        png, staff.call(() -> attachments.contentForStaff(stored.publicId())).bytes());
    assertEquals(1, rows(company));
  }

  @Test
  void anotherCompanysAttachmentReadsAsNotFound() throws Exception {
    long owner = newCompany();
    long other = newCompany();
    var stored =
        attachments.store(owner, AttachmentUse.PAYMENT, "ricevuta.pdf", stream(pdf()), "op");

    assertEquals(Optional.empty(), attachments.find(other, stored.publicId()));
    assertThrows(NotFoundException.class, () -> attachments.content(other, stored.publicId()));
    assertThrows(NotFoundException.class, () -> attachments.discard(other, stored.publicId()));
    var unknown =
        assertThrows(
            EJBException.class,
            () ->
                staff.call(
                    () -> attachments.contentForStaff("00000000-0000-0000-0000-000000000000")),
            "StaffCaller lives outside the EJB module that declares it an application exception");
    assertEquals(
        "attachment.unknown",
        assertInstanceOf(NotFoundException.class, unknown.getCause()).messageKey());
    assertEquals(1, rows(owner), "still there for its company");
  }

  @Test
  void py3FilesRefusedByContentOrSizeLeaveNoRow() throws Exception {
    long company = newCompany();
    byte[] elf = new byte[256];
    System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);

    refused("attachment.typeNotAllowed", company, AttachmentUse.PAYMENT, "ricevuta.pdf", elf);
    refused(
        "attachment.typeNotAllowed",
        company,
        AttachmentUse.PRACTICE,
        "foto.png",
        "solo testo\n".repeat(50).getBytes(StandardCharsets.UTF_8));
    refused("attachment.typeNotAllowed", company, AttachmentUse.PRACTICE, "atto.docx", zip());
    refused("attachment.empty", company, AttachmentUse.PAYMENT, "vuoto.pdf", new byte[0]);
    byte[] tooLarge = new byte[512_001];
    byte[] header = pdf();
    System.arraycopy(header, 0, tooLarge, 0, header.length);
    var refusal =
        refused("attachment.tooLarge", company, AttachmentUse.PAYMENT, "grande.pdf", tooLarge);
    assertArrayEquals(new Object[] {"500 KB"}, refusal.arguments());

    assertEquals(0, rows(company));
  }

  @Test
  void aDiscardedAttachmentIsGone() throws Exception {
    long company = newCompany();
    var stored =
        attachments.store(company, AttachmentUse.PRACTICE, "denuncia.pdf", stream(pdf()), "op");

    attachments.discard(company, stored.publicId());

    assertEquals(Optional.empty(), attachments.find(company, stored.publicId()));
    assertEquals(0, rows(company));
  }

  private InvalidValueException refused(
      String key, long company, AttachmentUse use, String name, byte[] content) {
    var refusal =
        assertThrows(
            InvalidValueException.class,
            () -> attachments.store(company, use, name, stream(content), "op"));
    assertEquals(key, refusal.messageKey());
    return refusal;
  }

  /** A validated company with its operator; its id as the web finds it for the operator. */
  private long newCompany() {
    String code = companies.withOperator();
    return callerCompany.of(code, null).orElseThrow();
  }

  private long rows(long company) throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement("SELECT COUNT(*) FROM attachment WHERE company_id = ?")) {
      statement.setLong(1, company);
      try (var result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static ByteArrayInputStream stream(byte[] content) {
    return new ByteArrayInputStream(content);
  }

  private static byte[] png() throws IOException {
    var out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  /** The smallest PDF the magic knows: header, an empty catalog, trailer. */
  private static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** A plain zip, renamed .docx by the test. */
  private static byte[] zip() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("leggimi.txt"));
      zip.write("niente".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
