package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.CouncilTerm;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import java.util.Optional;

/**
 * TL-3.6: the group's term is the council's term: it starts and ends with a council term, the year
 * checked falls (at least partly) in it, and no member sits outside it.
 */
public final class WorkingGroupTermIsCouncilTerm extends WorkingGroupRule {
  public WorkingGroupTermIsCouncilTerm() {
    super("working-group-term-is-council-term", "TL-3.6");
  }

  @Override
  void check(CheckContext context, WorkingGroup group, Subject subject, ImmutableList.Builder<Finding> findings) {
    String start = group.termStart().toString();
    String end = group.termEnd().toString();
    CouncilTerm term = group.term();
    if (!term.isCouncilTerm()) {
      Optional<CouncilTerm> expected = term.councilTermOfItsStart();
      findings.add(finding("not-a-term", Severity.VIOLATION, subject,
          ImmutableMap.of("start", start, "end", end,
              "termStart", expected.map(council -> council.start().toString()).orElse("-"),
              "termEnd", expected.map(council -> council.end().toString()).orElse("-"))));
    }
    int year = context.year().year();
    if (!term.covers(year)) {
      findings.add(finding("not-current", Severity.VIOLATION, subject,
          ImmutableMap.of("start", start, "end", end, "year", Integer.toString(year))));
    }
    for (WorkingGroupMember member : group.members()) {
      if (member.memberFrom().isBefore(group.termStart()) || member.memberUntil().isAfter(group.termEnd())) {
        findings.add(finding("member-outside", Severity.VIOLATION, subject,
            ImmutableMap.of("member", member.name(), "from", member.memberFrom().toString(),
                "until", member.memberUntil().toString(), "start", start, "end", end)));
      }
    }
  }
}
