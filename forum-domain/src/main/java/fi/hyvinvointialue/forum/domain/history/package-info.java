/**
 * The history of a stored year: what changed between two versions ({@link
 * fi.hyvinvointialue.forum.domain.history.YearDiff}), records matched by id, never by position, and the
 * stamps a store puts on each event from the version before ({@link
 * fi.hyvinvointialue.forum.domain.history.EventStamps}).
 */
package fi.hyvinvointialue.forum.domain.history;
