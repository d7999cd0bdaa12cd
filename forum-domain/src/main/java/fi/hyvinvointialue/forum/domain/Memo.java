package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** The memo of an event: discussion and feedback, reviewed, published and delivered (TL-4.8–4.10). */
@Value.Immutable
@ForumStyle
public interface Memo {
  /** When the draft was completed. */
  Optional<LocalDateTime> completedAt();

  /** The memo records the discussion held at the event. */
  boolean coversDiscussion();

  /** The memo records the comments received electronically. */
  boolean coversFeedback();

  /** The feedback comments the memo takes in, by id. */
  ImmutableSet<String> includedCommentIds();

  ImmutableList<MemoItem> items();

  /** When the working group checked it (TL-4.10). */
  Optional<LocalDateTime> reviewedAt();

  Optional<LocalDateTime> publishedAt();

  ImmutableList<MemoDelivery> deliveries();
}
