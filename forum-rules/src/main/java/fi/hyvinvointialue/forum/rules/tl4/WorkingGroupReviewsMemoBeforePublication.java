package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.LocalDateTime;

/**
 * TL-4.10: the working group checks the memo before it is published: a published memo has a review no
 * later than its publication, and no review precedes the draft's completion.
 */
public final class WorkingGroupReviewsMemoBeforePublication extends EventRule {
  public WorkingGroupReviewsMemoBeforePublication() {
    super("working-group-reviews-memo-before-publication", "TL-4.10");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    if (event.memo().isEmpty()) {
      return;
    }
    Memo memo = event.memo().get();
    if (memo.reviewedAt().isPresent() && memo.completedAt().isPresent()
        && memo.reviewedAt().get().isBefore(memo.completedAt().get())) {
      findings.add(finding("before-completion", Severity.VIOLATION, Events.memoSubject(event),
          ImmutableMap.of("start", Events.day(event), "reviewed", memo.reviewedAt().get().toString(),
              "completed", memo.completedAt().get().toString())));
    }
    if (memo.publishedAt().isEmpty()) {
      return;
    }
    LocalDateTime published = memo.publishedAt().get();
    if (memo.reviewedAt().isEmpty()) {
      findings.add(finding("unreviewed", Severity.VIOLATION, Events.memoSubject(event),
          ImmutableMap.of("start", Events.day(event), "published", published.toString())));
    } else if (memo.reviewedAt().get().isAfter(published)) {
      findings.add(finding(Severity.VIOLATION, Events.memoSubject(event),
          ImmutableMap.of("start", Events.day(event), "reviewed", memo.reviewedAt().get().toString(),
              "published", published.toString())));
    }
  }
}
