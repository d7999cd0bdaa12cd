package fi.hyvinvointialue.forum.adapters.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An H2 database that several processes share through its auto-server: the first process to open the
 * file serves it, the others connect to it. For a moment (while the first is still writing where it
 * serves, or after it exited and before another took over) a process finds the file locked; it tries
 * again for as long as it would wait for a row lock, instead of failing at once. A connection lost while in
 * use is not retried: the store reports it, as it reports any failed transaction.
 */
final class SharedH2DataSource implements DataSource {
  private static final long FIRST_PAUSE_MILLIS = 20;
  private static final long LONGEST_PAUSE_MILLIS = 500;
  /**
   * What H2 says while the file changes hands: locked by a process not yet serving it, a lock file just
   * written by one that is starting or stopping (an error opening the database), a server gone while connecting.
   */
  private static final Set<Integer> HANDING_OVER =
      Set.of(ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.ERROR_OPENING_DATABASE_1, ErrorCode.CONNECTION_BROKEN_1);

  private final JdbcDataSource h2;
  private final long patienceMillis;

  SharedH2DataSource(JdbcDataSource h2, long patienceMillis) {
    this.h2 = h2;
    this.patienceMillis = patienceMillis;
  }

  @Override
  public Connection getConnection() throws SQLException {
    long pause = FIRST_PAUSE_MILLIS;
    long waited = 0;
    while (true) {
      try {
        return h2.getConnection();
      } catch (SQLException locked) {
        if (!HANDING_OVER.contains(locked.getErrorCode()) || waited >= patienceMillis) {
          throw locked;
        }
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while waiting for the database another process holds", interrupted);
      }
      waited += pause;
      pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the user and password are set on the data source");
  }

  @Override
  public PrintWriter getLogWriter() {
    return h2.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    h2.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) {
    h2.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return h2.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return h2.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(h2) ? type.cast(h2) : h2.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(h2) || h2.isWrapperFor(type);
  }
}
