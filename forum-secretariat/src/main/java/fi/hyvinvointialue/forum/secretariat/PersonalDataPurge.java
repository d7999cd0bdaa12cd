package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackComment;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableParticipant;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What a public body may no longer keep once an event ended longer ago than the profile's retention period
 * ({@link PolicyCalendar#personalDataKeptUntil}):
 * the authors of feedback comments and the named persons among the participants. The record of
 * the forum stays whole: comment texts, head counts and roles, the memo, the agenda's presenters
 * (named publicly with their consent), the chair and secretary (officials acting in office),
 * registrations (organisations, kept as the record of who was let in, TL-3.7), the working group,
 * signatures, and the audit trail.
 */
public final class PersonalDataPurge {
  private PersonalDataPurge() {}

  /** The year with the personal data removed from every event whose data the calendar keeps only until before {@code now}. */
  public static ForumYear purge(ForumYear year, PolicyCalendar calendar, Instant now) {
    LocalDateTime helsinkiNow = HelsinkiTime.wallTime(now);
    return ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(event -> calendar.personalDataKeptUntil(event.end()).isBefore(helsinkiNow) ? purge(event) : event)
        .collect(ImmutableList.toImmutableList()));
  }

  private static ForumEvent purge(ForumEvent event) {
    ImmutableForumEvent purged = ImmutableForumEvent.copyOf(event).withParticipants(event.participants().stream()
        .map(participant -> ImmutableParticipant.copyOf(participant).withPerson(Optional.empty()))
        .collect(ImmutableList.toImmutableList()));
    return event.feedbackWindow().map(window -> purged.withFeedbackWindow(anonymous(window))).orElse(purged);
  }

  private static FeedbackWindow anonymous(FeedbackWindow window) {
    return ImmutableFeedbackWindow.copyOf(window).withComments(window.comments().stream()
        .map(comment -> ImmutableFeedbackComment.copyOf(comment).withAuthor(Optional.empty()))
        .collect(ImmutableList.toImmutableList()));
  }
}
