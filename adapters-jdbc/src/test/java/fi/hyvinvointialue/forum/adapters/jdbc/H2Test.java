package fi.hyvinvointialue.forum.adapters.jdbc;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

class H2Test extends JdbcForumYearsTests {
  private static DataSource h2;

  @BeforeAll
  static void create() {
    h2 = Databases.dataSource(JdbcForumYears.inMemoryH2Url("store-" + UUID.randomUUID()), "sa", "");
  }

  @Override
  DataSource dataSource() {
    return h2;
  }
}
