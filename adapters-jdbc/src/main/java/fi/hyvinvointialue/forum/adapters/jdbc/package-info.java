/**
 * The storage port over JDBC (H2 by default, PostgreSQL for real use), schema by Flyway.
 *
 * <p>{@link fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears} is the one entry point; each saved
 * version of a year is one JSON document in the storage format of forum-json, see {@code docs/storage.md}.
 */
package fi.hyvinvointialue.forum.adapters.jdbc;
