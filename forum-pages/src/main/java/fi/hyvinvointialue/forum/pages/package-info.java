/**
 * What a checked year looks like to a person: the annual clock ({@link fi.hyvinvointialue.forum.pages.ClockSvg})
 * and the county's forum pages ({@link fi.hyvinvointialue.forum.pages.CountySite}, jte templates) in Finnish, Swedish or English,
 * drawn from one {@link fi.hyvinvointialue.forum.pages.CheckedYear}. No server and no command line: the command,
 * a server and a static site all draw with these.
 */
package fi.hyvinvointialue.forum.pages;
