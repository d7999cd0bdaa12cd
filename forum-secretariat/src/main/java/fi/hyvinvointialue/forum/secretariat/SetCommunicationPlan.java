package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import org.immutables.value.Value;

/** Set the year's communication plan (TL-5.1, TL-5.2), replacing the earlier one. */
@Value.Immutable
@ForumStyle
public interface SetCommunicationPlan extends Request {
  CommunicationPlan plan();
}
