package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import org.immutables.value.Value;

/** Schedule one forum or targeted event. */
@Value.Immutable
@ForumStyle
public interface ScheduleEvent extends Request {
  EventPlan event();
}
