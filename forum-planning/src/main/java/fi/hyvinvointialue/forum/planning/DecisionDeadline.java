package fi.hyvinvointialue.forum.planning;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/** A decision a forum's theme feeds, and how the forum's memo meets it. */
@Value.Immutable
@ForumStyle
public interface DecisionDeadline {
  String themeId();

  String decisionId();

  String body();

  LocalDate decisionDate();

  /** The decision's date less the margin: the memo is delivered by then. */
  LocalDate deliverBy();

  LocalDate memoDelivered();

  /** Days to spare between the memo's delivery and {@link #deliverBy()}; never negative in a plan. */
  default long slackDays() {
    return ChronoUnit.DAYS.between(memoDelivered(), deliverBy());
  }
}
