package it.ccse.anagrafica.documents.infrastructure.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Whether an OLE2 compound file (the container of Word 97–2003 .doc, but also of .xls, .ppt, .msg,
 * .msi) is a Word document: it holds a stream named "WordDocument" ([MS-DOC] 2.1.1). Cheaply: the
 * directory entries of a compound file are 128 bytes each and start on a 128-byte boundary after
 * the header ([MS-CFB] 2.6), so each such boundary is looked at for a stream entry (type 2) with
 * that name and its length field (26: twelve UTF-16 characters and the terminator) — no FAT is
 * walked, as a full reader (Apache POI) would. A stream with that name inside another stream's data
 * at a boundary would fool it; such a file is still OLE2 and opens as Word or not at all.
 */
final class Ole2Word {

  private static final byte[] SIGNATURE = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] NAME = "WordDocument\0".getBytes(StandardCharsets.UTF_16LE);
  private static final int ENTRY = 128;
  private static final int NAME_LENGTH_AT = 64;
  private static final int TYPE_AT = 66;
  private static final int STREAM = 2;

  private Ole2Word() {}

  static boolean hasWordDocumentStream(byte[] content) {
    if (content.length < 512 || !Arrays.equals(content, 0, SIGNATURE.length, SIGNATURE, 0, 8)) {
      return false;
    }
    int sectorShift = (content[0x1E] & 0xFF) | (content[0x1F] & 0xFF) << 8;
    if (sectorShift != 9 && sectorShift != 12) {
      return false;
    }
    for (int at = 1 << sectorShift; at + ENTRY <= content.length; at += ENTRY) {
      if (Arrays.equals(content, at, at + NAME.length, NAME, 0, NAME.length)
          && (content[at + NAME_LENGTH_AT] & 0xFF) == NAME.length
          && content[at + NAME_LENGTH_AT + 1] == 0
          && content[at + TYPE_AT] == STREAM) {
        return true;
      }
    }
    return false;
  }
}
