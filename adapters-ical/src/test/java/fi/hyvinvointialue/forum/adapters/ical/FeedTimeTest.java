package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wall-clock Helsinki times become the right instants on both sides of daylight saving, and
 * all-day entries keep their days whatever the JVM's zone (surefire runs this class in two zones).
 */
class FeedTimeTest {
  static ForumYear yearWithStarts(LocalDateTime... starts) {
    ForumYear base = SampleYears.keskiSuomi(starts[0].getYear());
    ImmutableList.Builder<ForumEvent> events = ImmutableList.builder();
    for (int i = 0; i < starts.length; i++) {
      events.add(SampleYears.openForum("tapahtuma-" + i, starts[i], SampleYears.STRATEGY, "strategia-paatos"));
    }
    return ImmutableForumYear.copyOf(base).withEvents(events.build())
        .withCommunicationPlan(SampleYears.communicationPlan(starts[0].getYear()));
  }

  static Map<String, VEvent> readBack(ForumYear year) {
    ICalendar calendar = Feeds.biweekly(Feeds.publish(year, Feeds.withoutDerivedEntries()));
    return calendar.getEvents().stream().collect(Collectors.toMap(event -> event.getUid().getValue(), Function.identity()));
  }

  @ParameterizedTest(name = "{0} Helsinki is {1}")
  @CsvSource({
    "2026-01-15T17:00, 2026-01-15T15:00:00Z",
    "2026-07-15T17:00, 2026-07-15T14:00:00Z",
    // the last Sunday of March 2026 is the 29th: clocks go from 03:00 to 04:00
    "2026-03-28T17:00, 2026-03-28T15:00:00Z",
    "2026-03-29T12:00, 2026-03-29T09:00:00Z",
    "2026-03-29T17:00, 2026-03-29T14:00:00Z",
    "2026-03-30T17:00, 2026-03-30T14:00:00Z",
    // the last Sunday of October 2026 is the 25th: clocks go from 04:00 back to 03:00
    "2026-10-24T17:00, 2026-10-24T14:00:00Z",
    "2026-10-25T12:00, 2026-10-25T10:00:00Z",
    "2026-10-25T17:00, 2026-10-25T15:00:00Z",
    "2026-10-26T17:00, 2026-10-26T15:00:00Z",
    // 2027: the 28th of March and the 31st of October
    "2027-03-27T17:00, 2027-03-27T15:00:00Z",
    "2027-03-28T17:00, 2027-03-28T14:00:00Z",
    "2027-10-30T17:00, 2027-10-30T14:00:00Z",
    "2027-10-31T17:00, 2027-10-31T15:00:00Z",
  })
  void aHelsinkiTimeIsWrittenAsItsWallClockInTheFeedsZoneAndMeansTheRightInstant(LocalDateTime helsinki, Instant utc) {
    byte[] feed = Feeds.publish(yearWithStarts(helsinki), Feeds.withoutDerivedEntries());

    ICalendar biweekly = Feeds.biweekly(feed);
    VEvent read = biweekly.getEvents().get(0);
    assertEquals(helsinki, Feeds.wallClock(read.getDateStart().getValue()), "biweekly reads the wall clock");
    assertEquals("Europe/Helsinki",
        biweekly.getTimezoneInfo().getTimezone(read.getDateStart()).getComponent().getTimezoneId().getValue());
    Calendar calendar = Feeds.ical4j(feed);
    DtStart<?> start = calendar.getComponents("VEVENT").get(0).<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
    assertEquals(utc, Instant.from(start.getDate()), "ical4j's instant");
    VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
    assertEquals(List.of(utc), new ZoneRulesBuilder().vTimeZone(zone).build().getValidOffsets(helsinki).stream()
        .map(offset -> helsinki.toInstant(offset)).toList(), "the feed's own VTIMEZONE");
  }

