package fi.hyvinvointialue.forum.domain.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.port.CalendarFormatError;
import fi.hyvinvointialue.forum.domain.port.CalendarPublishing;
import fi.hyvinvointialue.forum.domain.port.DecisionCalendarReading;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The calendar port's contract, whatever the format: every adapter of {@link CalendarPublishing} and
 * {@link DecisionCalendarReading} implements this interface in a test class and so runs these tests.
 * A feed is checked through the adapter's own reading side, so the contract needs no parser.
 */
public interface CalendarPublishingContract {
  CalendarPublishing publishing();

  /** The reading side of the same adapter, refusing calendars longer than {@code maxBytes}. */
  DecisionCalendarReading reading(long maxBytes);

  private static FeedSettings settings() {
    return ImmutableFeedSettings.builder().publishing(SampleYears.publishing()).build();
  }

  private byte[] publish(ForumYear year, FeedSettings settings) {
    return publishing().publish(year, SampleYears.profile(), settings);
  }

  private ImmutableList<Decision> readBack(byte[] feed, int year) {
    return reading(Long.MAX_VALUE).read("feed", new ByteArrayInputStream(feed), year);
  }

  private static ForumYear withStatus(ForumYear year, String eventId, EventStatus status) {
    return ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(event -> event.id().equals(eventId)
            ? ImmutableForumEvent.copyOf(event).withStatus(status).withSequence(event.sequence() + 1)
            : event)
        .collect(ImmutableList.toImmutableList()));
  }

  @Test
  default void theSameYearAndSettingsGiveTheSameBytes() {
    ForumYear year = SampleYears.keskiSuomiWithPartnership(2026);
    FeedSettings settings = ImmutableFeedSettings.copyOf(settings()).withDerivedEntries(DerivedEntry.values());

    assertArrayEquals(publish(year, settings), publish(ImmutableForumYear.copyOf(year), settings));
  }

  @Test
  default void aFeedDoesNotDependOnTheJvmsZoneOrLocale() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    byte[] here = publish(year, settings());
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertArrayEquals(here, publish(year, settings()));
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  default void everyEventOfTheYearIsReadBackAsADecisionOnItsDay() {
    ForumYear year = SampleYears.keskiSuomi(2026);

    List<Decision> decisions = readBack(publish(year, settings()), 2026);

    assertEquals(year.events().size(), decisions.size());
    for (ForumEvent event : year.events()) {
      assertTrue(decisions.stream().anyMatch(decision -> decision.title().equals(event.title())
          && decision.date().equals(event.start().toLocalDate())), () -> event.id() + " in " + decisions);
    }
  }

  @Test
  default void aCancelledEventStaysInTheFeedButIsNoDecision() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    String cancelledId = year.events().get(1).id();
    ForumYear cancelled = withStatus(year, cancelledId, EventStatus.CANCELLED);
    ForumYear removed = ImmutableForumYear.copyOf(year)
        .withEvents(year.events().stream().filter(event -> !event.id().equals(cancelledId)).toList());

    byte[] feed = publish(cancelled, settings());

    assertFalse(Arrays.equals(feed, publish(removed, settings())), "a cancelled event does not vanish");
    assertFalse(Arrays.equals(feed, publish(year, settings())), "a cancelled event does not stay as planned");
    assertEquals(year.events().size() - 1, readBack(feed, 2026).size());
  }

  @Test
  default void onlyTheYearAskedForIsRead() {
    assertEquals(List.of(), readBack(publish(SampleYears.keskiSuomi(2026), settings()), 2027));
  }

  @Test
  default void aCalendarOverTheLimitIsRefusedWithoutBeingReadToItsEnd() {
    long limit = 10_000;
    long[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return ' ';
      }
    };

    CalendarFormatError error = assertThrows(CalendarFormatError.class, () -> reading(limit).read("endless.ics", endless, 2026));

    assertTrue(error.getMessage().contains("endless.ics"), error.getMessage());
    assertTrue(served[0] <= limit + 1024 * 1024, "read " + served[0] + " bytes");
  }

  @Test
  default void somethingElseThanACalendarIsAFormatErrorNamingTheSource() {
    byte[] notACalendar = "{\"events\": []}\n".getBytes(StandardCharsets.UTF_8);

    CalendarFormatError error = assertThrows(CalendarFormatError.class,
        () -> reading(1_000_000).read("export.json", new ByteArrayInputStream(notACalendar), 2026));

    assertTrue(error.getMessage().contains("export.json"), error.getMessage());
  }
}
