package fi.hyvinvointialue.forum.planning;

import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Derives a forum's schedule from its day. Office work (publishing, announcing, drafting, reviewing,
 * delivering) falls on working days; the feedback window and the recording run on calendar days,
 * as the policy counts them. A later forum day never gives an earlier date, which the planner's
 * searches rely on.
 */
final class Scheduler {
  /** When office work is planned for on its day. */
  static final LocalTime OFFICE_TIME = LocalTime.of(9, 0);

  private final PlanningRequest request;
  private final PolicyCalendar calendar;
  private final WorkingDays workingDays;

  Scheduler(PlanningRequest request, WorkingDays workingDays) {
    this.request = request;
    this.calendar = request.calendar();
    this.workingDays = workingDays;
  }

  ForumSchedule on(LocalDate day) {
    LocalDateTime start = day.atTime(request.startTime());
    LocalDateTime end = start.plus(request.duration());
    LocalDate materialsDeadline = calendar.materialsDue(day);
    LocalDateTime feedbackCloses = calendar.feedbackOpenUntil(end).plusDays(request.feedbackBufferDays());
    LocalDateTime recordingPublished = office(workingDays.after(day, 1));
    LocalDate memoCompleted = workingDays.after(feedbackCloses.toLocalDate(), request.memoDraftingWorkingDays());
    LocalDate memoReviewed = workingDays.after(memoCompleted, request.memoReviewWorkingDays());
    LocalDateTime memoPublished = office(workingDays.after(memoReviewed, 1));
    ImmutableForumSchedule.Builder schedule = ImmutableForumSchedule.builder();
    LocalDateTime recordingRemoved = calendar.recordingAvailableUntil(recordingPublished);
    if (recordingRemoved.isAfter(recordingPublished)) {
      schedule.recordingRemovedAt(recordingRemoved);
    }
    return schedule
        .day(day)
        .start(start)
        .end(end)
        .announcedAt(office(workingDays.onOrBefore(day.minusDays(request.announcementLeadDays()))))
        .materialsDeadline(materialsDeadline)
        .materialsPublishedAt(office(workingDays.onOrBefore(materialsDeadline.minusDays(request.publicationBufferDays()))))
        .feedbackOpensAt(end)
        .feedbackClosesAt(feedbackCloses)
        .recordingPublishedAt(recordingPublished)
        .memoCompletedAt(office(memoCompleted))
        .memoReviewedAt(office(memoReviewed))
        .memoPublishedAt(memoPublished)
        .memoDeliveredAt(memoPublished)
        .build();
  }

  private static LocalDateTime office(LocalDate day) {
    return day.atTime(OFFICE_TIME);
  }
}
