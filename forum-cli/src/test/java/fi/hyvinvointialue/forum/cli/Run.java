package fi.hyvinvointialue.forum.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** One run of the command in-process, with a fixed clock, and what it printed. */
record Run(int exitCode, String out, String err) {
  /** The examples module's directory, beside this module's, where surefire runs. */
  static final Path EXAMPLES = Path.of("").toAbsolutePath().resolveSibling("examples");
  static final Path PLANS = EXAMPLES.resolve("plans");
  /** Keski-Suomi's publishing settings, which every feed of its years needs. */
  static final String KESKI_SUOMI_PUBLISHING = EXAMPLES.resolve("publishing/keski-suomi.yaml").toString();
  /** After the example year, so every deadline of 2026 has passed. */
  static final Instant AFTER_2026 = Instant.parse("2027-01-15T10:00:00Z");

  static Run of(String... args) {
    return withEnvironment(Map.of(), args);
  }

  /** A run given these environment variables, and no others. */
  static Run withEnvironment(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Forum.run(Clock.fixed(AFTER_2026, ZoneOffset.UTC), environment, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }
}