  @Test
  void biweeklysInstantsAgreeAwayFromTheChangeDays() {
    // biweekly's ICalTimeZone reads the hour with Calendar.HOUR (0-11), so on the two change days it
    // gets afternoons wrong; on every other day its instants are an independent check
    byte[] feed = Feeds.publish(yearWithStarts(LocalDateTime.of(2026, 1, 15, 17, 0), LocalDateTime.of(2026, 3, 28, 17, 0),
        LocalDateTime.of(2026, 3, 30, 17, 0), LocalDateTime.of(2026, 7, 15, 17, 0), LocalDateTime.of(2026, 10, 26, 17, 0)),
        Feeds.withoutDerivedEntries());

    assertEquals(
        List.of("2026-01-15T15:00:00Z", "2026-03-28T15:00:00Z", "2026-03-30T14:00:00Z", "2026-07-15T14:00:00Z",
            "2026-10-26T15:00:00Z"),
        Feeds.biweekly(feed).getEvents().stream().map(event -> event.getDateStart().getValue().toInstant().toString()).toList());
  }

  @Test
  void theCompactTimeZoneHasTheJdksTransitionsForDecades() {
    VTimeZone zone = Feeds.ical4j(Feeds.publish(SampleYears.keskiSuomi(2026), Feeds.settings()))
        .<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
    ZoneRules compact = new ZoneRulesBuilder().vTimeZone(zone).build();
    ZoneRules jdk = HelsinkiTime.ZONE.getRules();

    Instant at = Instant.parse("2000-01-01T00:00:00Z");
    for (int i = 0; i < 2 * 50; i++) {
      ZoneOffsetTransition expected = jdk.nextTransition(at);
      ZoneOffsetTransition actual = compact.nextTransition(at);
      assertEquals(expected.getInstant(), actual.getInstant(), "transition after " + at);
      assertEquals(expected.getOffsetAfter(), actual.getOffsetAfter(), "offset after " + expected.getInstant());
      at = expected.getInstant();
    }
  }

  @Test
  void anEventAcrossTheSpringChangeIsAnHourShorterThanItsWallClockSpan() {
    LocalDateTime start = LocalDateTime.of(2026, 3, 28, 22, 0);
    ForumEvent overnight = ImmutableForumEvent.copyOf(yearWithStarts(start).events().get(0)).withEnd(start.plusHours(8));
    ForumYear year = ImmutableForumYear.copyOf(yearWithStarts(start)).withEvents(overnight);

    VEvent read = readBack(year).get(Feeds.uid(year, "tapahtuma-0"));
    assertEquals(Instant.parse("2026-03-28T20:00:00Z"), read.getDateStart().getValue().toInstant());
    assertEquals(Instant.parse("2026-03-29T03:00:00Z"), read.getDateEnd().getValue().toInstant());
  }

  @Test
  void allDayEntriesKeepTheirDaysWhateverTheJvmZone() {
    // 23:30 on the day before the spring change, so a shift by any zone's offset would show
    ForumYear year = yearWithStarts(LocalDateTime.of(2026, 3, 28, 23, 30));
    ForumEvent event = year.events().get(0);

    Map<String, VEvent> read = Feeds.biweekly(Feeds.publish(year, Feeds.settings())).getEvents().stream()
        .collect(Collectors.toMap(entry -> entry.getUid().getValue(), Function.identity()));

    VEvent deadline = read.get(Feeds.uid(year, "tapahtuma-0") + "#materials-deadline");
    assertEquals(List.of(LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22)), days(deadline));
    VEvent feedback = read.get(Feeds.uid(year, "tapahtuma-0") + "#feedback-window");
    LocalDate closes = event.feedbackWindow().orElseThrow().closesAt().toLocalDate();
    assertEquals(List.of(LocalDate.of(2026, 3, 29), closes.plusDays(1)), days(feedback));
    for (DerivedEntry entry : DerivedEntry.values()) {
      VEvent derived = read.get(Feeds.uid(year, "tapahtuma-0") + "#"
          + entry.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      assertEquals("TRANSPARENT", derived.getTransparency().getValue(), entry.name());
      assertEquals(false, derived.getDateStart().getValue().hasTime(), entry.name() + " is all-day");
    }
  }

  private static List<LocalDate> days(VEvent entry) {
    return List.of(day(entry.getDateStart().getValue()), day(entry.getDateEnd().getValue()));
  }

  private static LocalDate day(ICalDate date) {
    return Feeds.wallClock(date).toLocalDate();
  }
}
