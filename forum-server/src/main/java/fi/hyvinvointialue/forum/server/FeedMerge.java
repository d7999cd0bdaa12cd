package fi.hyvinvointialue.forum.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two years' feeds as one calendar ({@code forums.ics}): the first feed whole, with the second's events
 * added before its end. An event id used in both years would give two events one UID, which calendar
 * clients merge into one; the later year's event then gets its year in front of the UID, so every UID
 * in the feed is unique.
 */
final class FeedMerge {
  private static final String CRLF = "\r\n";
  private static final int LINE_OCTETS = 75;

  private FeedMerge() {}

  static byte[] merge(byte[] first, byte[] second, int secondYear) {
    List<String> firstLines = lines(first);
    Set<String> uids = new HashSet<>();
    for (List<String> event : events(firstLines)) {
      uids.add(uid(event));
    }
    int end = firstLines.lastIndexOf("END:VCALENDAR");
    StringBuilder merged = new StringBuilder(first.length + second.length);
    for (String line : firstLines.subList(0, end)) {
      merged.append(line).append(CRLF);
    }
    for (List<String> event : events(lines(second))) {
      String uid = uid(event);
      for (String line : uids.contains(uid) ? renamed(event, secondYear + "-" + uid) : event) {
        merged.append(line).append(CRLF);
      }
    }
    for (String line : firstLines.subList(end, firstLines.size())) {
      merged.append(line).append(CRLF);
    }
    return merged.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> lines(byte[] feed) {
    List<String> lines = new ArrayList<>(List.of(new String(feed, StandardCharsets.UTF_8).split(CRLF)));
    lines.removeIf(String::isEmpty);
    return lines;
  }

  /** Each VEVENT's physical lines, BEGIN to END, folded as they came. */
  private static List<List<String>> events(List<String> lines) {
    List<List<String>> events = new ArrayList<>();
    List<String> event = null;
    for (String line : lines) {
      if (line.equals("BEGIN:VEVENT")) {
        event = new ArrayList<>();
      }
      if (event != null) {
        event.add(line);
        if (line.equals("END:VEVENT")) {
          events.add(event);
          event = null;
        }
      }
    }
    return events;
  }

  /** The event's own UID (its first, unfolded), not that of an alarm inside it. */
  private static String uid(List<String> event) {
    for (int i = 0; i < event.size(); i++) {
      if (event.get(i).startsWith("UID:")) {
        StringBuilder value = new StringBuilder(event.get(i).substring(4));
        for (int j = i + 1; j < event.size() && isContinuation(event.get(j)); j++) {
          value.append(event.get(j).substring(1));
        }
        return value.toString();
      }
    }
    return "";
  }

  private static List<String> renamed(List<String> event, String uid) {
    List<String> renamed = new ArrayList<>();
    boolean inUid = false;
    for (String line : event) {
      if (line.startsWith("UID:") && !inUid && renamed.stream().noneMatch(done -> done.startsWith("UID:"))) {
        renamed.addAll(folded("UID:" + uid));
        inUid = true;
      } else if (!(inUid && isContinuation(line))) {
        renamed.add(line);
        inUid = false;
      }
    }
    return renamed;
  }

  private static boolean isContinuation(String line) {
    return line.startsWith(" ") || line.startsWith("\t");
  }

  /** RFC 5545 3.1: lines of at most 75 octets, continued with a space, never splitting a character. */
  private static List<String> folded(String line) {
    List<String> folded = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int octets = 0;
    for (int offset = 0; offset < line.length(); ) {
      int codePoint = line.codePointAt(offset);
      String character = new String(Character.toChars(codePoint));
      int size = character.getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > LINE_OCTETS) {
        folded.add(current.toString());
        current = new StringBuilder(" ");
        octets = 1;
      }
      current.append(character);
      octets += size;
      offset += Character.charCount(codePoint);
    }
    folded.add(current.toString());
    return folded;
  }
}
