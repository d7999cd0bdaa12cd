package fi.hyvinvointialue.forum.rules.ke;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;

/** A rule of the partnership proposal (KE-1 … KE-5): it runs only where the profile in force adopts its clause. */
abstract class ProposalRule extends NamedRule {
  ProposalRule(String id, String clauseId) {
    super(id, clauseId);
  }

  @Override
  public final ImmutableList<Finding> check(CheckContext context) {
    return context.profile().adopts(clauseId()) ? checkAdopted(context) : ImmutableList.of();
  }

  abstract ImmutableList<Finding> checkAdopted(CheckContext context);
}
