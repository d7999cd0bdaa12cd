/**
 * The storage port over JDBC (H2 by default, PostgreSQL for real use), schema by Flyway.
 *
 * <p>{@link fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears} is the one entry point; a year
 * lives in normalised tables keyed by its id and list positions, see {@code docs/storage.md}.
 */
package fi.hyvinvointialue.forum.adapters.jdbc;
