package fi.hyvinvointialue.forum.adapters.ical;

import fi.hyvinvointialue.forum.domain.port.CalendarFormatError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A calendar file's text: read up to a size limit (counted while reading, so an oversize file is
 * refused without being held), decoded as strict UTF-8, and with every line ending made CRLF, since
 * meeting systems write bare LFs and ical4j unfolds only after CRLF unless told to relax globally.
 */
final class CalendarSource {
  private static final int CHUNK = 64 * 1024;

  private CalendarSource() {}

  static String read(String sourceName, InputStream in, long maxBytes) {
    byte[] bytes = readAtMost(sourceName, in, maxBytes);
    return withCrlf(decode(sourceName, bytes));
  }

  private static byte[] readAtMost(String sourceName, InputStream in, long maxBytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    long total = 0;
    try {
      for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
        total += read;
        if (total > maxBytes) {
          throw new CalendarFormatError(
              sourceName + ": larger than the limit of " + maxBytes + " bytes; refused without reading it");
        }
        bytes.write(chunk, 0, read);
      }
    } catch (IOException e) {
      throw new CalendarFormatError(sourceName + ": could not be read after " + total + " bytes: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private static String decode(String sourceName, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (result.isError()) {
      throw new CalendarFormatError(
          sourceName + ": line " + lineAt(bytes, input.position()) + ": not UTF-8 text (byte "
              + String.format("0x%02X", bytes[input.position()] & 0xff) + ")");
    }
    try {
      result = decoder.flush(output);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new CalendarFormatError(sourceName + ": not UTF-8 text at its end", e);
    }
    String text = output.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String withCrlf(String text) {
    StringBuilder normalized = new StringBuilder(text.length() + text.length() / 40);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        normalized.append("\r\n");
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        normalized.append(c);
      }
    }
    return normalized.toString();
  }
}
