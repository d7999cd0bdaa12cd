package fi.hyvinvointialue.forum.adapters.ical;

import java.nio.charset.StandardCharsets;

/**
 * Folds serialized iCalendar content lines at 75 UTF-8 octets (RFC 5545 §3.1), between code points.
 * ical4j and most libraries fold at 75 characters, which Finnish text and emoji push past 75 octets.
 */
final class ContentLines {
  static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";

  private ContentLines() {}

  /**
   * The UTF-8 bytes of {@code unfolded}, whose lines end in CRLF, with every line folded.
   *
   * @throws IllegalStateException when a line holds a bare CR or LF, which would start a new line
   */
  static byte[] fold(String unfolded) {
    StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
    int lineStart = 0;
    while (lineStart < unfolded.length()) {
      int lineEnd = unfolded.indexOf(CRLF, lineStart);
      if (lineEnd < 0) {
        throw new IllegalStateException("the last content line does not end in CRLF");
      }
      foldLine(unfolded, lineStart, lineEnd, folded);
      folded.append(CRLF);
      lineStart = lineEnd + CRLF.length();
    }
    return folded.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void foldLine(String text, int start, int end, StringBuilder out) {
    int octets = 0;
    int i = start;
    while (i < end) {
      int codePoint = text.codePointAt(i);
      if (codePoint == '\r' || codePoint == '\n') {
        throw new IllegalStateException("a bare line break inside the content line at " + text.substring(start, i));
      }
      int size = utf8Length(codePoint);
      if (octets + size > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
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
