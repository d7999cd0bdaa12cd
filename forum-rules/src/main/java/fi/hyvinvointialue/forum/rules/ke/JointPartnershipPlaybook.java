package fi.hyvinvointialue.forum.rules.ke;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.Playbook;
import fi.hyvinvointialue.forum.domain.PlaybookSection;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Names;
import fi.hyvinvointialue.forum.rules.core.Organisations;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * KE-3: a joint playbook of ways of working, rules and goals, accounting for real costs and
 * collective-agreement differences, prepared by the county, municipalities, entrepreneurs and the third sector.
 */
public final class JointPartnershipPlaybook extends ProposalRule {
  public JointPartnershipPlaybook() {
    super("joint-partnership-playbook", "KE-3");
  }

  @Override
  ImmutableList<Finding> checkAdopted(CheckContext context) {
    if (context.year().playbook().isEmpty()) {
      return ImmutableList.of(finding("missing", Severity.VIOLATION, Events.subject(context.year()),
          ImmutableMap.of("year", Integer.toString(context.year().year()))));
    }
    Playbook playbook = context.year().playbook().get();
    Subject subject = Subject.of(SubjectKind.PLAYBOOK, playbook.title());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    Set<PlaybookSection> sections = EnumSet.allOf(PlaybookSection.class);
    sections.removeAll(playbook.sections());
    if (!sections.isEmpty()) {
      findings.add(finding("sections", Severity.VIOLATION, subject, ImmutableMap.of("missing", Names.ofEnums(sections))));
    }
    Set<OrganisationKind> authors = Organisations.missingPartnershipKinds(playbook.authors());
    if (!authors.isEmpty()) {
      findings.add(finding("authors", Severity.VIOLATION, subject, ImmutableMap.of("missing", Names.ofEnums(authors))));
    }
    return findings.build();
  }
}
