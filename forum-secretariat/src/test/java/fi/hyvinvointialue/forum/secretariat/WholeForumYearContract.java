package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.port.ForumYears;
import org.junit.jupiter.api.Test;

/**
 * A whole forum year run through the secretariat, step by step on the days it would do them, on a
 * clock that runs on the system clock (nanoseconds included): every storage adapter implements this in
 * a test class with an empty store of its own and so runs the year on itself.
 */
public interface WholeForumYearContract {
  /** An empty store: the year is Keski-Suomi's 2026. */
  ForumYears forumYears();

  @Test
  default void aWholeYearRunsThroughTheOperationsAndIsAsCompliantAsTheSampleYear() {
    new WholeForumYear(forumYears()).runsAndIsAsCompliantAsTheSampleYear();
  }
}
