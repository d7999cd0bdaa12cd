/**
 * The policy check: {@link fi.hyvinvointialue.forum.rules.PolicyCheck} runs every rule of every chapter
 * ({@code tl1} … {@code tl5}, {@code ke}) and {@link fi.hyvinvointialue.forum.rules.YearReport} summarises a
 * year. A rule never throws on a bad plan and never reads the clock, zone or locale.
 */
package fi.hyvinvointialue.forum.rules;
