/**
 * The history of a stored year: what changed between two versions ({@link
 * fi.hyvinvointialue.forum.domain.history.YearDiff}), records matched by id, never by position.
 */
package fi.hyvinvointialue.forum.domain.history;
