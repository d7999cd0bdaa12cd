package fi.hyvinvointialue.forum.cli;

import java.io.PrintWriter;
import java.time.Instant;

/** What every command of one run shares: "now" as read once, and where to write. */
record Context(Instant now, PrintWriter out, PrintWriter err) {}
