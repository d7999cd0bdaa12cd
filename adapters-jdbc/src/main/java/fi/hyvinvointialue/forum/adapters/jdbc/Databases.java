package fi.hyvinvointialue.forum.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The two databases the library knows by URL, each through its driver's own plain DataSource. */
final class Databases {
  static final String H2 = "jdbc:h2:";
  static final String POSTGRESQL = "jdbc:postgresql:";

  /** H2 waits this long for a row another writer holds, so a losing writer sees the conflict, not a timeout. */
  private static final int H2_LOCK_TIMEOUT_MILLIS = 10_000;
  private static final int POOL_SIZE = 10;
  private static final long POOL_WAIT_MILLIS = 3_000;

  private Databases() {}

  static DataSource dataSource(String jdbcUrl, String user, String password) {
    String scheme = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
    if (scheme.startsWith(H2)) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(jdbcUrl);
      h2.setUser(user == null ? "" : user);
      h2.setPassword(password == null ? "" : password);
      return new SharedH2DataSource(h2, H2_LOCK_TIMEOUT_MILLIS);
    }
    if (scheme.startsWith(POSTGRESQL)) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      try {
        postgres.setURL(jdbcUrl);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a valid PostgreSQL JDBC URL: " + Redaction.redact(jdbcUrl, password));
      }
      // an empty user or password is none given: the URL's ?user= and ?password= stand
      if (user != null && !user.isEmpty()) {
        postgres.setUser(user);
      }
      if (password != null && !password.isEmpty()) {
        postgres.setPassword(password);
      }
      // one INSERT with many rows per batch instead of one statement per row
      postgres.setReWriteBatchedInserts(true);
      return postgres;
    }
    throw new IllegalArgumentException(
        "unsupported JDBC URL '" + Redaction.redact(jdbcUrl, password) + "': expected " + H2 + "... or " + POSTGRESQL + "...");
  }

  /** The data source, its connections kept as {@code connections} says: PostgreSQL's pooled for a server. */
  static DataSource kept(DataSource dataSource, JdbcForumYears.Connections connections) {
    if (connections == JdbcForumYears.Connections.PER_OPERATION || !(dataSource instanceof PGSimpleDataSource)) {
      return dataSource;
    }
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(dataSource);
    pool.setPoolName("forum-policy");
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setMinimumIdle(2);
    // while the database is away a request waits this long, then the server answers from what it read last
    pool.setConnectionTimeout(POOL_WAIT_MILLIS);
    // the store's first connection reports an unreachable database, with its address and without the password
    pool.setInitializationFailTimeout(-1);
    return new HikariDataSource(pool);
  }

  static String embeddedH2Url(Path directory) {
    String path = directory.toAbsolutePath().normalize().resolve("forum-policy").toString();
    if (path.contains(";")) {
      throw new IllegalArgumentException("the H2 database directory must not contain ';': " + directory);
    }
    // kept open until the JVM exits: H2 would otherwise close and reopen the file for every operation;
    // AUTO_SERVER: the first process to open the file serves it to the others over a local port, so several
    // processes (forum serve and forum store) use it at once, and another takes over when that one exits
    return H2 + "file:" + path + ";DB_CLOSE_DELAY=-1;AUTO_SERVER=TRUE;LOCK_TIMEOUT=" + H2_LOCK_TIMEOUT_MILLIS;
  }

  /** A private in-memory H2 database that lives as long as the JVM, for tests and trying things out. */
  static String inMemoryH2Url(String name) {
    return H2 + "mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=" + H2_LOCK_TIMEOUT_MILLIS;
  }
}
