package fi.hyvinvointialue.forum.adapters.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A DataSource whose connections, once armed, fail the Nth statement they execute (a commit counts
 * as one), as a database that goes away halfway through a save would. Everything else goes to the
 * real DataSource.
 */
final class FailingDataSource {
  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate", "executeLargeBatch", "commit");

  private final DataSource dataSource;
  private int failing;
  private int executions;

  FailingDataSource(DataSource real) {
    this.dataSource = proxy(DataSource.class, real);
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** From now on, the {@code failing}th execution fails. */
  synchronized void failAt(int failing) {
    this.failing = failing;
    this.executions = 0;
  }

  private synchronized void count() throws SQLException {
    executions++;
    if (executions == failing) {
      throw new SQLException("injected fault at execution " + failing, "08006");
    }
  }

  private <T> T proxy(Class<T> type, T real) {
    InvocationHandler handler = (proxy, method, arguments) -> {
      if (EXECUTIONS.contains(method.getName())) {
        count();
      }
      Object result;
      try {
        result = method.invoke(real, arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (result instanceof Connection) {
        return proxy(Connection.class, (Connection) result);
      }
      if (result instanceof Statement) {
        return proxy(statementType(method.getReturnType()), (Statement) result);
      }
      return result;
    };
    return type.cast(Proxy.newProxyInstance(FailingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  @SuppressWarnings("unchecked")
  private static Class<Statement> statementType(Class<?> declared) {
    return (Class<Statement>) declared;
  }
}
