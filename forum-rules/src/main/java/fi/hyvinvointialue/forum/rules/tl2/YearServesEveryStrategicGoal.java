package fi.hyvinvointialue.forum.rules.tl2;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.StrategicGoal;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Names;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.util.EnumSet;
import java.util.Set;

/** TL-2.4: the year's open forums together serve all three strategic goals; a goal left out is a warning. */
public final class YearServesEveryStrategicGoal extends NamedRule {
  public YearServesEveryStrategicGoal() {
    super("year-serves-every-strategic-goal", "TL-2.4");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    Set<StrategicGoal> missed = missedGoals(context);
    if (missed.isEmpty()) {
      return ImmutableList.of();
    }
    return ImmutableList.of(finding(Severity.WARNING, Events.subject(context.year()),
        ImmutableMap.of("year", Integer.toString(context.year().year()), "missed", Names.ofEnums(missed))));
  }

  static Set<StrategicGoal> missedGoals(CheckContext context) {
    Set<StrategicGoal> missed = EnumSet.allOf(StrategicGoal.class);
    for (ForumEvent event : context.year().events()) {
      if (Events.isActiveForum(event)) {
        for (AgendaItem item : event.agenda()) {
          missed.removeAll(item.strategicGoals());
        }
      }
    }
    return missed;
  }
}
