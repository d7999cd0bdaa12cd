package fi.hyvinvointialue.forum.adapters.jdbc;

import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.secretariat.WholeForumYearContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A whole year through the secretariat on PostgreSQL, on a clock that runs on the system clock. */
@ExtendWith(EmbeddedPostgresExtension.class)
class PostgresWholeForumYearTest implements WholeForumYearContract {
  private static JdbcForumYears store;

  @BeforeAll
  static void migrate(DataSource postgres) {
    store = JdbcForumYears.migrate(postgres);
  }

  @Override
  public ForumYears forumYears() {
    return store;
  }
}
