/**
 * The counties' forum pages and subscription feeds over HTTP, served from the stored record: one
 * public entry, {@link fi.hyvinvointialue.forum.server.ForumServer}, configured by a
 * {@link fi.hyvinvointialue.forum.server.ServerSettings} value; everything else is package-private.
 * Every response is rendered once per stored version and kept with its gzip twin and strong ETags, so
 * a conditional GET costs a map lookup; with the database down the last good version is served.
 */
package fi.hyvinvointialue.forum.server;
