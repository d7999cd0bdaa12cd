package fi.hyvinvointialue.forum.examples;

import java.nio.file.Path;
import java.time.Instant;

/** Where the example plans are: surefire runs in the module's directory. */
final class ExamplePlans {
  static final Path DIRECTORY = Path.of("plans").toAbsolutePath();
  /** After the example year, so every deadline of 2026 has passed. */
  static final Instant AFTER_2026 = Instant.parse("2027-01-15T10:00:00Z");

  private ExamplePlans() {}
}
