package it.ccse.anagrafica.documents.infrastructure.signature;

import com.itextpdf.kernel.pdf.DocumentRevision;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfBoolean;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfRevisionsReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.PdfSignature;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.TimestampConstants;
import it.ccse.anagrafica.documents.domain.ExpectedDocument;
import it.ccse.anagrafica.documents.domain.SignatureCheck;
import it.ccse.anagrafica.documents.infrastructure.signature.SignatureVerifier.Inspection;
import it.ccse.anagrafica.documents.infrastructure.signature.SignatureVerifier.Intact;
import it.ccse.anagrafica.documents.infrastructure.signature.SignatureVerifier.Refused;
import it.ccse.anagrafica.documents.infrastructure.signature.SignatureVerifier.Signer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a PAdES signature: the issued PDF with one incremental update that adds the signature.
 *
 * <p>"Exactly the issued document" is established on the bytes, then on the objects:
 *
 * <ol>
 *   <li>the signature covers the whole file, so nothing was appended after signing;
 *   <li>the file has one revision more than the issued PDF, and the bytes before that last revision
 *       (up to its {@code %%EOF} and end-of-line) have the issued document's SHA-256: an
 *       incremental update never rewrites earlier bytes, so the issued PDF is literally the start
 *       of the signed file, and an edit saved before signing would be a revision of its own;
 *   <li>the last revision, which the signature covers, may only add what signing adds: the
 *       signature field and widget, the form, catalog entries that do not change the content
 *       (/AcroForm, /Extensions, /Metadata, /DSS, /Perms), document information and metadata. Any
 *       other changed object (page content, resources, page tree, an annotation that is not a
 *       signature widget) means the signer signed something else than what the portal issued.
 * </ol>
 *
 * <p>A signature appearance is drawn by its widget and may cover part of the page; that is inherent
 * to visible signatures and also allowed by PDF DocMDP rules.
 */
final class ItextPadesVerifier {

  private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  // How far before a revision's reported end its %%EOF may lie (end-of-line, whitespace).
  private static final int EOF_SEARCH_WINDOW = 64;
  private static final Set<PdfName> CATALOG_ENTRIES_SIGNING_MAY_CHANGE =
      Set.of(PdfName.AcroForm, PdfName.Extensions, PdfName.Metadata, PdfName.DSS, PdfName.Perms);
  private static final Set<PdfName> PAGE_ENTRIES_SIGNING_MAY_CHANGE = Set.of(PdfName.Annots);

  Inspection inspect(byte[] pdf, ExpectedDocument expected) {
    PdfDocument document;
    try {
      document = open(pdf);
    } catch (IOException | RuntimeException e) {
      // A PDF header over something iText cannot read (damaged, or encrypted with a password).
      return new Refused(SignatureCheck.WRONG_FILE_TYPE);
    }
    try (document) {
      return inspect(pdf, document, expected);
    }
  }

