package fi.hyvinvointialue.forum.benchmarks;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The storage baseline: the very rows the JDBC adapter stores for a year, replayed with plain JDBC
 * as one would write it by hand: in one transaction, the version raised, the year's top-level rows
 * deleted (their children go by cascade), one batch per table, one history row; and read back with
 * one query per table (one statement cannot return rows of differently shaped tables without a
 * cartesian product). It knows the schema only from the database's own metadata.
 */
final class HandWrittenJdbc {
  private static final String YEAR_TABLE = "forum_year";
  private static final String HISTORY_TABLE = "change_history";
  private static final String YEAR_ID = "year_id";

  /** A table's rows for one year, without the year id, and the statements that write and read them. */
  private record TableRows(String name, List<String> columns, List<Object[]> rows, String insert, String select) {}

  private final List<TableRows> tables;
  private final List<String> topLevel;

  private HandWrittenJdbc(List<TableRows> tables, List<String> topLevel) {
    this.tables = tables;
    this.topLevel = topLevel;
  }

  /** Reads the rows a year has in every table, parents before children, as the adapter stored them. */
  static HandWrittenJdbc capture(Connection connection, String countyId, int year) throws SQLException {
    long yearId = yearId(connection, countyId, year);
    DatabaseMetaData metadata = connection.getMetaData();
    Map<String, Set<String>> parents = new TreeMap<>();
    try (ResultSet found = metadata.getTables(null, connection.getSchema(), null, new String[] {"TABLE"})) {
      while (found.next()) {
        String table = found.getString("TABLE_NAME");
        if (!plain(table).equals(YEAR_TABLE) && !plain(table).equals(HISTORY_TABLE) && hasYearId(metadata, connection, table)) {
          parents.put(table, referenced(metadata, connection, table));
        }
      }
    }
    List<TableRows> tables = new ArrayList<>();
    List<String> topLevel = new ArrayList<>();
    Set<String> written = new HashSet<>();
    while (written.size() < parents.size()) {
      int before = written.size();
      for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
        String name = table.getKey();
        if (!written.contains(name) && table.getValue().stream()
            .allMatch(parent -> parent.equals(name) || written.contains(parent) || plain(parent).equals(YEAR_TABLE))) {
          tables.add(rows(connection, metadata, name, yearId));
          if (table.getValue().stream().anyMatch(parent -> plain(parent).equals(YEAR_TABLE))) {
            topLevel.add(name);
          }
          written.add(name);
        }
      }
      if (written.size() == before) {
        throw new IllegalStateException("the foreign keys among " + parents.keySet() + " form a cycle");
      }
    }
    return new HandWrittenJdbc(tables, topLevel);
  }

  /** How many rows a save writes, besides the year's and the history's. */
  int rowCount() {
    return tables.stream().mapToInt(table -> table.rows().size()).sum();
  }

  /** Replaces the year's contents with the captured rows; returns the new version. */
  long save(Connection connection, String countyId, int year, long expectedVersion) throws SQLException {
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    connection.setAutoCommit(false);
    try {
      try (PreparedStatement raise = connection.prepareStatement(
          "UPDATE forum_year SET version = version + 1 WHERE county_id = ? AND calendar_year = ? AND version = ?")) {
        raise.setString(1, countyId);
        raise.setInt(2, year);
        raise.setLong(3, expectedVersion);
        if (raise.executeUpdate() != 1) {
          throw new IllegalStateException(countyId + "/" + year + " is not at version " + expectedVersion);
        }
      }
      long yearId = yearId(connection, countyId, year);
      for (String table : topLevel) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE year_id = ?")) {
          delete.setLong(1, yearId);
          delete.executeUpdate();
        }
      }
      for (TableRows table : tables) {
        if (table.rows().isEmpty()) {
          continue;
        }
        try (PreparedStatement insert = connection.prepareStatement(table.insert())) {
          for (Object[] row : table.rows()) {
            insert.setLong(1, yearId);
            for (int column = 0; column < row.length; column++) {
              insert.setObject(column + 2, row[column]);
            }
            insert.addBatch();
          }
          insert.executeBatch();
        }
      }
      long version = expectedVersion + 1;
      try (PreparedStatement history = connection.prepareStatement(
          "INSERT INTO change_history (year_id, version, actor, changed_at, changed_at_nanos, summary, request_id)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        history.setLong(1, yearId);
        history.setLong(2, version);
        history.setString(3, "benchmark");
        history.setObject(4, OffsetDateTime.ofInstant(Instant.EPOCH.plus(version, ChronoUnit.SECONDS), ZoneOffset.UTC));
        history.setInt(5, 0);
        history.setString(6, "hand-written save");
        history.setString(7, null);
        history.executeUpdate();
      }
      connection.commit();
      return version;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  /** Reads every value of the year's rows in one snapshot; returns how many rows there were. */
  int load(Connection connection, String countyId, int year) throws SQLException {
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setAutoCommit(false);
    try {
      int rows = 0;
      long yearId = yearId(connection, countyId, year);
      for (TableRows table : tables) {
        try (PreparedStatement select = connection.prepareStatement(table.select())) {
          select.setLong(1, yearId);
          try (ResultSet result = select.executeQuery()) {
            int width = table.columns().size() + 1;
            while (result.next()) {
              for (int column = 1; column <= width; column++) {
                result.getObject(column);
              }
              rows++;
            }
          }
        }
      }
      connection.commit();
      return rows;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  private static long yearId(Connection connection, String countyId, int year) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id FROM forum_year WHERE county_id = ? AND calendar_year = ?")) {
      select.setString(1, countyId);
      select.setInt(2, year);
      try (ResultSet result = select.executeQuery()) {
        if (!result.next()) {
          throw new IllegalStateException("no forum year " + countyId + "/" + year);
        }
        return result.getLong(1);
      }
    }
  }

  private static TableRows rows(Connection connection, DatabaseMetaData metadata, String table, long yearId)
      throws SQLException {
    Map<Short, String> keys = new TreeMap<>();
    try (ResultSet primaryKey = metadata.getPrimaryKeys(null, connection.getSchema(), table)) {
      while (primaryKey.next()) {
        keys.put(primaryKey.getShort("KEY_SEQ"), primaryKey.getString("COLUMN_NAME"));
      }
    }
    String order = String.join(", ", keys.values());
    List<String> columns = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement("SELECT * FROM " + table + " WHERE year_id = ? ORDER BY " + order)) {
      select.setLong(1, yearId);
      try (ResultSet result = select.executeQuery()) {
        ResultSetMetaData shape = result.getMetaData();
        List<Integer> indexes = new ArrayList<>();
        for (int column = 1; column <= shape.getColumnCount(); column++) {
          if (!plain(shape.getColumnName(column)).equals(YEAR_ID)) {
            columns.add(shape.getColumnName(column));
            indexes.add(column);
          }
        }
        while (result.next()) {
          Object[] row = new Object[indexes.size()];
          for (int i = 0; i < row.length; i++) {
            row[i] = result.getObject(indexes.get(i));
          }
          rows.add(row);
        }
      }
    }
    String insert = "INSERT INTO " + table + " (year_id" + columns.stream().map(column -> ", " + column)
        .collect(Collectors.joining()) + ") VALUES (?" + ", ?".repeat(columns.size()) + ")";
    String select = "SELECT year_id" + columns.stream().map(column -> ", " + column).collect(Collectors.joining()) + " FROM " + table + " WHERE year_id = ? ORDER BY " + order;
    return new TableRows(table, columns, rows, insert, select);
  }

  private static boolean hasYearId(DatabaseMetaData metadata, Connection connection, String table) throws SQLException {
    try (ResultSet columns = metadata.getColumns(null, connection.getSchema(), table, null)) {
      while (columns.next()) {
        if (plain(columns.getString("COLUMN_NAME")).equals(YEAR_ID)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> referenced(DatabaseMetaData metadata, Connection connection, String table)
      throws SQLException {
    Set<String> parents = new TreeSet<>();
    try (ResultSet keys = metadata.getImportedKeys(null, connection.getSchema(), table)) {
      while (keys.next()) {
        parents.add(keys.getString("PKTABLE_NAME"));
      }
    }
    return parents;
  }

  /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
  private static String plain(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
