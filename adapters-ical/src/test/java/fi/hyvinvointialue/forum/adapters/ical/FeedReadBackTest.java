package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.util.ICalDate;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled sample years, published and read back by biweekly, field by field. */
class FeedReadBackTest {
  @Test
  void theSampleYearReadsBackIdenticallyInBiweekly() {
    assertReadsBack(SampleYears.keskiSuomi(2026));
  }

  @Test
  void theSampleYearWithPartnershipReadsBackIdenticallyInBiweekly() {
    assertReadsBack(SampleYears.keskiSuomiWithPartnership(2027));
  }

  @Test
  void theSampleYearReExportsByteForByte() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    assertArrayEquals(Feeds.publish(year, Feeds.settings()), Feeds.publish(year, Feeds.settings()));
  }

  static void assertReadsBack(ForumYear year) {
    ICalendar calendar = Feeds.biweekly(Feeds.publish(year, Feeds.withoutDerivedEntries()));
    Map<String, VEvent> byUid =
        calendar.getEvents().stream().collect(Collectors.toMap(event -> event.getUid().getValue(), Function.identity()));
    assertEquals(year.events().size(), byUid.size(), "one VEVENT per event");
    for (ForumEvent event : year.events()) {
      VEvent read = byUid.get(Feeds.uid(year, event.id()));
      assertEquals(event.title(), read.getSummary().getValue(), event.id() + " SUMMARY");
      assertEquals(event.startInstant(), instant(calendar, read.getDateStart()), event.id() + " DTSTART");
      assertEquals(event.endInstant(), instant(calendar, read.getDateEnd()), event.id() + " DTEND");
      assertEquals(event.status() == EventStatus.CANCELLED ? "CANCELLED" : "CONFIRMED", read.getStatus().getValue(),
          event.id() + " STATUS");
      assertEquals(event.sequence(), read.getSequence().getValue(), event.id() + " SEQUENCE");
      String description = read.getDescription().getValue();
      event.agenda().forEach(item -> assertTrue(description.contains(item.title()), item.title()));
      event.remoteConnection().ifPresent(remote -> {
        assertTrue(description.contains(remote.uri().toString()), "remote link in DESCRIPTION");
        assertTrue(read.getLocation().getValue().contains(remote.uri().toString()), "remote link in LOCATION");
      });
      event.venue().ifPresent(venue -> assertTrue(read.getLocation().getValue().startsWith(venue.name())));
      event.created().ifPresent(created -> assertEquals(created, read.getCreated().getValue().toInstant()));
      event.lastModified().ifPresent(modified -> assertEquals(modified, read.getLastModified().getValue().toInstant()));
    }
  }

  /**
   * The instant biweekly reads: the written wall clock in the zone its TZID names. (biweekly's own
   * instants are an hour off on afternoons of daylight-saving change days; FeedTimeTest has the rest.)
   */
  static Instant instant(ICalendar calendar, DateOrDateTimeProperty property) {
    ICalDate value = property.getValue();
    assertTrue(value.hasTime(), "a date-time");
    String zone = calendar.getTimezoneInfo().getTimezone(property).getComponent().getTimezoneId().getValue();
    return Feeds.wallClock(value).atZone(ZoneId.of(zone)).toInstant();
  }
}
