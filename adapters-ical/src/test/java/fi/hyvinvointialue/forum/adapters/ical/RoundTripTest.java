package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A published feed read back through the import side: every event, and every derived entry, on its day. */
class RoundTripTest {
  static List<Decision> readBack(byte[] feed, int year) {
    return new ICalendarAdapter().read("feed.ics", new ByteArrayInputStream(feed), year);
  }

  @Test
  void everyEventComesBackWithItsUidTitleAndDay() {
    ForumYear year = SampleYears.keskiSuomiWithPartnership(2026);

    Map<String, String> read = readBack(Feeds.publish(year, Feeds.withoutDerivedEntries()), 2026).stream()
        .collect(Collectors.toMap(Decision::id, decision -> decision.date() + " " + decision.title(), (a, b) -> a, TreeMap::new));

    Map<String, String> expected = year.events().stream()
        .collect(Collectors.toMap(event -> Feeds.uid(year, event.id()),
            event -> event.start().toLocalDate() + " " + event.title(), (a, b) -> a, TreeMap::new));
    assertEquals(expected, read);
  }

  @Test
  void derivedEntriesComeBackOnTheirFirstDays() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    ForumEvent first = year.events().get(0);

    Map<String, LocalDate> read = readBack(Feeds.publish(year, Feeds.settings()), 2026).stream()
        .collect(Collectors.toMap(Decision::id, Decision::date));

    assertEquals(first.start().toLocalDate().minusDays(SampleYears.profile().publicationLeadDays()),
        read.get(Feeds.uid(year, first.id()) + "#materials-deadline"));
    assertEquals(first.end().toLocalDate(), read.get(Feeds.uid(year, first.id()) + "#feedback-window"));
    assertEquals(first.recording().orElseThrow().publishedAt().orElseThrow().toLocalDate(),
        read.get(Feeds.uid(year, first.id()) + "#recording-availability"));
    assertEquals(4 * 4 + 2, read.size() - year.events().size(), "four per open forum, two for the targeted event");
  }

  @Test
  void aCancelledEventIsPublishedButNotReadBackAsADecision() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    ForumEvent cancelled = ImmutableForumEvent.copyOf(year.events().get(2)).withStatus(EventStatus.CANCELLED).withSequence(1);
    ForumYear withCancelled = ImmutableForumYear.copyOf(year)
        .withEvents(year.events().stream().map(event -> event.id().equals(cancelled.id()) ? cancelled : event).toList());

    byte[] feed = Feeds.publish(withCancelled, Feeds.withoutDerivedEntries());

    assertEquals(year.events().size(), Feeds.biweekly(feed).getEvents().size());
    assertEquals(year.events().size() - 1, readBack(feed, 2026).size());
  }
}
