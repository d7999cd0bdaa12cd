package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One forum or targeted event with everything around it: agenda, publications, announcements,
 * feedback, recording and memo. Times are Helsinki wall-clock times ({@link HelsinkiTime}).
 */
@Value.Immutable
@ForumStyle
public interface ForumEvent {
  String id();

  EventKind kind();

  /** The title in Finnish, the record's own language. */
  String title();

  /** The title in Swedish and English, for a county that publishes in them. */
  Optional<Translations> titleTranslations();

  LocalDateTime start();

  LocalDateTime end();

  @Value.Default
  default EventStatus status() {
    return EventStatus.PLANNED;
  }

  @Value.Default
  default Access access() {
    return Access.OPEN_TO_REGIONAL_PROVIDERS;
  }

  Optional<Venue> venue();

  Optional<RemoteConnection> remoteConnection();

  /** The organisation that convenes the event (TL-3.1). */
  Optional<Organisation> convener();

  Optional<Person> chair();

  Optional<Person> secretary();

  ImmutableList<Participant> participants();

  ImmutableList<Registration> registrations();

  ImmutableList<AgendaItem> agenda();

  ImmutableList<Publication> publications();

  ImmutableList<Announcement> announcements();

  Optional<FeedbackWindow> feedbackWindow();

  Optional<Recording> recording();

  Optional<Memo> memo();

  /** Why this event is needed beyond the year's regular forums (TL-4.4). */
  Optional<String> additionalReason();

  /** When the record was created; calendars show it, so it comes from the record, never "now". */
  Optional<Instant> created();

  /** When the event last changed in the record; stamped by the store on save ({@code EventStamps}). */
  Optional<Instant> lastModified();

  /**
   * The event's calendar identity, made at its first save and never changed afterwards, so a subscribed
   * calendar keeps it as one event (see {@code EventStamps}); a plan never stored has none yet.
   */
  Optional<String> uid();

  /**
   * Rises whenever the event's time, place or status changes, so subscribed calendars update; raised by
   * the store on save ({@code EventStamps}), nowhere else.
   */
  @Value.Default
  default int sequence() {
    return 0;
  }

  @Value.Check
  default void check() {
    Checks.notBlank(id(), "event.id");
    String field = "event[" + id() + "]";
    Checks.notBlank(title(), field + ".title");
    Checks.after(end(), start(), field + ".end", field + ".start");
    Checks.uniqueIds(agenda(), AgendaItem::id, field + ".agenda");
    uid().ifPresent(uid -> Checks.notBlank(uid, field + ".uid"));
    if (sequence() < 0) {
      throw new IllegalStateException(field + ".sequence must not be negative, was " + sequence());
    }
    memo().ifPresent(memo -> checkMemoReferences(memo, field));
  }

  private void checkMemoReferences(Memo memo, String field) {
    Set<String> items = agenda().stream().map(AgendaItem::id).collect(Collectors.toSet());
    memo.items().forEach(item -> Checks.references(items, item.agendaItemId(), field + ".memo.items"));
    Set<String> comments =
        feedbackWindow().stream()
            .flatMap(window -> window.comments().stream())
            .map(FeedbackComment::id)
            .collect(Collectors.toSet());
    memo.includedCommentIds().forEach(id -> Checks.references(comments, id, field + ".memo.includedCommentIds"));
  }

  default Instant startInstant() {
    return HelsinkiTime.instant(start());
  }

  default Instant endInstant() {
    return HelsinkiTime.instant(end());
  }

  default boolean isOpenForum() {
    return kind() == EventKind.OPEN_FORUM;
  }
}
