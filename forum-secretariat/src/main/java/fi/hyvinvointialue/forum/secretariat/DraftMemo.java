package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.MemoItem;
import org.immutables.value.Value;

/** Complete the memo's draft now (TL-4.8, TL-4.9); a redraft needs the working group's review again. */
@Value.Immutable
@ForumStyle
public interface DraftMemo extends EventRequest {
  boolean coversDiscussion();

  boolean coversFeedback();

  ImmutableSet<String> includedCommentIds();

  ImmutableList<MemoItem> items();
}
