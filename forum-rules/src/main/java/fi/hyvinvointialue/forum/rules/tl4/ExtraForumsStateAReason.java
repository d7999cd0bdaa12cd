package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.util.List;

/**
 * TL-4.4: more than {@code maxForumsPerYear} forums are held when needed, so every forum beyond the
 * maximum states why: at least as many forums as exceed the maximum carry a reason, whichever they are
 * (INTERPRETATIONS.md, I-9).
 */
public final class ExtraForumsStateAReason extends NamedRule {
  public ExtraForumsStateAReason() {
    super("extra-forums-state-a-reason", "TL-4.4");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    List<ForumEvent> forums = context.activeForums();
    int max = context.profile().maxForumsPerYear();
    int extra = forums.size() - max;
    if (extra <= 0) {
      return ImmutableList.of();
    }
    int reasoned = 0;
    for (ForumEvent forum : forums) {
      if (forum.additionalReason().filter(reason -> !reason.isBlank()).isPresent()) {
        reasoned++;
      }
    }
    if (reasoned >= extra) {
      return ImmutableList.of();
    }
    return ImmutableList.of(finding(Severity.VIOLATION, Events.subject(context.year()),
        ImmutableMap.of("year", Integer.toString(context.year().year()), "count", Integer.toString(forums.size()),
            "max", Integer.toString(max), "extra", Integer.toString(extra), "reasoned", Integer.toString(reasoned))));
  }
}
