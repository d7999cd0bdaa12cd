package fi.hyvinvointialue.forum.domain.history;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.YearKey;
import com.google.common.hash.Hashing;
import com.google.common.primitives.Longs;
import java.util.Arrays;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The stamps a store puts on the events of a year it saves, from the version saved before: the one
 * place where UID, CREATED, LAST-MODIFIED and SEQUENCE are decided, so nothing counts twice.
 *
 * <p>Events are matched by id with the previous version. A new event keeps the stamps it carries (a plan
 * exported from a store and stored again) and gets the rest: its UID, created and last modified at the
 * save, sequence 0. An event stored before keeps its UID and created time whatever the plan says; when
 * anything in it changed it is last modified at the save, and when its start, end, venue, remote link or
 * status changed its sequence rises by one over the stored one, so subscribed calendars take the change.
 * An unchanged event keeps its stamps. The result is the same for the same arguments: no clock, no chance.
 */
public final class EventStamps {
  private EventStamps() {}

  /** The year as it is to be stored at {@code savedAt}, after {@code previous}, the version stored before. */
  public static ForumYear stamp(Optional<ForumYear> previous, ForumYear next, Instant savedAt) {
    return ImmutableForumYear.copyOf(next).withEvents(next.events().stream()
        .map(event -> stamp(previous.flatMap(year -> year.event(event.id())), event, next.key(), savedAt))
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The UID an event of the year gets at its first save, and the one a feed of a plan never stored shows:
   * a name-based UUID of the county, year and event id (RFC 7986 recommends UUIDs and no host names in
   * UIDs), so a later change of the county's domain never changes it, and storing the plan does not either.
   * It is RFC 9562's version 8 with SHA-256, the name-based kind that RFC gives as its example.
   */
  public static String uid(YearKey year, String eventId) {
    String name = "forum-policy:" + year.countyId() + "/" + year.year() + "/" + eventId;
    byte[] hash = Hashing.sha256().hashUnencodedChars(name).asBytes();
    long high = (Longs.fromByteArray(hash) & ~0xF000L) | 0x8000L;
    long low = (Longs.fromByteArray(Arrays.copyOfRange(hash, 8, 16)) & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  private static ForumEvent stamp(Optional<ForumEvent> stored, ForumEvent event, YearKey year, Instant savedAt) {
    if (stored.isEmpty()) {
      return ImmutableForumEvent.copyOf(event)
          .withUid(event.uid().orElseGet(() -> uid(year, event.id())))
          .withCreated(event.created().orElse(savedAt))
          .withLastModified(event.lastModified().orElse(savedAt));
    }
    ForumEvent before = stored.get();
    ImmutableForumEvent kept = ImmutableForumEvent.copyOf(event)
        .withUid(before.uid().or(event::uid).orElseGet(() -> uid(year, event.id())))
        .withCreated(before.created().or(event::created).orElse(savedAt))
        .withLastModified(before.lastModified().or(event::lastModified))
        .withSequence(before.sequence());
    if (withoutStamps(kept).equals(withoutStamps(before))) {
      return kept;
    }
    return kept.withLastModified(savedAt).withSequence(rescheduled(before, event) ? before.sequence() + 1 : before.sequence());
  }

  /** Whether a calendar holding the event must take the change: its time, place or status changed. */
  private static boolean rescheduled(ForumEvent before, ForumEvent after) {
    return !before.start().equals(after.start())
        || !before.end().equals(after.end())
        || !before.venue().equals(after.venue())
        || !before.remoteConnection().equals(after.remoteConnection())
        || before.status() != after.status();
  }

  private static ForumEvent withoutStamps(ForumEvent event) {
    return ImmutableForumEvent.copyOf(event).withUid(Optional.empty()).withCreated(Optional.empty())
        .withLastModified(Optional.empty()).withSequence(0);
  }
}
