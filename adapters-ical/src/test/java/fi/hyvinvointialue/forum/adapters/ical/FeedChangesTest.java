package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.component.VEvent;
import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What a subscriber's calendar sees change when the plan changes: the changed event, nothing else. */
class FeedChangesTest {
  private static final String MOVED = "foorumi-2026-2";

  static ForumYear changed(ForumYear year, String id, UnaryOperator<ForumEvent> change) {
    return ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(event -> event.id().equals(id) ? change.apply(event) : event)
        .collect(ImmutableList.toImmutableList()));
  }

  static ForumEvent movedAnHourLater(ForumEvent event) {
    return ImmutableForumEvent.copyOf(event)
        .withStart(event.start().plusHours(1))
        .withEnd(event.end().plusHours(1))
        .withSequence(event.sequence() + 1)
        .withLastModified(event.lastModified().orElseThrow().plusSeconds(86_400));
  }

  /** Each component's unfolded lines by UID; the calendar's own lines under "". */
  static Map<String, List<String>> components(byte[] feed) {
    Map<String, List<String>> components = new LinkedHashMap<>();
    List<String> current = components.computeIfAbsent("", calendar -> new ArrayList<>());
    String uid = "";
    for (String line : Feeds.unfoldedLines(feed)) {
      if (line.equals("BEGIN:VEVENT")) {
        current = new ArrayList<>();
      } else if (line.startsWith("UID:")) {
        uid = line.substring("UID:".length());
      } else if (line.equals("END:VEVENT")) {
        components.put(uid, current);
        current = components.computeIfAbsent("", calendar -> new ArrayList<>());
        continue;
      }
      current.add(line);
    }
    return components;
  }

  /** The names of the properties whose lines differ between the two feeds, by UID. */
  static Map<String, Set<String>> changes(byte[] before, byte[] after) {
    Map<String, List<String>> old = components(before);
    Map<String, List<String>> now = components(after);
    assertEquals(old.keySet(), now.keySet(), "the same components");
    Map<String, Set<String>> changes = new LinkedHashMap<>();
    old.forEach((uid, lines) -> {
      Set<String> names = new TreeSet<>();
      List<String> newLines = now.get(uid);
      assertEquals(lines.size(), newLines.size(), uid);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).equals(newLines.get(i))) {
          names.add(lines.get(i).split("[;:]", 2)[0]);
        }
      }
      if (!names.isEmpty()) {
        changes.put(uid, names);
      }
    });
    return changes;
  }

  @Test
  void movingAnEventChangesOnlyItsTimesSequenceAndModificationStamps() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    FeedSettings settings = Feeds.withoutDerivedEntries();

    Map<String, Set<String>> changes =
        changes(Feeds.publish(year, settings), Feeds.publish(changed(year, MOVED, FeedChangesTest::movedAnHourLater), settings));

    assertEquals(Map.of(Feeds.uid(year, MOVED), Set.of("DTSTART", "DTEND", "SEQUENCE", "LAST-MODIFIED", "DTSTAMP")),
        changes);
  }

  @Test
  void movingAnEventBumpsItsDerivedEntriesSequenceToo() {
    ForumYear year = SampleYears.keskiSuomi(2026);

    Map<String, Set<String>> changes = changes(Feeds.publish(year, Feeds.settings()),
        Feeds.publish(changed(year, MOVED, FeedChangesTest::movedAnHourLater), Feeds.settings()));

    Set<String> stamps = Set.of("SEQUENCE", "LAST-MODIFIED", "DTSTAMP");
    changes.forEach((uid, names) -> {
      assertTrue(uid.startsWith(Feeds.uid(year, MOVED)), uid + " changed");
      if (uid.contains("#")) {
        assertEquals(stamps, names, uid);
      }
    });
    assertEquals(5, changes.size(), "the event and its four derived entries");
  }

  @Test
  void aCancelledEventStaysInTheFeedCancelledWithAHigherSequence() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    ForumYear cancelled = changed(year, MOVED, event -> ImmutableForumEvent.copyOf(event)
        .withStatus(EventStatus.CANCELLED)
        .withSequence(event.sequence() + 1)
        .withLastModified(event.lastModified().orElseThrow().plusSeconds(3_600)));

    byte[] feed = Feeds.publish(cancelled, Feeds.withoutDerivedEntries());

    assertEquals(Map.of(Feeds.uid(year, MOVED), Set.of("STATUS", "SEQUENCE", "LAST-MODIFIED", "DTSTAMP")),
        changes(Feeds.publish(year, Feeds.withoutDerivedEntries()), feed));
    VEvent read = Feeds.biweekly(feed).getEvents().stream()
        .filter(event -> event.getUid().getValue().equals(Feeds.uid(year, MOVED))).findFirst().orElseThrow();
    assertEquals("CANCELLED", read.getStatus().getValue());
    assertEquals(1, read.getSequence().getValue());
    assertEquals(year.events().size(), Feeds.biweekly(feed).getEvents().size());
    assertTrue(Feeds.text(feed).contains("METHOD:PUBLISH\r\n"), "never CANCEL or REQUEST");
  }
}
