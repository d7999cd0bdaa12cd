package fi.hyvinvointialue.forum.adapters.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A calendar file's lines: where each VCALENDAR begins, so each is parsed, and where each VEVENT and
 * its properties stand, for errors. ical4j reports line numbers only while parsing, and reads dates
 * and time zones lazily, after its line numbers are gone.
 */
final class SourceLines {
  /** One VCALENDAR's lines of a file that holds several, as some systems export one per body. */
  record CalendarText(int firstLine, String text) {}

  private final List<String> lines;
  private final List<Integer> calendarStarts = new ArrayList<>();
  private final List<Integer> eventStarts = new ArrayList<>();
  private final List<Integer> eventEnds = new ArrayList<>();

  /** @param text the file with CRLF line ends, as {@link CalendarSource} gives it */
  SourceLines(String text) {
    this.lines = List.of(text.split("\r\n", -1));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip().toUpperCase(Locale.ROOT);
      if (line.equals("BEGIN:VCALENDAR")) {
        calendarStarts.add(i);
      } else if (line.equals("BEGIN:VEVENT")) {
        eventStarts.add(i);
      } else if (line.equals("END:VEVENT")) {
        eventEnds.add(i);
      }
    }
  }

  /**
   * The file cut before each BEGIN:VCALENDAR after the first, so that each calendar is parsed on its
   * own: ical4j keeps only the last calendar of a stream.
   */
  List<CalendarText> calendars() {
    List<CalendarText> calendars = new ArrayList<>();
    int from = 0;
    for (int start : calendarStarts.subList(Math.min(1, calendarStarts.size()), calendarStarts.size())) {
      calendars.add(new CalendarText(from + 1, String.join("\r\n", lines.subList(from, start)) + "\r\n"));
      from = start;
    }
    calendars.add(new CalendarText(from + 1, String.join("\r\n", lines.subList(from, lines.size()))));
    return calendars;
  }

  /** The line the {@code index}th VEVENT begins on, counting from 1, when the file's VEVENTs can be told apart. */
  OptionalInt event(int index) {
    return index < eventStarts.size() ? OptionalInt.of(eventStarts.get(index) + 1) : OptionalInt.empty();
  }

  /** The line the {@code index}th VEVENT's property {@code name} begins on, or else the VEVENT's. */
  OptionalInt property(int index, String name) {
    if (index >= eventStarts.size() || index >= eventEnds.size()) {
      return OptionalInt.empty();
    }
    String prefix = name.toUpperCase(Locale.ROOT);
    for (int i = eventStarts.get(index); i < eventEnds.get(index); i++) {
      String line = lines.get(i).toUpperCase(Locale.ROOT);
      if (line.startsWith(prefix) && line.length() > prefix.length()
          && (line.charAt(prefix.length()) == ':' || line.charAt(prefix.length()) == ';')) {
        return OptionalInt.of(i + 1);
      }
    }
    return event(index);
  }
}
