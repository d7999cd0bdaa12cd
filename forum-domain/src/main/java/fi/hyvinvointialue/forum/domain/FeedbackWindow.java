package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** The electronic channel for comments after an event (TL-4.6), open from one Helsinki time to another. */
@Value.Immutable
@ForumStyle
public interface FeedbackWindow {
  LocalDateTime opensAt();

  LocalDateTime closesAt();

  Optional<URI> uri();

  ImmutableList<FeedbackComment> comments();

  @Value.Check
  default void check() {
    Checks.after(closesAt(), opensAt(), "feedbackWindow.closesAt", "feedbackWindow.opensAt");
    Checks.uniqueIds(comments(), FeedbackComment::id, "feedbackWindow.comments");
  }
}
