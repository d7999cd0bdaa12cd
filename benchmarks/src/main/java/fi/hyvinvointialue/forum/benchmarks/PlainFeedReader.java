package fi.hyvinvointialue.forum.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsing floor: a feed's events read back with a line scanner, each event's UID, start and
 * summary, the lines unfolded and the text unescaped. No validation, no time zones, no objects
 * beyond what it returns.
 */
final class PlainFeedReader {
  /** What a subscriber needs of an event to list it. */
  record Event(String uid, String start, String summary) {}

  private PlainFeedReader() {}

  static List<Event> read(byte[] feed) {
    String text = new String(feed, StandardCharsets.UTF_8);
    List<Event> events = new ArrayList<>();
    String uid = null;
    String start = null;
    String summary = null;
    int at = 0;
    StringBuilder line = new StringBuilder(128);
    while (at < text.length()) {
      line.setLength(0);
      int end = text.indexOf("\r\n", at);
      line.append(text, at, end);
      at = end + 2;
      while (at < text.length() && text.charAt(at) == ' ') {
        end = text.indexOf("\r\n", at);
        line.append(text, at + 1, end);
        at = end + 2;
      }
      String content = line.toString();
      if (content.equals("BEGIN:VEVENT")) {
        uid = null;
        start = null;
        summary = null;
      } else if (content.equals("END:VEVENT")) {
        events.add(new Event(uid, start, summary));
      } else if (content.startsWith("UID:")) {
        uid = content.substring(4);
      } else if (content.startsWith("DTSTART")) {
        start = content.substring(content.indexOf(':') + 1);
      } else if (content.startsWith("SUMMARY:")) {
        summary = unescape(content.substring(8));
      }
    }
    return events;
  }

  private static String unescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder text = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        text.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}
