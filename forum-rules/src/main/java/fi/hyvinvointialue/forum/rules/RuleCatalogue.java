package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.rules.core.Rule;
import fi.hyvinvointialue.forum.rules.ke.PartnershipRules;
import fi.hyvinvointialue.forum.rules.tl1.ApprovalRules;
import fi.hyvinvointialue.forum.rules.tl2.PurposeRules;
import fi.hyvinvointialue.forum.rules.tl3.PreparationRules;
import fi.hyvinvointialue.forum.rules.tl4.ConductRules;
import fi.hyvinvointialue.forum.rules.tl5.CommunicationRules;

/**
 * The list of every rule, chapter by chapter in the policy's clause order; a rule that no chapter
 * lists does not run.
 */
final class RuleCatalogue {
  static final ImmutableList<Rule> ALL = ImmutableList.<Rule>builder()
      .addAll(ApprovalRules.all())
      .addAll(PurposeRules.all())
      .addAll(PreparationRules.all())
      .addAll(ConductRules.all())
      .addAll(CommunicationRules.all())
      .addAll(PartnershipRules.all())
      .build();

  private RuleCatalogue() {}
}