  private static Inspection inspect(byte[] pdf, PdfDocument document, ExpectedDocument expected) {
    SignatureUtil signatures = new SignatureUtil(document);
    List<String> names = signatures.getSignatureNames();
    if (names.isEmpty()) {
      return new Refused(SignatureCheck.UNSIGNED);
    }
    PdfPKCS7 last = null;
    String lastName = null;
    for (String name : names) {
      Optional<PdfPKCS7> signature = intactSignature(signatures, name);
      if (signature.isEmpty()) {
        return new Refused(SignatureCheck.SIGNATURE_INVALID);
      }
      if (signatures.signatureCoversWholeDocument(name)) {
        last = signature.get();
        lastName = name;
      }
    }
    if (last == null
        || !isIssuedDocumentWithASignatureAdded(
            pdf, document, signatures.getSignature(lastName), expected)) {
      return new Refused(SignatureCheck.DIFFERENT_DOCUMENT);
    }
    try {
      Signer signer = new Signer(standard(last.getSigningCertificate()), signingTime(last));
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate certificate : last.getCertificates()) {
        if (certificate instanceof X509Certificate x509) {
          certificates.add(standard(x509));
        }
      }
      return new Intact(List.of(signer), certificates, pdf);
    } catch (GeneralSecurityException e) {
      return new Refused(SignatureCheck.SIGNATURE_INVALID);
    }
  }

  private static Optional<PdfPKCS7> intactSignature(SignatureUtil signatures, String name) {
    try {
      PdfPKCS7 signature = signatures.readSignatureData(name);
      boolean timestampIntact =
          signature.getTimeStampDate() == TimestampConstants.UNDEFINED_TIMESTAMP_DATE
              || signature.verifyTimestampImprint();
      return signature.verifySignatureIntegrityAndAuthenticity()
              && timestampIntact
              && signature.getSigningCertificate() != null
          ? Optional.of(signature)
          : Optional.empty();
    } catch (GeneralSecurityException | RuntimeException e) {
      return Optional.empty();
    }
  }

  // The signature time stamp's time if there is one (its imprint checked above, the time-stamping
  // authority not), else the signing time the signature claims.
  private static Instant signingTime(PdfPKCS7 signature) {
    Calendar date = signature.getSignDate();
    return date == null || date == TimestampConstants.UNDEFINED_TIMESTAMP_DATE
        ? null
        : date.toInstant();
  }

  // iText may hand out BouncyCastle certificate objects; the JDK's PKIX wants its own.
  private static X509Certificate standard(X509Certificate certificate)
      throws GeneralSecurityException {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(certificate.getEncoded()));
  }

  private static boolean isIssuedDocumentWithASignatureAdded(
      byte[] pdf, PdfDocument signed, PdfSignature signature, ExpectedDocument expected) {
    try {
      List<DocumentRevision> revisions =
          new PdfRevisionsReader(signed.getReader()).getAllRevisions();
      if (revisions.size() < 2) {
        return false;
      }
      // The issued revision must lie before the signature's /Contents, in the signed bytes.
      long signedPrefixEnd = signature.getByteRange().toLongArray()[1];
      Optional<byte[]> issued =
          issuedRevision(
              pdf, revisions.get(revisions.size() - 2).getEofOffset(), signedPrefixEnd, expected);
      if (issued.isEmpty()) {
        return false;
      }
      try (PdfDocument before = open(issued.get())) {
        return signingOnlyAddsASignature(
            before, signed, revisions.get(revisions.size() - 1).getModifiedObjects());
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  // Revision ends as reported by iText may include the end-of-line after %%EOF or not: find the
  // marker, then try the lengths without and with the end-of-line characters that follow it.
  private static Optional<byte[]> issuedRevision(
      byte[] pdf, long reportedEnd, long signedPrefixEnd, ExpectedDocument expected) {
    int searchFrom = (int) Math.min(reportedEnd, pdf.length) - EOF_MARKER.length;
    int marker = lastIndexOf(pdf, EOF_MARKER, searchFrom, searchFrom - EOF_SEARCH_WINDOW);
    if (marker < 0) {
      return Optional.empty();
    }
    int limit = (int) Math.min(signedPrefixEnd, pdf.length);
    for (int length = marker + EOF_MARKER.length; length <= limit; length++) {
      byte[] candidate = Arrays.copyOf(pdf, length);
      if (expected.isIssuedDocument(candidate)) {
        return Optional.of(candidate);
      }
      if (length == pdf.length || (pdf[length] != '\r' && pdf[length] != '\n')) {
        break;
      }
    }
    return Optional.empty();
  }

  private static int lastIndexOf(byte[] bytes, byte[] pattern, int from, int downTo) {
    for (int start = Math.min(from, bytes.length - pattern.length);
        start >= Math.max(downTo, 0);
        start--) {
      if (Arrays.equals(bytes, start, start + pattern.length, pattern, 0, pattern.length)) {
        return start;
      }
    }
    return -1;
  }

  private static boolean signingOnlyAddsASignature(
      PdfDocument before, PdfDocument after, Set<PdfIndirectReference> changedInLastRevision) {
    PdfDictionary catalog = before.getCatalog().getPdfObject();
    if (objectNumber(catalog) != objectNumber(after.getCatalog().getPdfObject())
        || before.getNumberOfPages() != after.getNumberOfPages()) {
      return false;
    }
    Set<Integer> pages = new HashSet<>();
    Set<Integer> replaceable = new HashSet<>();
    for (int page = 1; page <= before.getNumberOfPages(); page++) {
      PdfDictionary beforePage = before.getPage(page).getPdfObject();
      PdfDictionary afterPage = after.getPage(page).getPdfObject();
      if (objectNumber(beforePage) != objectNumber(afterPage)
          || !onlySignatureWidgetsAdded(beforePage, afterPage)) {
        return false;
      }
      pages.add(objectNumber(beforePage));
      addIfIndirect(replaceable, beforePage.get(PdfName.Annots, false));
    }
    addIfIndirect(replaceable, before.getTrailer().get(PdfName.Info, false));
    addIfIndirect(replaceable, catalog.get(PdfName.Metadata, false));
    addIfIndirect(replaceable, catalog.get(PdfName.AcroForm, false));
    replaceable.addAll(signatureFields(catalog.getAsDictionary(PdfName.AcroForm)));

    for (PdfIndirectReference reference : changedInLastRevision) {
      int number = reference.getObjNumber();
      if (number == 0 || number >= before.getNumberOfPdfObjects()) {
        continue;
      }
      PdfObject old = before.getPdfObject(number);
      PdfObject updated = after.getPdfObject(number);
      if (old == null || same(old, updated) || replaceable.contains(number)) {
        continue;
      }
      boolean allowed =
          number == objectNumber(catalog)
              ? sameExcept(old, updated, CATALOG_ENTRIES_SIGNING_MAY_CHANGE)
              : pages.contains(number) && sameExcept(old, updated, PAGE_ENTRIES_SIGNING_MAY_CHANGE);
      if (!allowed) {
        return false;
      }
    }
    // The form may change freely but for an XFA form, which some readers show instead of the pages.
    return same(xfa(catalog), xfa(after.getCatalog().getPdfObject()));
  }

  private static PdfObject xfa(PdfDictionary catalog) {
    PdfDictionary form = catalog.getAsDictionary(PdfName.AcroForm);
    return form == null ? null : form.get(PdfName.XFA, false);
  }

  // Annotations of the issued page stay; new ones may only be signature widgets.
  private static boolean onlySignatureWidgetsAdded(PdfDictionary before, PdfDictionary after) {
    Set<Integer> kept = annotationNumbers(before.getAsArray(PdfName.Annots));
    PdfArray annotations = after.getAsArray(PdfName.Annots);
    if (!annotationNumbers(annotations).containsAll(kept)) {
      return false;
    }
    for (int i = 0; annotations != null && i < annotations.size(); i++) {
      PdfObject entry = annotations.get(i, false);
      if (entry instanceof PdfIndirectReference reference
          && kept.contains(reference.getObjNumber())) {
        continue;
      }
      if (!isSignatureWidget(annotations.getAsDictionary(i))) {
        return false;
      }
    }
    return true;
  }

  private static Set<Integer> annotationNumbers(PdfArray annotations) {
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; annotations != null && i < annotations.size(); i++) {
      if (annotations.get(i, false) instanceof PdfIndirectReference reference) {
        numbers.add(reference.getObjNumber());
      }
    }
    return numbers;
  }

  private static boolean isSignatureWidget(PdfDictionary annotation) {
    if (annotation == null || !PdfName.Widget.equals(annotation.getAsName(PdfName.Subtype))) {
      return false;
    }
    PdfDictionary parent = annotation.getAsDictionary(PdfName.Parent);
    PdfName fieldType = annotation.getAsName(PdfName.FT);
    if (fieldType == null && parent != null) {
      fieldType = parent.getAsName(PdfName.FT);
    }
    return PdfName.Sig.equals(fieldType);
  }

  // Signature fields already in the issued form (an empty one to sign in) may be filled.
  private static Set<Integer> signatureFields(PdfDictionary form) {
    Set<Integer> numbers = new HashSet<>();
    PdfArray fields = form == null ? null : form.getAsArray(PdfName.Fields);
    for (int i = 0; fields != null && i < fields.size(); i++) {
      PdfDictionary field = fields.getAsDictionary(i);
      if (field != null && PdfName.Sig.equals(field.getAsName(PdfName.FT))) {
        addIfIndirect(numbers, fields.get(i, false));
        PdfArray kids = field.getAsArray(PdfName.Kids);
        for (int k = 0; kids != null && k < kids.size(); k++) {
          addIfIndirect(numbers, kids.get(k, false));
        }
      }
    }
    return numbers;
  }

  private static void addIfIndirect(Set<Integer> numbers, PdfObject object) {
    if (object instanceof PdfIndirectReference reference) {
      numbers.add(reference.getObjNumber());
    }
  }

  private static int objectNumber(PdfObject object) {
    PdfIndirectReference reference = object.getIndirectReference();
    return reference == null ? -1 : reference.getObjNumber();
  }

  private static boolean sameExcept(PdfObject before, PdfObject after, Set<PdfName> mayChange) {
    if (!(before instanceof PdfDictionary a) || !(after instanceof PdfDictionary b)) {
      return false;
    }
    Set<PdfName> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    keys.removeAll(mayChange);
    return keys.stream().allMatch(key -> same(a.get(key, false), b.get(key, false)));
  }

  // Structural equality of objects of two documents; references are equal by number, which is
  // enough because every object the last revision rewrote is compared on its own.
  private static boolean same(PdfObject a, PdfObject b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof PdfIndirectReference x) {
      return b instanceof PdfIndirectReference y
          && x.getObjNumber() == y.getObjNumber()
          && x.getGenNumber() == y.getGenNumber();
    }
    if (a.getType() != b.getType()) {
      return false;
    }
    if (a instanceof PdfStream x) {
      return sameExcept(x, b, Set.of())
          && Arrays.equals(x.getBytes(false), ((PdfStream) b).getBytes(false));
    }
    if (a instanceof PdfDictionary) {
      return sameExcept(a, b, Set.of());
    }
    if (a instanceof PdfArray x) {
      PdfArray y = (PdfArray) b;
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i, false), y.get(i, false))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof PdfString x) {
      return Arrays.equals(x.getValueBytes(), ((PdfString) b).getValueBytes());
    }
    if (a instanceof PdfNumber x) {
      return Double.compare(x.doubleValue(), ((PdfNumber) b).doubleValue()) == 0;
    }
    if (a instanceof PdfBoolean x) {
      return x.getValue() == ((PdfBoolean) b).getValue();
    }
    return a.equals(b) || a.toString().equals(b.toString());
  }

  private static PdfDocument open(byte[] pdf) throws IOException {
    return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
  }
}
