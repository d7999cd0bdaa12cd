package fi.hyvinvointialue.forum.benchmarks;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A database for one benchmark run: an H2 file database in a temporary directory, or a database
 * of its own in an embedded PostgreSQL server (io.zonky); deleted or dropped when closed.
 */
final class BenchmarkDatabase implements AutoCloseable {
  static final String H2 = "h2";
  static final String POSTGRESQL = "postgresql";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private final String url;
  private final String user;
  /** The directory to delete on closing, or null. */
  private final Path directory;
  /** The PostgreSQL database to drop on closing, or null. */
  private final String postgresDatabase;
  /** The PostgreSQL server to stop on closing, or null. */
  private final EmbeddedPostgres ownServer;

  private BenchmarkDatabase(
      String url, String user, Path directory, String postgresDatabase, EmbeddedPostgres ownServer) {
    this.url = url;
    this.user = user;
    this.directory = directory;
    this.postgresDatabase = postgresDatabase;
    this.ownServer = ownServer;
  }

  static BenchmarkDatabase start(String database) throws IOException {
    if (database.equals(H2)) {
      Path directory = Files.createTempDirectory("forum-benchmark-");
      return new BenchmarkDatabase(JdbcForumYears.embeddedH2Url(directory), "", directory, null, null);
    }
    if (database.equals(POSTGRESQL)) {
      String name = "benchmark_" + DATABASES.incrementAndGet();
      try (Connection connection = postgres().getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IOException("could not create the database " + name + " in the embedded PostgreSQL", e);
      }
      return new BenchmarkDatabase(postgres().getJdbcUrl("postgres", name), "postgres", null, name, null);
    }
    throw new IllegalArgumentException("unknown database " + database + ": expected " + H2 + " or " + POSTGRESQL);
  }

  /**
   * A database in the directory that outlives the run, so that the next run (each benchmark method
   * runs in a JVM of its own) finds it filled; on PostgreSQL a server of its own over that directory.
   */
  static BenchmarkDatabase kept(String database, Path directory) throws IOException {
    Files.createDirectories(directory);
    if (database.equals(H2)) {
      return new BenchmarkDatabase(JdbcForumYears.embeddedH2Url(directory), "", null, null, null);
    }
    if (database.equals(POSTGRESQL)) {
      EmbeddedPostgres own = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start();
      return new BenchmarkDatabase(own.getJdbcUrl("postgres", "postgres"), "postgres", null, null, own);
    }
    throw new IllegalArgumentException("unknown database " + database + ": expected " + H2 + " or " + POSTGRESQL);
  }

  /** Deletes a directory with everything in it. */
  static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** One server per JVM, started on first use and stopped when the JVM exits: a fresh database per run. */
  private static synchronized EmbeddedPostgres postgres() throws IOException {
    if (server == null) {
      EmbeddedPostgres started = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
      server = started;
    }
    return server;
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, "");
  }

  /**
   * A data source that hands out the same open connection every time, as a connection pool would:
   * closing it returns it instead of closing it.
   */
  static DataSource pooledLike(Connection connection) {
    Connection lent = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, arguments) -> switch (method.getName()) {
          case "close" -> null;
          case "isClosed" -> false;
          default -> invoke(method, connection, arguments);
        });
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, arguments) -> {
          if (method.getName().equals("getConnection")) {
            return lent;
          }
          throw new UnsupportedOperationException("DataSource." + method.getName());
        });
  }

  private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public void close() throws IOException {
    if (ownServer != null) {
      ownServer.close();
    }
    if (postgresDatabase != null) {
      try (Connection connection = postgres().getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE " + postgresDatabase + " WITH (FORCE)");
      } catch (SQLException e) {
        throw new IOException("could not drop the database " + postgresDatabase, e);
      }
    }
    if (directory != null) {
      delete(directory);
    }
  }
}
