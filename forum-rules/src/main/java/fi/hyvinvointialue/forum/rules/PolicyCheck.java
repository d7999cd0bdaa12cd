package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a forum year against a policy profile with every rule, and returns every finding in
 * clause order. The same input gives the same result, whatever the order of its lists.
 */
public final class PolicyCheck {
  private final ImmutableList<Rule> rules;

  private PolicyCheck(ImmutableList<Rule> rules) {
    this.rules = rules;
  }

  /** Every rule of the policy. */
  public static PolicyCheck standard() {
    return new PolicyCheck(RuleCatalogue.ALL);
  }

  public ImmutableList<Rule> rules() {
    return rules;
  }

  public CheckResult check(ForumYear year, PolicyProfile profile, Instant now) {
    CheckContext context = CheckContext.of(year, profile, now);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      findings.addAll(rule.check(context));
    }
    findings.sort(Finding.ORDER);
    return ImmutableCheckResult.builder().addAllFindings(findings).build();
  }
}
