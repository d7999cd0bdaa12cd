package fi.hyvinvointialue.forum.rules.tl5;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.rules.core.Rule;

/** The rules of TL-5: communication: the channels and the regional partners, in clause order. */
public final class CommunicationRules {
  private CommunicationRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new CommunicationPlanCoversEachForum(),
        new CommunicationWithRegionalPartners());
  }
}
