package fi.hyvinvointialue.forum.domain;

import java.time.LocalDateTime;
import org.immutables.value.Value;

/** The memo delivered for information to one recipient (TL-4.8). */
@Value.Immutable
@ForumStyle
public interface MemoDelivery {
  RecipientKind recipientKind();

  /** The board's name, "aluehallitus", or the presenter's name. */
  String recipient();

  LocalDateTime deliveredAt();

  @Value.Check
  default void check() {
    Checks.notBlank(recipient(), "memoDelivery.recipient");
  }
}
