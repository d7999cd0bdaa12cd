package fi.hyvinvointialue.forum.rules.ke;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.rules.core.Rule;

/** The rules of KE: the strategic partnership proposal, checked only where the profile adopts its clauses, in clause order. */
public final class PartnershipRules {
  private PartnershipRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new EntrepreneurOrganisationsArePermanentMembers(),
        new ProcurementDialogueBeforeThePlan(),
        new JointPartnershipPlaybook(),
        new WrittenPartnershipAgreement(),
        new VitalityPledgeRecorded());
  }
}
