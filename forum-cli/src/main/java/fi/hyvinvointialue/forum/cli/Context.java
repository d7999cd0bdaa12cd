package fi.hyvinvointialue.forum.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;

/**
 * What every command of one run shares: "now" as read once from the clock (the time of any change
 * stored), where to write, and the environment variables the run was given.
 */
record Context(Instant now, PrintWriter out, PrintWriter err, Map<String, String> environment) {
  Context {
    environment = Map.copyOf(environment);
  }
}
