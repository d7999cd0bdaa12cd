package fi.hyvinvointialue.forum.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.testing.ForumYearsContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract on PostgreSQL through a HikariCP pool, as docs/storage.md wires a server: connections
 * are reused, so a transaction's isolation level, auto-commit and a failed statement must not leak
 * into the next borrower.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class PooledPostgresContractTest implements ForumYearsContract {
  private static HikariDataSource pool;
  private static JdbcForumYears store;

  @BeforeAll
  static void migrate(DataSource postgres) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(postgres);
    config.setMaximumPoolSize(4);
    config.setPoolName("forum-policy-contract");
    pool = new HikariDataSource(config);
    store = JdbcForumYears.migrate(pool);
  }

  @AfterAll
  static void close() {
    pool.close();
  }

  @Override
  public ForumYears forumYears() {
    return store;
  }
}
