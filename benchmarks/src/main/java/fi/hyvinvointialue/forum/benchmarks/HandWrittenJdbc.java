package fi.hyvinvointialue.forum.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The storage baseline: the very rows the JDBC adapter stores for a version of a year, written with
 * plain JDBC as one would by hand: in one transaction, the pointer raised, one insert of the document
 * with who and when, the year's events replaced in one batch; and read back with one select of the
 * current document. It copies the document and events the adapter stored, so it does the same work
 * but for turning the year into JSON and back.
 */
final class HandWrittenJdbc {
  private static final String RAISE =
      "UPDATE forum_year SET current_version = ? WHERE county_id = ? AND calendar_year = ? AND current_version = ?";
  private static final String INSERT_VERSION =
      "INSERT INTO forum_year_version (county_id, calendar_year, version, storage_format, profile_id, profile_version, actor,"
          + " changed_at, changed_at_nanos, summary, request_id, document)"
          + " SELECT county_id, calendar_year, ?, storage_format, profile_id, profile_version, actor, changed_at, changed_at_nanos,"
          + " summary, NULL, %s FROM forum_year_version WHERE county_id = ? AND calendar_year = ? AND version = 1";
  private static final String DELETE_EVENTS = "DELETE FROM forum_event WHERE county_id = ? AND calendar_year = ?";
  private static final String INSERT_EVENT =
      "INSERT INTO forum_event (county_id, calendar_year, event_id, kind, status, title, starts_local, ends_local, starts_at, ends_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT_EVENTS =
      "SELECT event_id, kind, status, title, starts_local, ends_local, starts_at, ends_at FROM forum_event"
          + " WHERE county_id = ? AND calendar_year = ? ORDER BY event_id";
  private static final String SELECT_CURRENT =
      "SELECT v.document FROM forum_year y JOIN forum_year_version v ON v.county_id = y.county_id"
          + " AND v.calendar_year = y.calendar_year AND v.version = y.current_version WHERE y.county_id = ? AND y.calendar_year = ?";
  private static final String SELECT_DOCUMENT =
      "SELECT document FROM forum_year_version WHERE county_id = ? AND calendar_year = ? AND version = 1";

  private final String document;
  private final String documentParameter;
  private final List<Object[]> events;

  private HandWrittenJdbc(String document, String documentParameter, List<Object[]> events) {
    this.document = document;
    this.documentParameter = documentParameter;
    this.events = events;
  }

  /** What the adapter stored as the year's first version and its events. */
  static HandWrittenJdbc capture(Connection connection, String countyId, int year) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    String documentParameter = product.contains("postgresql") ? "CAST(? AS JSONB)" : "? FORMAT JSON";
    String document;
    try (PreparedStatement select = connection.prepareStatement(SELECT_DOCUMENT)) {
      select.setString(1, countyId);
      select.setInt(2, year);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        document = result.getString(1);
      }
    }
    List<Object[]> events = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT_EVENTS)) {
      select.setString(1, countyId);
      select.setInt(2, year);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          Object[] row = new Object[8];
          for (int column = 0; column < row.length; column++) {
            row[column] = result.getObject(column + 1);
          }
          events.add(row);
        }
      }
    }
    return new HandWrittenJdbc(document, documentParameter, events);
  }

  /** Saves the next version in one transaction; returns it. */
  long save(Connection connection, String countyId, int year, long version) throws SQLException {
    connection.setAutoCommit(false);
    try {
      try (PreparedStatement raise = connection.prepareStatement(RAISE)) {
        raise.setLong(1, version + 1);
        raise.setString(2, countyId);
        raise.setInt(3, year);
        raise.setLong(4, version);
        if (raise.executeUpdate() != 1) {
          throw new SQLException("version " + version + " is not the current one");
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(String.format(INSERT_VERSION, documentParameter))) {
        insert.setLong(1, version + 1);
        insert.setString(2, document);
        insert.setString(3, countyId);
        insert.setInt(4, year);
        insert.executeUpdate();
      }
      try (PreparedStatement delete = connection.prepareStatement(DELETE_EVENTS)) {
        delete.setString(1, countyId);
        delete.setInt(2, year);
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
        for (Object[] event : events) {
          insert.setString(1, countyId);
          insert.setInt(2, year);
          for (int column = 0; column < event.length; column++) {
            insert.setObject(column + 3, event[column]);
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.commit();
      return version + 1;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  /** Reads the current document in one select; returns its length, so nothing is optimised away. */
  int load(Connection connection, String countyId, int year) throws SQLException {
    return currentDocument(connection, countyId, year).length();
  }

  /** The current document as text, from one select. */
  String currentDocument(Connection connection, String countyId, int year) throws SQLException {
    connection.setAutoCommit(true);
    try (PreparedStatement select = connection.prepareStatement(SELECT_CURRENT)) {
      select.setString(1, countyId);
      select.setInt(2, year);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }

  /**
   * What a database's commit costs alone: one small row inserted and committed, into a table of its
   * own ({@link #createCommitTable}); returns the row's key.
   */
  static long insertAndCommit(Connection connection, long key) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bare_commit (id, note) VALUES (?, ?)")) {
      insert.setLong(1, key);
      insert.setString(2, "bare");
      insert.executeUpdate();
      connection.commit();
      return key;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  /** The table {@link #insertAndCommit} writes to, emptied. */
  static void createCommitTable(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    try (var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS bare_commit (id BIGINT PRIMARY KEY, note VARCHAR(20))");
      statement.execute("DELETE FROM bare_commit");
    }
  }

  /** The length of the document it writes, which a load of it reads back. */
  int documentLength() {
    return document.length();
  }
}
