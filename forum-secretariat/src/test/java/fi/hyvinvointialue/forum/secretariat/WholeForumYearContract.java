package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.port.ForumYears;
import org.junit.jupiter.api.Test;

/**
 * A whole forum year run through the secretariat, step by step on the days it would do them, on a
 * clock that runs on the system clock (nanoseconds included): every storage adapter implements this in
 * a test class (beside the port's contract suite, whose tests keep to counties of their own) and so runs
 * the year on itself.
 */
public interface WholeForumYearContract {
  /** A store that holds nothing for Keski-Suomi's 2026, the year this runs. */
  ForumYears forumYears();

  @Test
  default void aWholeYearRunsThroughTheOperationsAndIsAsCompliantAsTheSampleYear() {
    new WholeForumYear(forumYears()).runsAndIsAsCompliantAsTheSampleYear();
  }
}
