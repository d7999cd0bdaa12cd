package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.OrganisationKind;

/** KE-1: entrepreneur organisations are permanent members of the forum. */
final class EntrepreneurOrganisationsArePermanentMembers extends ProposalRule {
  EntrepreneurOrganisationsArePermanentMembers() {
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
