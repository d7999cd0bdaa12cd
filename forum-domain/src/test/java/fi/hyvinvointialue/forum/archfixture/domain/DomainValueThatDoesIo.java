package fi.hyvinvointialue.forum.archfixture.domain;

import java.sql.Connection;
import java.sql.SQLException;

/** A domain class that reaches for JDBC: the domain whitelist must reject it. */
public final class DomainValueThatDoesIo {
  private DomainValueThatDoesIo() {}

  public static boolean isOpen(Connection connection) throws SQLException {
    return !connection.isClosed();
  }
}
