package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;

/** The list of every rule; a rule that is not listed here does not run. */
final class RuleCatalogue {
  static final ImmutableList<Rule> ALL = ImmutableList.of(new MaterialsPublishedAWeekAhead());

  private RuleCatalogue() {}
}
