package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.json.PlanFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forum ical PLAN -o feed.ics}: the year as a calendar feed to subscribe to. */
@Command(name = "ical", mixinStandardHelpOptions = true,
    description = "Publishes a plan's events, with their deadlines as all-day entries, as an iCalendar feed.")
final class IcalCommand implements Callable<Integer> {
  private final Context context;

  @Parameters(paramLabel = "PLAN", description = "The plan file.")
  Path plan;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The .ics file to write.")
  Path output;

  @Option(names = "--lang", paramLabel = "fi|sv|en", defaultValue = "fi", description = "Language of the feed (default: ${DEFAULT-VALUE}).")
  Language language;

  @Mixin PublishingOption publishing;

  IcalCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Feeds feeds = new Feeds(language.locale(), publishing::of);
    OutputFiles.write(output, feeds.feed(new PlanFiles().read(plan)));
    context.out().println(output);
    return ExitCode.COMPLIANT.code();
  }
}
