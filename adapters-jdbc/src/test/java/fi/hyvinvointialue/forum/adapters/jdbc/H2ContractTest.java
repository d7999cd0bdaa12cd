package fi.hyvinvointialue.forum.adapters.jdbc;

import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.testing.ApiTokensContract;
import fi.hyvinvointialue.forum.domain.testing.ForumYearsContract;
import fi.hyvinvointialue.forum.secretariat.WholeForumYearContract;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

class H2ContractTest implements ForumYearsContract, WholeForumYearContract, ApiTokensContract {
  private static JdbcForumYears store;

  @BeforeAll
  static void open() {
    store = JdbcForumYears.open(JdbcForumYears.inMemoryH2Url("contract-" + UUID.randomUUID()), "sa", "");
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
