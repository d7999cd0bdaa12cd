package fi.hyvinvointialue.forum.domain;

import java.time.LocalDate;
import org.immutables.value.Value;

/** One planned message about one event in one channel. */
@Value.Immutable
@ForumStyle
public interface CommunicationEntry {
  String eventId();

  Channel channel();

  LocalDate plannedOn();
}
