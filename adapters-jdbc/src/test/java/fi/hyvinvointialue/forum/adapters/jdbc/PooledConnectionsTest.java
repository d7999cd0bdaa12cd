package fi.hyvinvointialue.forum.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A server's store keeps its PostgreSQL connections in a pool instead of opening one per operation. */
@ExtendWith(EmbeddedPostgresExtension.class)
class PooledConnectionsTest {
  @Test
  void aPooledStoreKeepsItsConnectionsOpenBetweenOperations(EmbeddedPostgres server) throws SQLException {
    String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres?ApplicationName=forum-pooled";
    ForumYear year = SampleYears.keskiSuomi(2026);

    JdbcForumYears store = JdbcForumYears.open(url, "postgres", "", JdbcForumYears.Connections.POOLED);
    store.save(year, KeskiSuomi.profile(), 0, ImmutableChange.builder().actor("test").at(Instant.EPOCH).summary("plan").build());
    for (int read = 0; read < 20; read++) {
      assertEquals(1, store.find(year.key()).orElseThrow().version());
    }

    int open = connections(server, "forum-pooled");
    assertTrue(open >= 1 && open <= 10, "the pool keeps between one and ten connections open, had " + open);
  }

  private static int connections(EmbeddedPostgres server, String application) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + application + "'")) {
      result.next();
      return result.getInt(1);
    }
  }
}
