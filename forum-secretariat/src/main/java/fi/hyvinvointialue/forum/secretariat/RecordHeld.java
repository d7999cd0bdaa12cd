package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.Participant;
import org.immutables.value.Value;

/** Record that the event was held, with who took part. */
@Value.Immutable
@ForumStyle
public interface RecordHeld extends EventRequest {
  ImmutableList<Participant> participants();
}
