package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import biweekly.ICalendar;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

/** Publishing years with test settings, and reading feeds back with both parsers. */
final class Feeds {
  private Feeds() {}

  /** Every derived entry on, Finnish, with organiser and page. */
  static FeedSettings settings() {
    return ImmutableFeedSettings.builder()
        .publishing(SampleYears.publishing())
        .forumPage(URI.create("https://www.hyvaks.fi/palveluntuottajafoorumi"))
        .addDerivedEntries(DerivedEntry.values())
        .build();
  }

  /** The UID an event of a year never stored gets in a feed: the one its first save will give it. */
  static String uid(ForumYear year, String eventId) {
    return EventStamps.uid(year.key(), eventId);
  }

  static FeedSettings withoutDerivedEntries() {
    return ImmutableFeedSettings.copyOf(settings()).withDerivedEntries();
  }

  static byte[] publish(ForumYear year, FeedSettings settings) {
    return new ICalendarAdapter().publish(year, SampleYears.profile(), settings);
  }

  static String text(byte[] feed) {
    return new String(feed, StandardCharsets.UTF_8);
  }

  /** The feed as biweekly reads it, failing on any warning biweekly has about it. */
  static ICalendar biweekly(byte[] feed) {
    try (ICalReader reader = new ICalReader(new ByteArrayInputStream(feed))) {
      ICalendar calendar = reader.readNext();
      List<ParseWarning> warnings = reader.getWarnings();
      assertEquals(List.of(), warnings.stream().map(ParseWarning::toString).collect(Collectors.toList()),
          "biweekly's warnings");
      assertEquals(null, reader.readNext(), "a second calendar in the feed");
      return calendar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The feed as ical4j reads it, with a builder of its own: builders are not reusable. */
  static Calendar ical4j(byte[] feed) {
    try {
      return new CalendarBuilder().build(new ByteArrayInputStream(feed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("ical4j cannot read the feed: " + e.getMessage(), e);
    }
  }

  /**
   * The date or date-time as written in the feed. biweekly's own instant of a DATE is midnight in the
   * JVM's zone, and of a date-time on a daylight-saving change day may be an hour off (it reads the
   * hour with Calendar.HOUR), so tests that need either read the written value.
   */
  static LocalDateTime wallClock(ICalDate value) {
    DateTimeComponents raw = value.getRawComponents();
    return LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(), raw.getSecond());
  }

  /** The content lines, unfolded. */
  static List<String> unfoldedLines(byte[] feed) {
    return Arrays.asList(text(feed).replace("\r\n ", "").split("\r\n"));
  }
}
