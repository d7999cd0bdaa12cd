package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;

/**
 * A rule about the working group's make-up or term. Without a group it is silent: TL-3.4 reports the
 * missing group, one cause, one finding.
 */
abstract class WorkingGroupRule extends NamedRule {
  WorkingGroupRule(String id, String clauseId) {
    super(id, clauseId);
  }

  @Override
  public final ImmutableList<Finding> check(CheckContext context) {
    if (context.year().workingGroup().isEmpty()) {
      return ImmutableList.of();
    }
    WorkingGroup group = context.year().workingGroup().get();
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    check(context, group, Subject.of(SubjectKind.WORKING_GROUP, group.termStart().toString()), findings);
    return findings.build();
  }

  abstract void check(CheckContext context, WorkingGroup group, Subject subject, ImmutableList.Builder<Finding> findings);
}
