package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.pages.Labels;
import java.time.Instant;
import picocli.CommandLine.Option;

/** The options every command that checks a plan takes. */
final class CommonOptions {
  @Option(names = "--lang", paramLabel = "fi|sv|en", description = "Language of messages and pages (default: ${DEFAULT-VALUE}).",
      defaultValue = "fi")
  Language language;

  @Option(names = "--now", paramLabel = "TIME", converter = NowConverter.class,
      description = "The moment to check at: 2026-05-01, 2026-05-01T12:00 (Helsinki) or an instant ending in Z. "
          + "Default: the system clock.")
  Instant now;

  Instant now(Context context) {
    return now == null ? context.now() : now;
  }

  Labels labels() {
    return new Labels(language.locale());
  }
}
