package fi.hyvinvointialue.forum.domain;

import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A comment received through the electronic feedback window; its author is personal data. */
@Value.Immutable
@ForumStyle
public interface FeedbackComment {
  String id();

  LocalDateTime receivedAt();

  String text();

  /** Emptied by the retention purge, while the comment's text stays for the memo. */
  Optional<String> author();

  @Value.Check
  default void check() {
    Checks.notBlank(id(), "feedbackComment.id");
  }
}
