package fi.hyvinvointialue.forum.adapters.jdbc;

import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.secretariat.WholeForumYearContract;
import java.util.UUID;

/** A whole year through the secretariat on H2, on a clock that runs on the system clock. */
class H2WholeForumYearTest implements WholeForumYearContract {
  @Override
  public ForumYears forumYears() {
    return JdbcForumYears.open(JdbcForumYears.inMemoryH2Url("whole-year-" + UUID.randomUUID()), "sa", "");
  }
}
