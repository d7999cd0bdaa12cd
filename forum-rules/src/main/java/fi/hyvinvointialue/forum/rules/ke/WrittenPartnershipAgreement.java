package fi.hyvinvointialue.forum.rules.ke;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import fi.hyvinvointialue.forum.domain.Signature;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Names;
import fi.hyvinvointialue.forum.rules.core.Organisations;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * KE-4: a written partnership agreement names shared goals and binds the county, municipalities,
 * entrepreneurs and organisations: at least one party of each kind has signed it.
 */
public final class WrittenPartnershipAgreement extends ProposalRule {
  public WrittenPartnershipAgreement() {
    super("written-partnership-agreement", "KE-4");
  }

  @Override
  ImmutableList<Finding> checkAdopted(CheckContext context) {
    if (context.year().partnershipAgreement().isEmpty()) {
      return ImmutableList.of(finding("missing", Severity.VIOLATION, Events.subject(context.year()),
          ImmutableMap.of("year", Integer.toString(context.year().year()))));
    }
    PartnershipAgreement agreement = context.year().partnershipAgreement().get();
    Subject subject = Subject.of(SubjectKind.AGREEMENT, agreement.title());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (!agreement.written()) {
      findings.add(finding("not-written", Severity.VIOLATION, subject, ImmutableMap.of("title", agreement.title())));
    }
    if (agreement.sharedGoals().isEmpty()) {
      findings.add(finding("no-goals", Severity.VIOLATION, subject, ImmutableMap.of("title", agreement.title())));
    }
    Set<OrganisationKind> unsigned = Organisations.missingPartnershipKinds(signedParties(agreement));
    if (!unsigned.isEmpty()) {
      findings.add(finding(Severity.VIOLATION, subject,
          ImmutableMap.of("title", agreement.title(), "missing", Names.ofEnums(unsigned))));
    }
    return findings.build();
  }

  private static List<Organisation> signedParties(PartnershipAgreement agreement) {
    List<Organisation> signed = new ArrayList<>();
    for (Organisation party : agreement.parties()) {
      for (Signature signature : agreement.signatures()) {
        if (signature.party().equals(party.name())) {
          signed.add(party);
          break;
        }
      }
    }
    return signed;
  }
}
