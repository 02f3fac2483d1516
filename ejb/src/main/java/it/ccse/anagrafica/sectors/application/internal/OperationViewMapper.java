package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.sectors.application.OperationViews.FileView;
import it.ccse.anagrafica.sectors.application.OperationViews.OperationView;
import it.ccse.anagrafica.sectors.domain.CorporateOperation;
import it.ccse.anagrafica.sectors.domain.OperationDocument;
import it.ccse.anagrafica.sectors.domain.OperationFile;
import java.util.stream.Collectors;

/** A corporate operation as its pages and CCSE's e-mails show it. */
final class OperationViewMapper {

  private OperationViewMapper() {}

  static OperationView view(CorporateOperation o) {
    return new OperationView(
        o.getPublicId(),
        o.getVersion(),
        o.getKind(),
        o.getState(),
        o.file(OperationDocument.SELF_CERTIFICATION).map(OperationViewMapper::file).orElse(null),
        o.file(OperationDocument.NOTARIAL_DEED).map(OperationViewMapper::file).orElse(null),
        o.missing(),
        o.isSendable(),
        o.getState().isEditable(),
        o.getCreatedAt(),
        o.getSentAt(),
        o.getCheckedAt(),
        o.getStaffMessage());
  }

  private static FileView file(OperationFile f) {
    return new FileView(f.attachmentId(), f.fileName(), f.sizeBytes(), f.sha256());
  }

  /** The files for an e-mail: "- atto.pdf (SHA-256 ab12…)", one a line. */
  static String fileLines(CorporateOperation o) {
    return o.files().stream()
        .map(f -> "- " + f.fileName() + " (SHA-256 " + f.sha256() + ")")
        .collect(Collectors.joining("\n"));
  }
}
