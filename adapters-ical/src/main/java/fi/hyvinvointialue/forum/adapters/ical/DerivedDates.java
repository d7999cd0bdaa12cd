package fi.hyvinvointialue.forum.adapters.ical;

import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.Recording;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * The Helsinki calendar days an event's derived entries cover: the record's dates where the event
 * has them, otherwise the policy's minimums from the {@link PolicyCalendar}. Ends are exclusive, as DTEND is.
 */
final class DerivedDates {
  /** Days {@code first} to {@code endExclusive}, the last not included. */
  record Span(LocalDate first, LocalDate endExclusive) {
    static Span days(LocalDate first, LocalDate last) {
      return new Span(first, last.plusDays(1));
    }
  }

  private DerivedDates() {}

  /** The span of {@code entry} for {@code event}, or empty when the record gives nothing to show. */
  static Optional<Span> of(DerivedEntry entry, ForumEvent event, PolicyCalendar calendar) {
    switch (entry) {
      case MATERIALS_DEADLINE:
        LocalDate deadline = calendar.materialsDue(event.start().toLocalDate());
        return Optional.of(Span.days(deadline, deadline));
      case FEEDBACK_WINDOW:
        return Optional.of(
            event.feedbackWindow()
                .map(window -> new Span(window.opensAt().toLocalDate(), exclusiveEnd(window.closesAt())))
                .orElseGet(() -> Span.days(event.end().toLocalDate(), calendar.feedbackOpenUntil(event.end()).toLocalDate())));
      case RECORDING_AVAILABILITY:
        return event.recording().flatMap(recording -> recordingSpan(recording, calendar));
      default:
        return event.memo()
            .flatMap(memo -> memo.deliveries().stream().map(MemoDelivery::deliveredAt).max(Comparator.naturalOrder()))
            .map(delivered -> Span.days(delivered.toLocalDate(), delivered.toLocalDate()));
    }
  }

  private static Optional<Span> recordingSpan(Recording recording, PolicyCalendar calendar) {
    return recording.publishedAt()
        .map(published -> new Span(
            published.toLocalDate(),
            recording.removedAt()
                .map(DerivedDates::exclusiveEnd)
                .orElseGet(() -> calendar.recordingAvailableUntil(published).toLocalDate().plusDays(1))));
  }

  /** A span closing at midnight does not take in the day it closes on. */
  private static LocalDate exclusiveEnd(LocalDateTime closes) {
    LocalDate day = closes.toLocalDate();
    return closes.toLocalTime().equals(LocalTime.MIDNIGHT) ? day : day.plusDays(1);
  }
}
