/**
 * The {@code forum} command: check, draw, publish and store plan files. The only place that reads
 * the system clock, once, as the default "now" of a run.
 */
package fi.hyvinvointialue.forum.cli;
