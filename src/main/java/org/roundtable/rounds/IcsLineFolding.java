package org.roundtable.rounds;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8, as RFC 5545 §3.1 asks. ical4j folds by characters,
 * which lets lines with accented letters or dashes run past 75 octets.
 */
final class IcsLineFolding {
  static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";

  private IcsLineFolding() {}

  /** Folds every line of {@code unfolded}, whose lines end in CRLF. */
  static String fold(String unfolded) {
    StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
    for (String line : unfolded.split(CRLF)) {
      foldLine(line, folded);
      folded.append(CRLF);
    }
    return folded.toString();
  }

  // Breaks only between code points, so a multi-byte character is never split across lines.
  private static void foldLine(String line, StringBuilder out) {
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int size = utf8Length(codePoint);
      if (octets + size > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1; // the leading space of a continuation line counts towards its 75 octets
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
