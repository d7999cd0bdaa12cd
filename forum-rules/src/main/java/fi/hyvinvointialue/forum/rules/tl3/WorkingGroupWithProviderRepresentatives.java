package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.MemberRole;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.time.LocalDate;

/**
 * TL-3.4: the county prepares the content with a working group to which providers' representatives are
 * invited: the year has a group, and some provider representative is a member during the year.
 */
public final class WorkingGroupWithProviderRepresentatives extends NamedRule {
  public WorkingGroupWithProviderRepresentatives() {
    super("working-group-with-provider-representatives", "TL-3.4");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    int year = context.year().year();
    ImmutableMap<String, String> facts = ImmutableMap.of("year", Integer.toString(year));
    if (context.year().workingGroup().isEmpty()) {
      return ImmutableList.of(finding("missing", Severity.VIOLATION, Events.subject(context.year()), facts));
    }
    WorkingGroup group = context.year().workingGroup().get();
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    for (WorkingGroupMember member : group.members()) {
      if (member.role() == MemberRole.PROVIDER_REPRESENTATIVE
          && !member.memberFrom().isAfter(last) && !member.memberUntil().isBefore(first)) {
        return ImmutableList.of();
      }
    }
    return ImmutableList.of(finding(Severity.VIOLATION, Subject.of(SubjectKind.WORKING_GROUP, group.termStart().toString()),
        facts));
  }
}
