package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What the public may see of a year at a moment: nothing the domain classifies as personal data ({@link PersonalData}),
 * and no draft. A memo is a draft until it is published (Openness Act 621/1999 § 5–6: a document an authority is
 * still preparing becomes public when it is finished, here when the working group has reviewed it and it is
 * published, TL-4.10). Pages, feeds and the API's public answers all show this view and no other.
 */
public final class PublicView {
  private PublicView() {}

  /** The year as the public may see it at {@code helsinkiNow}. */
  public static ForumYear of(ForumYear year, LocalDateTime helsinkiNow) {
    ForumYear withoutPersonalData = PersonalData.publicView(year);
    return ImmutableForumYear.copyOf(withoutPersonalData).withEvents(withoutPersonalData.events().stream()
        .map(event -> isDraft(event.memo(), helsinkiNow) ? ImmutableForumEvent.copyOf(event).withMemo(Optional.empty()) : event)
        .collect(ImmutableList.toImmutableList()));
  }

  /** How many of the year's memos are drafts at {@code helsinkiNow}, withheld from the public. */
  public static int draftsWithheld(ForumYear year, LocalDateTime helsinkiNow) {
    return (int) year.events().stream().filter(event -> isDraft(event.memo(), helsinkiNow)).count();
  }

  private static boolean isDraft(Optional<Memo> memo, LocalDateTime helsinkiNow) {
    return memo.isPresent() && memo.get().publishedAt().filter(published -> !published.isAfter(helsinkiNow)).isEmpty();
  }
}
