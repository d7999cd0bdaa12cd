package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import org.immutables.value.Value;

/** Plan the year: its annual clock (replacing any earlier one) and the forum dates it sets. */
@Value.Immutable
@ForumStyle
public interface PlanYear extends Request {
  AnnualClock clock();

  ImmutableList<EventPlan> events();
}
