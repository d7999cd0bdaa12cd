package fi.hyvinvointialue.forum.adapters.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedPostgresExtension.class)
class PostgresTest extends JdbcForumYearsTests {
  private static DataSource postgres;

  @BeforeAll
  static void create(DataSource database) {
    postgres = database;
  }

  @Override
  DataSource dataSource() {
    return postgres;
  }
}
