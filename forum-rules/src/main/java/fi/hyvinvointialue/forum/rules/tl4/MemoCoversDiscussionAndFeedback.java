package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.FeedbackComment;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * TL-4.8: a memo records the discussion and the electronic comments, so it cannot be complete (or
 * published) before the feedback window closes, and it takes in the comments received (leaving one out
 * is a warning: it may be off topic). A memo not drawn up is late after the county's days from the
 * feedback window's close ({@link CheckContext#overdue}, INTERPRETATIONS.md, I-5).
 */
public final class MemoCoversDiscussionAndFeedback extends EventRule {
  public MemoCoversDiscussionAndFeedback() {
    super("memo-covers-discussion-and-feedback", "TL-4.8");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    if (event.memo().isEmpty()) {
      LocalDate due = context.calendar().memoDue(event);
      context.overdue(event, due).ifPresent(severity -> findings.add(finding("missing", severity, Events.memoSubject(event),
          ImmutableMap.of("start", Events.day(event), "due", due.toString()))));
      return;
    }
    Memo memo = event.memo().get();
    if (!memo.coversDiscussion()) {
      findings.add(dayFinding("no-discussion", Severity.VIOLATION, Events.memoSubject(event), event));
    }
    if (!memo.coversFeedback()) {
      findings.add(dayFinding("no-feedback", Severity.VIOLATION, Events.memoSubject(event), event));
    }
    if (event.feedbackWindow().isEmpty()) {
      return;
    }
    FeedbackWindow window = event.feedbackWindow().get();
    Optional<LocalDateTime> done = memo.completedAt().or(memo::publishedAt);
    if (done.isPresent() && done.get().isBefore(window.closesAt())) {
      findings.add(finding("before-feedback-closed", Severity.VIOLATION, Events.memoSubject(event),
          ImmutableMap.of("start", Events.day(event), "completed", done.get().toString(), "closes", window.closesAt().toString())));
    }
    int leftOut = 0;
    for (FeedbackComment comment : window.comments()) {
      if (!memo.includedCommentIds().contains(comment.id())) {
        leftOut++;
      }
    }
    if (leftOut > 0) {
      findings.add(finding("comments-left-out", Severity.WARNING, Events.memoSubject(event),
          ImmutableMap.of("start", Events.day(event), "leftOut", Integer.toString(leftOut),
              "received", Integer.toString(window.comments().size()))));
    }
  }
}
