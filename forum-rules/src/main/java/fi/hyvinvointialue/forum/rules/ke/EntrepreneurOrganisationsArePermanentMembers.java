package fi.hyvinvointialue.forum.rules.ke;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Organisations;
import fi.hyvinvointialue.forum.rules.core.Severity;

/** KE-1: entrepreneur organisations are permanent members of the forum. */
public final class EntrepreneurOrganisationsArePermanentMembers extends ProposalRule {
  public EntrepreneurOrganisationsArePermanentMembers() {
    super("entrepreneur-organisations-are-permanent-members", "KE-1");
  }

  @Override
  ImmutableList<Finding> checkAdopted(CheckContext context) {
    if (Organisations.anyOfKind(context.year().permanentMembers(), OrganisationKind.ENTREPRENEUR_ORGANISATION)) {
      return ImmutableList.of();
    }
    return ImmutableList.of(finding(Severity.VIOLATION, Events.subject(context.year()),
        ImmutableMap.of("year", Integer.toString(context.year().year()),
            "members", Integer.toString(context.year().permanentMembers().size()))));
  }
}
