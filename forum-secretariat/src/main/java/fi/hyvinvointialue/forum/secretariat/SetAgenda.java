package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import org.immutables.value.Value;

/** Set the event's agenda, replacing the earlier one. */
@Value.Immutable
@ForumStyle
public interface SetAgenda extends EventRequest {
  ImmutableList<AgendaItem> items();
}
