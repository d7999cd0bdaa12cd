package fi.hyvinvointialue.forum.rules.tl2;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.rules.core.Rule;

/** The rules of TL-2: the forum's purpose and aims: regular dialogue, strategic goals, no single procurements, in clause order. */
public final class PurposeRules {
  private PurposeRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new ForumBringsOfficialsAndElectedOfficials(),
        new ForumsSpreadOverTheYear(),
        new AgendaItemsNameStrategicGoals(),
        new YearServesEveryStrategicGoal(),
        new NoSingleProcurementOnOpenForum());
  }
}
