package fi.hyvinvointialue.forum.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Credentials in a PostgreSQL URL, and given beside it. */
class DatabasesTest {
  private static final String URL = "jdbc:postgresql://localhost/forum?user=forum&password=in-the-url";

  @Test
  void theUrlsUserAndPasswordStandWhenNoneIsGivenBesideIt() {
    for (String none : Arrays.asList("", null)) {
      PGSimpleDataSource postgres = (PGSimpleDataSource) Databases.dataSource(URL, none, none);

      assertEquals("forum", postgres.getUser());
      assertEquals("in-the-url", postgres.getPassword());
    }
  }

  @Test
  void aUserAndPasswordGivenBesideTheUrlWin() {
    PGSimpleDataSource postgres = (PGSimpleDataSource) Databases.dataSource(URL, "admin", "given");

    assertEquals("admin", postgres.getUser());
    assertEquals("given", postgres.getPassword());
  }
}
