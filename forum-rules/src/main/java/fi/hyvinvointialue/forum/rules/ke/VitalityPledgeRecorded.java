package fi.hyvinvointialue.forum.rules.ke;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import fi.hyvinvointialue.forum.domain.VitalityPledge;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;

/**
 * KE-5: the parties join the regional vitality pledge: the commitment is recorded with the agreement and
 * names at least one committed party. Without an agreement this rule reports it only where KE-4, which
 * reports it too, is not adopted: one cause, one finding.
 */
public final class VitalityPledgeRecorded extends ProposalRule {
  public VitalityPledgeRecorded() {
    super("vitality-pledge-recorded", "KE-5");
  }

  @Override
  ImmutableList<Finding> checkAdopted(CheckContext context) {
    if (context.year().partnershipAgreement().isEmpty()) {
      return context.profile().adopts("KE-4") ? ImmutableList.of() : ImmutableList.of(finding("no-agreement", Severity.VIOLATION, Events.subject(context.year()),
          ImmutableMap.of("year", Integer.toString(context.year().year()))));
    }
    PartnershipAgreement agreement = context.year().partnershipAgreement().get();
    if (agreement.vitalityPledge().map(VitalityPledge::parties).filter(parties -> !parties.isEmpty()).isPresent()) {
      return ImmutableList.of();
    }
    return ImmutableList.of(finding(Severity.VIOLATION, Subject.of(SubjectKind.AGREEMENT, agreement.title()),
        ImmutableMap.of("title", agreement.title())));
  }
}
