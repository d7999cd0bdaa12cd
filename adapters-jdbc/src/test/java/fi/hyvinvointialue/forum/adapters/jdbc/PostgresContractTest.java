package fi.hyvinvointialue.forum.adapters.jdbc;

import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.testing.ApiTokensContract;
import fi.hyvinvointialue.forum.domain.testing.ForumYearsContract;
import fi.hyvinvointialue.forum.secretariat.WholeForumYearContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedPostgresExtension.class)
class PostgresContractTest implements ForumYearsContract, WholeForumYearContract, ApiTokensContract {
  private static JdbcForumYears store;

  @BeforeAll
  static void migrate(DataSource postgres) {
    store = JdbcForumYears.migrate(postgres);
  }

  @Override
  public ForumYears forumYears() {
    return store;
  }

  @Override
  public ApiTokens apiTokens() {
    return store.apiTokens();
  }
}
