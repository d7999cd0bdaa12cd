package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import org.immutables.value.Value;

/** One forum of a plan, explained: its dates, its themes and the decisions it feeds in time. */
@Value.Immutable
@ForumStyle
public interface PlannedForum {
  String forumId();

  ForumSchedule schedule();

  /** The themes on its agenda, in agenda order. */
  ImmutableList<String> themeIds();

  ImmutableList<DecisionDeadline> deadlines();
}
