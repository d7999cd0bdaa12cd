package fi.hyvinvointialue.forum.domain.profile;

import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Recording;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place where the profile's periods become dates: every deadline the policy derives for an
 * event, counted in calendar days on the Helsinki wall clock (a week across a daylight-saving change is
 * still seven days). The rules, the planner, the use cases, the feed and the pages all ask it, so the
 * verdict, the plan and the pictures never disagree about a date.
 */
public final class PolicyCalendar {
  private final PolicyProfile profile;

  private PolicyCalendar(PolicyProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  public static PolicyCalendar of(PolicyProfile profile) {
    return new PolicyCalendar(profile);
  }

  /** TL-4.1: the last day the materials of a forum starting on {@code forumDay} may be published on. */
  public LocalDate materialsDue(LocalDate forumDay) {
    return forumDay.minusDays(profile.publicationLeadDays());
  }

  /** TL-4.3: the last day the date of a forum starting on {@code forumDay} may be announced on (I-12: with the materials). */
  public LocalDate announcementDue(LocalDate forumDay) {
    return materialsDue(forumDay);
  }

  /** TL-4.6: the earliest moment a feedback window may close: the profile's days after the event ends. */
  public LocalDateTime feedbackOpenUntil(LocalDateTime eventEnd) {
    return eventEnd.plusDays(profile.feedbackMinDays());
  }

  /** TL-4.7: the day a recording published on {@code published} stays watchable until. */
  public LocalDate recordingAvailableUntil(LocalDate published) {
    return published.plusDays(profile.recordingAvailableDays());
  }

  /** TL-3.3: the last day a forum (and so its memo) may be held to feed a decision taken on {@code decisionDay}. */
  public LocalDate lastForumDayFor(LocalDate decisionDay) {
    return decisionDay.minusDays(profile.decisionMarginDays());
  }

  /** TL-2.1: the last day the next open forum may be held after one on {@code forumDay}, before it is bunching. */
  public LocalDate latestNextForum(LocalDate forumDay) {
    return forumDay.plusDays(profile.maxDaysBetweenForums());
  }

  /** TL-2.1: the first day the next open forum may be held after one on {@code forumDay} without bunching (a warning). */
  public LocalDate earliestNextForum(LocalDate forumDay) {
    return forumDay.plusDays(profile.minDaysBetweenForums());
  }

  /** The day personal data of an event held on {@code forumDay} is kept until (the profile's retention). */
  public LocalDate personalDataKeptUntil(LocalDate forumDay) {
    return forumDay.plus(profile.personalDataRetention());
  }

  /** Every date the policy derives for this event from its plan and its record so far. */
  public EventDeadlines of(ForumEvent event) {
    LocalDate day = event.start().toLocalDate();
    return new EventDeadlines(
        materialsDue(day),
        announcementDue(day),
        event.end(),
        event.feedbackWindow().map(FeedbackWindow::closesAt).orElse(feedbackOpenUntil(event.end())),
        event.recording().flatMap(Recording::publishedAt).map(published -> recordingAvailableUntil(published.toLocalDate())));
  }

  /**
   * The dates of one event.
   *
   * @param materialsDue TL-4.1: the last day the materials may be published on
   * @param announcementDue TL-4.3: the last day the date may be announced on
   * @param feedbackOpenBy TL-4.6: when commenting should be possible (the end of the event; later is a warning)
   * @param feedbackOpenUntil TL-4.6: when the window closes: its own close, else the earliest the policy allows
   * @param recordingAvailableUntil TL-4.7: the day the recording stays watchable until, once it is published
   */
  public record EventDeadlines(LocalDate materialsDue, LocalDate announcementDue, LocalDateTime feedbackOpenBy,
      LocalDateTime feedbackOpenUntil, Optional<LocalDate> recordingAvailableUntil) {}
}
