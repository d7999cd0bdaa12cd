package fi.hyvinvointialue.forum.planning;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One forum's dates from announcement to memo, as the planner derives them from the forum's day:
 * the policy's deadlines and the dates planned to meet them. Times are Helsinki wall-clock times.
 */
@Value.Immutable
@ForumStyle
public interface ForumSchedule {
  LocalDate day();

  LocalDateTime start();

  LocalDateTime end();

  /** TL-4.3: the date is announced in every announcement channel. */
  LocalDateTime announcedAt();

  /** TL-4.1: the last day the materials may go up. */
  LocalDate materialsDeadline();

  /** TL-4.1: when they are planned to go up, with the buffer, on a working day. */
  LocalDateTime materialsPublishedAt();

  /** TL-4.6: opens as the forum ends. */
  LocalDateTime feedbackOpensAt();

  LocalDateTime feedbackClosesAt();

  /** TL-4.7 */
  LocalDateTime recordingPublishedAt();

  /** Empty when the profile keeps recordings up for no days at all: there is nothing to take down. */
  Optional<LocalDateTime> recordingRemovedAt();

  /** TL-4.8: drafted once feedback has closed, so it covers the comments. */
  LocalDateTime memoCompletedAt();

  /** TL-4.10: checked by the working group before it is published. */
  LocalDateTime memoReviewedAt();

  LocalDateTime memoPublishedAt();

  /** TL-4.8: delivered to the boards, the regional board and the presenters. */
  LocalDateTime memoDeliveredAt();
}
