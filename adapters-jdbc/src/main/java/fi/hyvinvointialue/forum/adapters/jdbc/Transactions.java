package fi.hyvinvointialue.forum.adapters.jdbc;

import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

/** One transaction at a time over the data source, and the one way a database error is told. */
final class Transactions {
  /** Driver messages can quote whole statements with their values; the cause keeps the full text. */
  private static final int MESSAGE_LIMIT = 400;

  private final DataSource dataSource;
  /** Only to keep it out of error messages. */
  private final String password;

  Transactions(DataSource dataSource, String password) {
    this.dataSource = dataSource;
    this.password = password;
  }

  /** A failure told in our own words (e.g. a stored document this library cannot read back), shown as it is. */
  static final class OwnWords extends SQLException {
    private static final long serialVersionUID = 1L;

    OwnWords(String message, Throwable cause) {
      super(message, "XX001", cause);
    }
  }

  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs the work in one transaction: committed when it returns, rolled back when it throws, so a
   * failed save leaves the previous state. A database error becomes a {@link StorageFailure} that
   * says what was being done (the operation and the county-year) and the SQL state. A failure to
   * connect carries the driver's first line (where the server is, why it refused), never the password;
   * a failed statement carries only its SQL state, since drivers quote the statement and its values
   * (a presenter's name, a comment's text) there; the cause keeps the full text for the logs.
   */
  <T> T run(String what, int isolation, Work<T> work) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new StorageFailure("could not " + what + ": " + message(e), e);
    }
    try (connection) {
      connection.setTransactionIsolation(isolation);
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StorageFailure("could not " + what + ": "
          + (e instanceof OwnWords ? e.getMessage() : "the database refused it (SQL state " + e.getSQLState() + ")"), e);
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * The driver's first line, without credentials, with the SQL state that names the kind of failure. A pool
   * that could not get a connection says only that it waited: the driver's own failure it keeps as the cause
   * (a refused connection, a wrong password) is the one that says why.
   */
  private String message(SQLException e) {
    SQLException told = e.getCause() instanceof SQLException driver && e instanceof SQLTransientConnectionException ? driver : e;
    String text = Redaction.redact(told.getMessage(), password).lines().findFirst().orElse("").strip();
    if (text.length() > MESSAGE_LIMIT) {
      text = text.substring(0, MESSAGE_LIMIT) + "...";
    }
    return told.getSQLState() == null ? text : text + " (SQL state " + told.getSQLState() + ")";
  }
}
