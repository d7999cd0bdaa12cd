package fi.hyvinvointialue.forum.rules.tl5;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.profile.PartnerRequirement;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Names;
import fi.hyvinvointialue.forum.rules.core.Organisations;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.util.Set;
import java.util.TreeSet;

/**
 * TL-5.2: communication is done together with the partners the profile names, matched by kind; a
 * partner missing from the plan is a warning. Without a plan this rule is silent: TL-5.1 reports it.
 */
public final class CommunicationWithRegionalPartners extends NamedRule {
  public CommunicationWithRegionalPartners() {
    super("communication-with-regional-partners", "TL-5.2");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    if (context.year().communicationPlan().isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList<Organisation> partners = context.year().communicationPlan().get().partners();
    Set<String> missing = new TreeSet<>();
    for (PartnerRequirement requirement : context.profile().communicationPartners()) {
      if (!Organisations.anyOfKind(partners, requirement.kind())) {
        missing.add(requirement.description());
      }
    }
    if (missing.isEmpty()) {
      return ImmutableList.of();
    }
    return ImmutableList.of(finding(Severity.WARNING,
        Subject.of(SubjectKind.COMMUNICATION_PLAN, Integer.toString(context.year().year())),
        ImmutableMap.of("missing", Names.of(missing))));
  }
}
