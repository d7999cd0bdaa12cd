package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import org.immutables.value.Value;

/** Record that the memo was delivered now to one recipient (TL-4.8). */
@Value.Immutable
@ForumStyle
public interface DeliverMemo extends EventRequest {
  RecipientKind recipientKind();

  /** The board's name, the regional board's, or the presenter's. */
  String recipient();
}
