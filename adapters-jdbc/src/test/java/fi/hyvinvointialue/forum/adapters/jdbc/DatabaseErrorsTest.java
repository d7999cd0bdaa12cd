package fi.hyvinvointialue.forum.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** A database that cannot be reached, refuses the credentials or has a changed schema history. */
@ExtendWith(EmbeddedPostgresExtension.class)
class DatabaseErrorsTest {
  private static final String SECRET = "s3cr3t-Pa55";
  private static int port;

  @BeforeAll
  static void start(EmbeddedPostgres server) {
    port = server.getPort();
  }

  @ParameterizedTest
  @EnumSource(JdbcForumYears.Connections.class)
  void anUnreachableDatabaseIsAStorageFailureWithTheCauseAndNoPassword(JdbcForumYears.Connections connections) throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://localhost:" + closedPort + "/forum?password=" + SECRET + "&connectTimeout=2";

    StorageFailure failure = assertThrows(StorageFailure.class, () -> JdbcForumYears.open(url, "forum", SECRET, connections));

    assertTrue(failure.getMessage().startsWith("could not connect to the database at jdbc:postgresql://localhost:" + closedPort + "/forum?password=***&connectTimeout=2: "), failure.getMessage());
    assertTrue(failure.getMessage().contains("refused"), failure.getMessage());
    assertFalse(failure.getMessage().contains(SECRET), failure.getMessage());
    assertNotNull(failure.getCause());
  }

  @Test
  void wrongCredentialsAreAStorageFailureWithoutThePassword() {
    String url = "jdbc:postgresql://localhost:" + port + "/postgres";

    StorageFailure failure = assertThrows(StorageFailure.class, () -> JdbcForumYears.open(url, "no_such_role", SECRET));

    assertTrue(failure.getMessage().contains("no_such_role"), failure.getMessage());
    assertFalse(failure.getMessage().contains(SECRET), failure.getMessage());
    assertTrue(failure.getCause() instanceof SQLException, String.valueOf(failure.getCause()));
  }

  @Test
  void aRefusedStatementNamesTheYearTheOperationAndTheSqlStateButNoValue(EmbeddedPostgres server) {
    JdbcForumYears store = JdbcForumYears.migrate(server.getPostgresDatabase());
    ForumYear sample = ImmutableForumYear.copyOf(SampleYears.keskiSuomi(2026)).withCountyId("nul-county");
    ForumEvent first = sample.events().get(0);
    // PostgreSQL's JSONB refuses the character NUL: a database error whose text would quote the value
    ForumYear withNul = ImmutableForumYear.copyOf(sample).withEvents(ImmutableList.<ForumEvent>builder()
        .add(ImmutableForumEvent.copyOf(first).withTitle("Matti Meikäläinen\u0000"))
        .addAll(sample.events().subList(1, sample.events().size())).build());

    StorageFailure failure = assertThrows(StorageFailure.class, () -> store.save(withNul, SampleYears.profile(), 0,
        ImmutableChange.builder().actor("sihteeri").at(Instant.parse("2026-01-15T08:30:00Z")).summary("nul").build()));

    assertTrue(failure.getMessage().startsWith("could not save forum year nul-county/2026: "), failure.getMessage());
    assertTrue(failure.getMessage().contains("SQL state 22"), failure.getMessage());
    assertFalse(failure.getMessage().contains("Meikäläinen"), failure.getMessage());
    assertFalse(failure.getMessage().contains("INSERT"), failure.getMessage());
    assertTrue(store.find(sample.key()).isEmpty(), "nothing half-written");
  }

  @Test
  void aUrlOfAnotherDatabaseIsRefusedWithoutThePassword() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> JdbcForumYears.open("jdbc:mysql://db.example.fi/forum?user=x&password=" + SECRET, "x", SECRET));

    assertEquals(
        "unsupported JDBC URL 'jdbc:mysql://db.example.fi/forum?user=x&password=***': expected jdbc:h2:... or jdbc:postgresql:...",
        error.getMessage());
  }

  @Test
  void aChangedAppliedMigrationIsRefusedClearlyOnPostgresql(DataSource postgres) throws SQLException {
    JdbcForumYears.migrate(postgres);
    alterChecksum(postgres);

    assertChecksumMismatch(() -> JdbcForumYears.migrate(postgres));
  }

  @Test
  void aChangedAppliedMigrationIsRefusedClearlyOnH2() throws SQLException {
    String url = JdbcForumYears.inMemoryH2Url("checksum-" + UUID.randomUUID());
    JdbcForumYears.open(url, "sa", "");
    alterChecksum(Databases.dataSource(url, "sa", ""));

    assertChecksumMismatch(() -> JdbcForumYears.open(url, "sa", ""));
  }

  private static void alterChecksum(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      // Flyway names its table and columns quoted, in lower case, on H2 as on PostgreSQL
      statement.executeUpdate(
          "UPDATE \"" + Schema.HISTORY_TABLE + "\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'");
    }
  }

  private static void assertChecksumMismatch(org.junit.jupiter.api.function.Executable migrate) {
    StorageFailure failure = assertThrows(StorageFailure.class, migrate);

    assertTrue(failure.getMessage().startsWith("the database's forum-policy schema does not match this library's migrations"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("checksum mismatch for migration version 1"), failure.getMessage());
    assertFalse(failure.getMessage().contains("Need more flexibility"), failure.getMessage());
  }
}
