package fi.hyvinvointialue.forum.domain.profile;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.Recording;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place where the profile's periods become dates: every deadline the policy derives for an
 * event, counted in calendar days on the Helsinki wall clock (a week across a daylight-saving change is
 * still seven days). The rules, the planner, the use cases, the feed and the pages all ask it, so the
 * verdict, the plan and the pictures never disagree about a date; an architecture test keeps everything
 * else from reading the periods off the profile.
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

  /** TL-4.6: the earliest moment a feedback window may close when commenting counts from {@code from} (the event's end). */
  public LocalDateTime feedbackOpenUntil(LocalDateTime from) {
    return from.plusDays(profile.feedbackMinDays());
  }

  /** TL-4.7: when a recording published at {@code published} comes down, the profile's days later. */
  public LocalDateTime recordingAvailableUntil(LocalDateTime published) {
    return published.plusDays(profile.recordingAvailableDays());
  }

  /** I-5: the last day the event's recording may be published on, the county's days after the event. */
  public LocalDate recordingDue(ForumEvent event) {
    return event.end().toLocalDate().plusDays(profile.recordingPublicationDays());
  }

  /**
   * I-5: the last day the event's memo may reach its recipients on, the county's days after the feedback
   * window closes (its own close, else the earliest the policy allows).
   */
  public LocalDate memoDue(ForumEvent event) {
    return feedbackClosed(event).toLocalDate().plusDays(profile.memoDeliveryDays());
  }

  /**
   * The first day of the summer break in the year: the Monday of the week of Midsummer Eve (the Friday
   * between 19 and 25 June).
   */
  public LocalDate summerBreakFrom(int year) {
    LocalDate midsummerEve = LocalDate.of(year, Month.JUNE, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    return midsummerEve.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The last day of the summer break in the year (the profile's {@code summerBreakUntil}). */
  public LocalDate summerBreakUntil(int year) {
    return profile.summerBreakUntil().atYear(year);
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

  /** How long the personal data of an event that ended at {@code eventEnd} are kept: until then (the profile's retention). */
  public LocalDateTime personalDataKeptUntil(LocalDateTime eventEnd) {
    return eventEnd.plus(profile.personalDataRetention());
  }

  /**
   * The secretary's deadlines for the event, each with whether the record shows it done by the Helsinki
   * time {@code asOf} (a plan's future dates are intentions, not deeds): every material and announcement
   * channel, the feedback window, the recording's publication, captions and takedown, and the memo's
   * review, publication and delivery to each recipient. Only open forums that are not cancelled have
   * them (INTERPRETATIONS.md, I-6 and I-7).
   */
  public ImmutableList<Deadline> deadlines(ForumEvent event, LocalDateTime asOf) {
    if (!event.isOpenForum() || event.status() == EventStatus.CANCELLED) {
      return ImmutableList.of();
    }
    LocalDate day = event.start().toLocalDate();
    ImmutableList.Builder<Deadline> deadlines = ImmutableList.builder();
    for (MaterialKind material : profile.requiredMaterials()) {
      boolean published = event.publications().stream().anyMatch(publication -> publication.material() == material
          && publication.channel() == profile.publicationChannel() && !publication.publishedAt().isAfter(asOf));
      deadlines.add(new Deadline(Deadline.Kind.MATERIALS, event.id(), Optional.of(material.name()), materialsDue(day), published));
    }
    for (Channel channel : profile.announcementChannels()) {
      boolean announced = event.announcements().stream()
          .anyMatch(announcement -> announcement.channel() == channel && !announcement.announcedAt().isAfter(asOf));
      deadlines.add(new Deadline(Deadline.Kind.ANNOUNCEMENT, event.id(), Optional.of(channel.name()), announcementDue(day), announced));
    }
    deadlines.add(new Deadline(Deadline.Kind.FEEDBACK_CLOSES, event.id(), Optional.empty(), feedbackClosed(event).toLocalDate(),
        !feedbackClosed(event).isAfter(asOf)));
    Optional<Recording> recording = event.recording();
    Optional<LocalDateTime> published = recording.flatMap(Recording::publishedAt);
    boolean isPublished = published.filter(at -> !at.isAfter(asOf)).isPresent();
    deadlines.add(new Deadline(Deadline.Kind.RECORDING_PUBLICATION, event.id(), Optional.empty(), recordingDue(event), isPublished));
    deadlines.add(new Deadline(Deadline.Kind.RECORDING_CAPTIONS, event.id(), Optional.empty(),
        published.map(LocalDateTime::toLocalDate).orElse(recordingDue(event)),
        isPublished && recording.map(Recording::accessible).orElse(false)));
    published.ifPresent(at -> deadlines.add(new Deadline(Deadline.Kind.RECORDING_TAKEDOWN, event.id(), Optional.empty(),
        recordingAvailableUntil(at).toLocalDate(), recording.flatMap(Recording::removedAt).filter(removed -> !removed.isAfter(asOf)).isPresent())));
    LocalDate memoDue = memoDue(event);
    Optional<Memo> memo = event.memo();
    deadlines.add(new Deadline(Deadline.Kind.MEMO_REVIEW, event.id(), Optional.empty(), memoDue,
        memo.flatMap(Memo::reviewedAt).filter(at -> !at.isAfter(asOf)).isPresent()));
    deadlines.add(new Deadline(Deadline.Kind.MEMO_PUBLICATION, event.id(), Optional.empty(), memoDue,
        memo.flatMap(Memo::publishedAt).filter(at -> !at.isAfter(asOf)).isPresent()));
    for (MemoRecipient recipient : MemoRecipient.of(profile, event)) {
      deadlines.add(new Deadline(Deadline.Kind.MEMO_DELIVERY, event.id(),
          Optional.of(recipient.name().orElse(recipient.kind() == RecipientKind.REGIONAL_BOARD ? profile.regionalBoard() : recipient.kind().name())),
          memoDue, memo.map(written -> recipient.reachedBy(written, asOf)).orElse(false)));
    }
    return deadlines.build();
  }

  /** Every date the policy derives for this event from its plan and its record so far. */
  public EventDeadlines of(ForumEvent event) {
    LocalDate day = event.start().toLocalDate();
    return new EventDeadlines(
        materialsDue(day),
        announcementDue(day),
        event.end(),
        feedbackClosed(event),
        recordingDue(event),
        event.recording().flatMap(Recording::publishedAt).map(this::recordingAvailableUntil),
        memoDue(event));
  }

  private LocalDateTime feedbackClosed(ForumEvent event) {
    return event.feedbackWindow().map(FeedbackWindow::closesAt).orElseGet(() -> feedbackOpenUntil(event.end()));
  }

  // The periods themselves, for messages that quote them and searches that step by them; a date is asked for above.

  /** TL-4.1: the days materials are published ahead. */
  public int publicationLeadDays() {
    return profile.publicationLeadDays();
  }

  /** TL-4.6: the days commenting stays open after the event. */
  public int feedbackMinDays() {
    return profile.feedbackMinDays();
  }

  /** TL-4.7: the days a recording stays on the website. */
  public int recordingAvailableDays() {
    return profile.recordingAvailableDays();
  }

  /** TL-3.3: the days a forum comes before the decision it feeds. */
  public int decisionMarginDays() {
    return profile.decisionMarginDays();
  }

  /** TL-2.1: the longest gap between consecutive open forums. */
  public int maxDaysBetweenForums() {
    return profile.maxDaysBetweenForums();
  }

  /** TL-2.1: the fewest days between consecutive open forums before they are bunched, as messages quote it. */
  public int minDaysBetweenForums() {
    return profile.minDaysBetweenForums();
  }

  /** How long personal data are kept after the event. */
  public Period personalDataRetention() {
    return profile.personalDataRetention();
  }

  /**
   * The dates of one event.
   *
   * @param materialsDue TL-4.1: the last day the materials may be published on
   * @param announcementDue TL-4.3: the last day the date may be announced on
   * @param feedbackOpenBy TL-4.6: when commenting should be possible (the end of the event; later is a warning)
   * @param feedbackOpenUntil TL-4.6: when the window closes: its own close, else the earliest the policy allows
   * @param recordingDue I-5: the last day the recording may be published on
   * @param recordingAvailableUntil TL-4.7: when the recording comes down, once it is published
   * @param memoDue I-5: the last day the memo may reach its recipients on
   */
  public record EventDeadlines(LocalDate materialsDue, LocalDate announcementDue, LocalDateTime feedbackOpenBy,
      LocalDateTime feedbackOpenUntil, LocalDate recordingDue, Optional<LocalDateTime> recordingAvailableUntil,
      LocalDate memoDue) {}
}
