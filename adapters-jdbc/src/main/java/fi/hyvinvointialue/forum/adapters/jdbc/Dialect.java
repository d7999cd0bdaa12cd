package fi.hyvinvointialue.forum.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What differs between the two databases: how a JSON document is declared and written. */
enum Dialect {
  H2("JSON", "? FORMAT JSON"),
  POSTGRESQL("JSONB", "CAST(? AS JSONB)");

  private final String documentType;
  private final String documentParameter;

  Dialect(String documentType, String documentParameter) {
    this.documentType = documentType;
    this.documentParameter = documentParameter;
  }

  /** The column type of a document, for the migrations' {@code document_type} placeholder. */
  String documentType() {
    return documentType;
  }

  /** The parameter marker of a document written as JSON text. */
  String documentParameter() {
    return documentParameter;
  }

  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgresql")) {
      return POSTGRESQL;
    }
    throw new SQLException("unsupported database " + connection.getMetaData().getDatabaseProductName()
        + ": forum-policy stores years on H2 and PostgreSQL", "0A000");
  }
}
