package fi.hyvinvointialue.forum.rules.tl1;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.rules.core.Rule;

/** The rules of TL-1: the policy approved by the regional board and in force, in clause order. */
public final class ApprovalRules {
  private ApprovalRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new ProfileApprovedByRegionalBoard(),
        new ProfileInForceForTheYear());
  }
}
