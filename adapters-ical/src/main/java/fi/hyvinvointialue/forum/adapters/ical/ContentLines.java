package fi.hyvinvointialue.forum.adapters.ical;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Folds serialized iCalendar content lines at 75 UTF-8 octets (RFC 5545 §3.1), between code points.
 * ical4j and most libraries fold at 75 characters, which Finnish text and emoji push past 75 octets.
 */
final class ContentLines {
  static final int MAX_OCTETS = 75;
  private static final byte CR = '\r';
  private static final byte LF = '\n';
  private static final byte SPACE = ' ';

  private ContentLines() {}

  /**
   * The UTF-8 bytes of {@code unfolded}, whose lines end in CRLF, with every line folded.
   *
   * @throws IllegalStateException when a line holds a bare CR or LF, which would start a new line
   */
  static byte[] fold(String unfolded) {
    byte[] text = unfolded.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream folded = new ByteArrayOutputStream(text.length + text.length / 16);
    int lineStart = 0;
    for (int i = 0; i < text.length; i++) {
      if (text[i] == CR && i + 1 < text.length && text[i + 1] == LF) {
        foldLine(text, lineStart, i, folded);
        lineStart = i + 2;
        i++;
      } else if (text[i] == CR || text[i] == LF) {
        throw new IllegalStateException(
            "a bare line break inside the content line " + new String(text, lineStart, i - lineStart, StandardCharsets.UTF_8));
      }
    }
    if (lineStart != text.length) {
      throw new IllegalStateException("the last content line does not end in CRLF");
    }
    return folded.toByteArray();
  }

  /** Writes {@code text[start, end)} and CRLF, breaking before a code point that would pass 75 octets. */
  private static void foldLine(byte[] text, int start, int end, ByteArrayOutputStream out) {
    int from = start;
    int room = MAX_OCTETS;
    while (end - from > room) {
      int cut = from + room;
      while (isContinuation(text[cut])) {
        cut--;
      }
      out.write(text, from, cut - from);
      out.write(CR);
      out.write(LF);
      out.write(SPACE);
      from = cut;
      room = MAX_OCTETS - 1;
    }
    out.write(text, from, end - from);
    out.write(CR);
    out.write(LF);
  }

  /** A byte inside a multi-byte UTF-8 sequence: a code point does not begin here. */
  private static boolean isContinuation(byte octet) {
    return (octet & 0xC0) == 0x80;
  }
}
