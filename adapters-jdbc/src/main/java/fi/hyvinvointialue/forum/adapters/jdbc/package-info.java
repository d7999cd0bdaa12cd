/** The storage port over JDBC (H2 by default, PostgreSQL for real use), schema by Flyway. */
package fi.hyvinvointialue.forum.adapters.jdbc;
