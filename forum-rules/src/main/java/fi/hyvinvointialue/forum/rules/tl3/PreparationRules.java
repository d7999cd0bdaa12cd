package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.rules.core.Rule;

/** The rules of TL-3: preparation: the county convenes, the annual clock, the working group, open participation, in clause order. */
public final class PreparationRules {
  private PreparationRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new CountyConvenesChairsAndKeepsMinutes(),
        new YearHasAnnualClock(),
        new AgendaItemsPreparedByTheClock(),
        new ClockCoversStandingThemes(),
        new ForumsBeforeTheDecisionsTheyFeed(),
        new WorkingGroupWithProviderRepresentatives(),
        new WorkingGroupRepresentsProviders(),
        new WorkingGroupTermIsCouncilTerm(),
        new OpenForumTurnsAwayNoEligibleProvider());
  }
}
