package fi.hyvinvointialue.forum.rules.core;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;

/**
 * A rule that looks at one event at a time. By default it applies to open forums that are not
 * cancelled (INTERPRETATIONS.md, I-6 and I-7).
 */
public abstract class EventRule extends NamedRule {
  protected EventRule(String id, String clauseId) {
    super(id, clauseId);
  }

  @Override
  public final ImmutableList<Finding> check(CheckContext context) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (ForumEvent event : context.year().events()) {
      if (appliesTo(event)) {
        check(context, event, findings);
      }
    }
    return findings.build();
  }

  protected boolean appliesTo(ForumEvent event) {
    return Events.isActiveForum(event);
  }

  protected abstract void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings);
}
