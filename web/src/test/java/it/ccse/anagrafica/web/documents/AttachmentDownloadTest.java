package it.ccse.anagrafica.web.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC "Attachments": what a download link may name, and the header a file name goes into. */
class AttachmentDownloadTest {

  private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

  @Test
  void aLinkNamesAPublicIdOptionallyFollowedByTheFileName() {
    assertEquals(Optional.of(ID), AttachmentDownload.publicId("/" + ID));
    assertEquals(Optional.of(ID), AttachmentDownload.publicId("/" + ID + "/denuncia.pdf"));
    assertEquals(Optional.empty(), AttachmentDownload.publicId(null));
    assertEquals(Optional.empty(), AttachmentDownload.publicId("/"));
    assertEquals(Optional.empty(), AttachmentDownload.publicId("/../../etc/passwd"));
    assertEquals(Optional.empty(), AttachmentDownload.publicId("/" + ID + "x"));
  }

  @Test
  void theFileNameCannotBreakTheHeader() {
    assertEquals(
        "attachment; filename=\"denuncia.pdf\"; filename*=UTF-8''denuncia.pdf",
        DownloadName.contentDisposition("denuncia.pdf"));
    assertEquals(
        "attachment; filename=\"carta identit_ _x_.jpg\";"
            + " filename*=UTF-8''carta%20identit%C3%A0%20%22x%22.jpg",
        DownloadName.contentDisposition("carta identità \"x\".jpg"));
    assertEquals(
        "attachment; filename=\"a__b\"; filename*=UTF-8''a%0D%0Ab",
        DownloadName.contentDisposition("a\r\nb"));
    assertEquals(
        "attachment; filename=\"allegato\"; filename*=UTF-8''allegato",
        DownloadName.contentDisposition(null));
  }
}
